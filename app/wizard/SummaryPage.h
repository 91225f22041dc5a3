// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupTarget.h"

#include <QWizardPage>

class QPushButton;
class QTextBrowser;

namespace keyhaven {

class WizardSession;

// Where the key now is: one line per copy with its place, how it went in plain words and the one thing to do with
// it; what was checked is one click away (Show details). A copy that failed or waits for an upload comes first.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

    // For the run page too: "saved and read back", "already there", "failed: …" and so on.
    static QString statusText(const BackupResult& result);
    // Where a copy is, in words: "USB flash drive: /media/me/KEYS/BitLocker Recovery Key ….TXT"; when the run
    // saves several keys, also which key ("… — the key with ID 64311DEA").
    static QString placeText(const WizardSession& session, const BackupResult& result);
    // The IDs of the keys the run saves: the key, then the further keys read from the same drive.
    static QList<KeyId> savedKeyIds(const WizardSession& session);
    // The one thing to do with a copy of this kind, or about it when it did not work.
    static QString whatToDo(const BackupResult& result);
    // A sheet sent to a printer: the one copy Keyhaven cannot read back.
    static bool isPrinted(const BackupResult& result);
    static bool includesPrintedSheet(const QList<BackupResult>& results);

private:
    static QString savedHeadline(const QList<BackupResult>& saved, int keyCount);
    QString keyIdsHtml() const;
    static QString asSentence(const QString& text);
    static QString placeOnly(const WizardSession& session, const BackupResult& result);
    QString verificationText() const;
    // Per copy: the message, what was checked, and the target's own advice.
    QString detailsHtml() const;
    void clear();

    WizardSession& m_session;
    QTextBrowser* m_summary = nullptr;
    QPushButton* m_showDetails = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace keyhaven
