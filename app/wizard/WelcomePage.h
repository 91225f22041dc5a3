// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/PendingRetry.h"
#include "backup/Ledger.h"
#include "i18n/Language.h"

#include <QFutureWatcher>
#include <QList>
#include <QTimer>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QRadioButton;

namespace keyhaven {

class CopyCheckPanel;
class WizardSession;

// The start: back up a recovery key, or find one by the key ID the recovery screen shows (field "findMode").
// Below the choice, notices: copies in the ledger that went stale (the volumes are listed off the UI thread,
// after the first paint, so that start-up stays fast) and uploads to accounts that are still waiting, with
// "Retry now". While the wizard runs, the waiting uploads that are due are retried every few minutes.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int DefaultAutoRetryMs = 3 * 60 * 1000;

    explicit WelcomePage(WizardSession& session, QWidget* parent = nullptr);
    ~WelcomePage() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    // After the idle reset: says at the top why the wizard is back at the start (until the user goes on).
    void showIdleResetNotice();

    bool isCheckingLedger() const;
    bool isRetrying() const;
    // How often waiting uploads are retried automatically (tests make it short).
    void setAutoRetryInterval(int milliseconds);

public slots:
    // Reads the ledger and checks its copies against the volumes (off the UI thread), and lists the waiting
    // uploads again. Done by itself once after the first paint and whenever the page is shown again.
    void refreshNotices();
    // Tries every waiting upload now, off the UI thread; the outcome is shown under the notice.
    void retryPendingNow();

signals:
    // The user chose another language in the language box (the wizard is then built again in it).
    void languageChosen(keyhaven::i18n::Language language);
    void ledgerChecked();
    void retryFinished();

protected:
    bool event(QEvent* event) override;

private:
    struct LedgerCheck
    {
        QList<LedgerEntry> stale;
        QString error;
    };

    QComboBox* makeLanguageBox();
    void startLedgerCheck();
    void ledgerCheckFinished();
    void refreshPending();
    void startRetry(bool onlyDue);
    void retryDone();
    void autoRetry();
    void updateNoticesVisibility();
    QString ledgerPath() const;
    static QString describeTarget(const QString& target);
    static QString describeKeyId(const PendingUpload& upload);

    WizardSession& m_session;
    bool m_painted = false;
    bool m_refreshAgain = false;
    bool m_automaticRetry = false;
    QFutureWatcher<LedgerCheck>* m_ledgerWatcher = nullptr;
    QFutureWatcher<QList<PendingRetry::Outcome>>* m_retryWatcher = nullptr;
    QTimer m_autoRetryTimer;
    std::shared_ptr<SecretStore> m_workerSecrets; // the keychain, called on this page's thread

    QLabel* m_idleResetLabel = nullptr;
    QRadioButton* m_backupRadio = nullptr;
    QRadioButton* m_findRadio = nullptr;
    QRadioButton* m_testRadio = nullptr; // "Test a backup"
    CopyCheckPanel* m_copyCheckPanel = nullptr; // "Check all copies"
    QFrame* m_noticesFrame = nullptr;
    QLabel* m_staleLabel = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QPushButton* m_retryButton = nullptr;
    QLabel* m_retryResultLabel = nullptr;
};

} // namespace keyhaven
