// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupWizard.h"

#include "AccountPage.h"
#include "FindIdPage.h"
#include "FindResultPage.h"
#include "FindWherePage.h"
#include "KeyPage.h"
#include "RunPage.h"
#include "SheetPage.h"
#include "SourcePage.h"
#include "SummaryPage.h"
#include "TargetsPage.h"
#include "TestBackupPage.h"
#include "TextFilePage.h"
#include "UsbPage.h"
#include "VerifyPage.h"
#include "WelcomePage.h"
#include "WizardSession.h"

#include <QEvent>

namespace keyhaven {

BackupWizard::BackupWizard(WizardSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("backupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the work is done: Finish only
    setOption(QWizard::HaveNextButtonOnLastPage, false);
    auto* welcome = new WelcomePage(session);
    connect(welcome, &WelcomePage::languageChosen, this, &BackupWizard::languageChangeRequested);
    setPage(WelcomePageId, welcome);
    setPage(SourcePageId, new SourcePage(session));
    setPage(KeyPageId, new KeyPage(session));
    setPage(VerifyPageId, new VerifyPage(session));
    setPage(TargetsPageId, new TargetsPage(session));
    setPage(AccountPageId, new AccountPage(session));
    setPage(UsbPageId, new UsbPage(session));
    setPage(TextFilePageId, new TextFilePage(session));
    setPage(SheetPageId, new SheetPage(session));
    setPage(RunPageId, new RunPage(session));
    setPage(SummaryPageId, new SummaryPage(session));
    setPage(FindIdPageId, new FindIdPage(session));
    setPage(FindWherePageId, new FindWherePage(session));
    setPage(FindResultPageId, new FindResultPage(session));
    setPage(TestBackupPageId, new TestBackupPage(session));
    setStartId(WelcomePageId);
    // On the find result page Enter belongs to the ID field and the list (choosing an ID); with Finish as the
    // default button it would close the wizard and take the key off the screen.
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { setOption(QWizard::NoDefaultButton, id == FindResultPageId); });
    retranslateButtons();
    resize(760, 560);
}

BackupWizard::~BackupWizard()
{
    m_session.wipe();
}

void BackupWizard::restartWiped()
{
    m_session.wipe();
    restart();
    if (auto* welcome = qobject_cast<WelcomePage*>(page(WelcomePageId)))
        welcome->showIdleResetNotice();
}

void BackupWizard::done(int result)
{
    // While the key is being saved, Cancel first asks whether to stop (the run page stays to show the outcome).
    if (auto* run = qobject_cast<RunPage*>(currentPage()); run && result == QDialog::Rejected && !run->mayClose())
        return;
    // Finish, Cancel and closing the window all end here: nothing secret outlives the wizard's use.
    m_session.wipe();
    QWizard::done(result);
}

void BackupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Keyhaven"));
        retranslateButtons();
    }
    QWizard::changeEvent(event);
}

// Our own words for QWizard's buttons: Qt has no Bokmål translation of them on every system.
void BackupWizard::retranslateButtons()
{
    setWindowTitle(tr("Keyhaven"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Save the key"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
}

} // namespace keyhaven
