// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupTarget.h"

#include <QWizardPage>

class QTextBrowser;

namespace keyhaven {

class WizardSession;

// Where the key now is: each copy with its place, how it went in plain words, what was checked, and what to do
// with it. A copy that failed or waits for an upload comes first, with what to do about it.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

    // For the run page too: "saved and read back", "already there", "failed: …" and so on.
    static QString statusText(const BackupResult& result);
    // Where a copy is, in words: "USB flash drive: /media/me/KEYS/BitLocker Recovery Key ….TXT".
    static QString placeText(const WizardSession& session, const BackupResult& result);
    // What to do with a copy of this kind, or about it when it did not work.
    static QStringList adviceFor(const BackupResult& result);
    // A sheet sent to a printer: the one copy Keyhaven cannot read back.
    static bool isPrinted(const BackupResult& result);
    static bool includesPrintedSheet(const QList<BackupResult>& results);

private:
    static QString savedHeadline(const QList<BackupResult>& saved);
    static QString asSentence(const QString& text);
    QString verificationText() const;
    void clear();

    WizardSession& m_session;
    QTextBrowser* m_summary = nullptr;
};

} // namespace keyhaven
