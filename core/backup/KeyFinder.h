// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyId.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyhaven {

// Finds saved keys by their key ID (what the recovery screen shows) in files and folders.
// Folders are searched recursively without following links to folders; files larger than any key file and
// files that cannot be read are skipped and named, and the search goes on. A cheap check of the raw bytes
// (the first 8 digits of the ID as ASCII or UTF-16 text, or as the binary GUID of a .BEK file) comes before
// the full parse, so that folders of unrelated files go fast.
class KeyFinder
{
    Q_DECLARE_TR_FUNCTIONS(KeyFinder)

public:
    struct Skipped
    {
        QString path;
        QString message; // translated
    };
    struct Result
    {
        QList<RecoveryKey> matches; // every key found whose ID fits (the same key may be in several files)
        QList<Skipped> skipped; // files that were too large or unreadable
        QStringList missing; // given paths that do not exist or cannot be opened
        int filesSearched = 0;
        // The different key IDs among the matches, in the order found. More than one: ask for more digits.
        QStringList distinctIds() const;
    };

    explicit KeyFinder(KeyIdPrefix prefix);
    Result search(const QStringList& paths) const;

    // The raw check alone (exposed for tests): might `bytes` hold the ID's first 8 digits?
    bool mightContain(QByteArrayView bytes) const;

private:
    void searchFile(const QString& path, Result& result) const;

    KeyIdPrefix m_prefix;
    QByteArray m_asciiLower; // "64311dea"
    QByteArray m_utf16Lower; // "6\0" "4\0" … "a": matches UTF-16LE and UTF-16BE
    QByteArray m_binary; // Data1 little-endian, as a .BEK file stores the GUID
};

} // namespace keyhaven
