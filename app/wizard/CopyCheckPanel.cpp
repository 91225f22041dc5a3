// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCheckPanel.h"

#include "MainThreadSecretStore.h"
#include "WizardSession.h"

#include "accounts/AccountCopyCheck.h"
#include "volumes/VolumeSource.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

CopyCheckPanel::CopyCheckPanel(WizardSession& session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("copyCheckFrame"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("&Check all copies"), this);
    m_checkButton->setObjectName(QStringLiteral("checkAllCopiesPushButton"));
    m_checkButton->setAccessibleDescription(tr("Reads every copy of your keys that Keyhaven made and says which "
                                               "still work"));
    connect(m_checkButton, &QPushButton::clicked, this, &CopyCheckPanel::checkAll);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("copyCheckProgressBar"));
    m_progress->setAccessibleName(tr("Checking the copies"));
    m_progress->hide();
    row->addWidget(m_checkButton);
    row->addWidget(m_progress, 1);
    row->addStretch();
    layout->addLayout(row);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("copyCheckResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);
    connect(&m_watcher, &QFutureWatcher<QList<CopyCheck>>::finished, this, &CopyCheckPanel::finished);
    connect(&m_session, &WizardSession::wiped, this, [this] {
        m_results.clear();
        m_resultLabel->clear();
        m_resultLabel->hide();
    });
    hide();
}

CopyCheckPanel::~CopyCheckPanel()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString CopyCheckPanel::ledgerPath() const
{
    const QString& path = m_session.environment().ledgerPath;
    return path.isEmpty() ? Ledger::defaultPath() : path;
}

bool CopyCheckPanel::isChecking() const
{
    return m_watcher.isRunning();
}

void CopyCheckPanel::refresh()
{
    QList<LedgerEntry> entries;
    QString error;
    setVisible(Ledger(ledgerPath()).load(&entries, &error) && !entries.isEmpty());
}

QString CopyCheckPanel::statusWord(CopyCheck::Status status)
{
    switch (status) {
    case CopyCheck::Status::Ok:
        return tr("ok");
    case CopyCheck::Status::Missing:
        return tr("missing");
    case CopyCheck::Status::Changed:
        return tr("changed");
    case CopyCheck::Status::Unreadable:
        return tr("unreadable");
    case CopyCheck::Status::Stale:
        return tr("out of date");
    case CopyCheck::Status::CannotCheck:
        break;
    }
    return tr("not checked");
}

void CopyCheckPanel::checkAll()
{
    if (isChecking())
        return;
    QList<LedgerEntry> entries;
    QString error;
    if (!Ledger(ledgerPath()).load(&entries, &error)) {
        m_resultLabel->setText(error);
        m_resultLabel->show();
        return;
    }
    m_checkButton->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the drives are listed
    m_progress->show();
    m_resultLabel->setText(tr("Looking for your drives, then reading %n copy/copies…", nullptr, int(entries.size())));
    m_resultLabel->show();
    if (!m_workerSecrets && m_session.environment().secrets)
        m_workerSecrets = std::make_shared<MainThreadSecretStore>(m_session.environment().secrets, this);
    const WizardEnvironment& environment = m_session.environment();
    QPointer<CopyCheckPanel> panel(this);
    m_watcher.setFuture(QtConcurrent::run([entries, panel, secrets = m_workerSecrets, source = environment.volumes,
                                           locator = environment.locator, settings = environment.settingsFile] {
        CopyChecker checker(source ? source->listVolumes().volumes : QList<Volume>(), locator);
        const AccountCopyCheck accounts(secrets, settings);
        checker.setAccountCheck(
            [&accounts](const LedgerEntry& entry, RecoveryKey* found) { return accounts.check(entry, found); });
        return checker.checkAll(entries, [panel](int done, int total, const LedgerEntry&) {
            QMetaObject::invokeMethod(
                panel,
                [panel, done, total] {
                    if (panel)
                        panel->showProgress(done, total);
                },
                Qt::QueuedConnection);
        });
    }));
}

void CopyCheckPanel::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_resultLabel->setText(tr("Checked %1 of %n copy/copies…", nullptr, total).arg(done));
}

void CopyCheckPanel::finished()
{
    m_results = m_watcher.result();
    m_progress->hide();
    m_checkButton->setEnabled(true);
    QStringList lines;
    for (const CopyCheck& check : std::as_const(m_results)) {
        if (check.ok())
            continue;
        QString line = tr("• %1 — %2: %3").arg(statusWord(check.status), check.entry.location, check.finding);
        if (!check.advice.isEmpty())
            line += QLatin1Char(' ') + check.advice;
        lines.append(line);
    }
    const int total = int(m_results.size());
    if (lines.isEmpty())
        m_resultLabel->setText(
            tr("All %n copy/copies checked: each one is there, unchanged, and reads as its key.", nullptr, total));
    else
        m_resultLabel->setText(tr("%1 of %n copy/copies need attention:", nullptr, total).arg(lines.size())
                               + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    emit checkFinished();
}

} // namespace keyhaven
