// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/CopyCheck.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QList>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace keyhaven {

class SecretStore;
class WizardSession;

// On the welcome page: "Check all copies" re-reads every copy in the ledger as keyhaven-cli check does, off the
// UI thread, with a progress bar, and then lists the copies that need attention and what to do about each.
// Shown only when the ledger records copies.
class CopyCheckPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CopyCheckPanel(WizardSession& session, QWidget* parent = nullptr);
    ~CopyCheckPanel() override;

    bool isChecking() const;
    const QList<CopyCheck>& results() const { return m_results; }

public slots:
    // Counts the ledger's copies (shows or hides the panel).
    void refresh();
    void checkAll();

signals:
    void checkFinished();

private:
    void showProgress(int done, int total);
    void finished();
    QString ledgerPath() const;
    static QString statusWord(CopyCheck::Status status);

    WizardSession& m_session;
    QFutureWatcher<QList<CopyCheck>> m_watcher;
    std::shared_ptr<SecretStore> m_workerSecrets;
    QList<CopyCheck> m_results;

    QPushButton* m_checkButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace keyhaven
