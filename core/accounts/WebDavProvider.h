// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UploadProvider.h"

#include <QList>

namespace keyhaven {

// Uploads the recovery text file (and the sheet PDF, when given) to a WebDAV folder (escrow.md §2):
// PROPFIND the folder and MKCOL it when missing, GET the name first (the same file there already: a
// no-op; a different one: upload beside it under "NAME (2).TXT", never over it), PUT with
// If-None-Match: *, then GET it back and compare byte for byte.
class WebDavProvider : public UploadProvider
{
    Q_OBJECT

public:
    static constexpr int MaximumSuffix = 9;
    static constexpr int MaximumPreconditionFailures = 3; // 412 answers to PUT, for the whole upload

    using UploadProvider::UploadProvider;

    // The sheet PDF to upload beside the text file (it holds the key: kept in SecureBytes).
    void addFile(const QString& fileName, SecureBytes bytes, const QByteArray& contentType);
    void start(const RecoveryKey& key) override;

    static QString suffixedName(const QString& fileName, int number); // "A.TXT", 2 → "A (2).TXT"

private:
    struct File
    {
        QString name;
        SecureBytes bytes;
        QByteArray contentType;
        QString storedAs; // the name it has on the server
        bool already = false;
        bool moved = false; // a different file had the name: stored under a suffixed one
    };

    QStringList folderSegments() const;
    QUrl folderUrl(qsizetype depth = -1) const;
    QUrl fileUrl(const QString& name) const;
    void folderChecked(HttpResponse& response);
    void makeFolder(qsizetype depth);
    void uploadNext();
    void probe();
    void probed(HttpResponse& response);
    void put();
    void preconditionFailed();
    void readBack();
    bool holdsSameKey(const SecureBytes& bytes) const;
    void complete();

    RecoveryKey m_key;
    QList<File> m_files;
    qsizetype m_current = 0;
    int m_attempt = 1;
    int m_preconditionFailures = 0;
};

} // namespace keyhaven
