// SPDX-License-Identifier: GPL-3.0-or-later
// After a while without input the wizard warns, counts down, then wipes every secret and starts again.
#include "IdleGuard.h"
#include "FindResultPage.h"
#include "FindWherePage.h"
#include "KeyTyping.h"
#include "SourcePage.h"
#include "WizardTestSupport.h"

#include "formats/RecoveryTextFileWriter.h"
#include "keys/RecoveryPassword.h"
#include "support/catch.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString keyId = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
const QString password = QStringLiteral("111111-222222-333333-444444-555555-666666-000000-123321");

// The find flow up to its result: a key found and shown, in session.foundKeys.
void findKey(WizardFixture& fixture)
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(keyId);
    key.secret = RecoveryPassword::parse(password).password->canonical();
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    REQUIRE(QDir().mkpath(folder));
    const SecureBytes bytes = recoveryTextFileBytes(key);
    QFile file(folder + QLatin1Char('/') + recoveryTextFileName(key));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
    file.close();

    fixture.find<QRadioButton>(QStringLiteral("findRadioButton"))->click();
    fixture.next();
    typeKeys(fixture.find<QLineEdit>(QStringLiteral("keyIdPrefixLineEdit")), keyId.left(8));
    fixture.next();
    auto* places = fixture.find<QListWidget>(QStringLiteral("searchPlacesListWidget"));
    for (int row = 0; row < places->count(); ++row)
        places->item(row)->setCheckState(Qt::Unchecked);
    fixture.find<FindWherePage>(QStringLiteral("findWherePage"))->addFolder(folder);
    fixture.next();
    auto* page = fixture.find<FindResultPage>(QStringLiteral("findResultPage"));
    REQUIRE(waitUntil([page] { return !page->isSearching(); }));
    REQUIRE(fixture.find<QLabel>(QStringLiteral("foundKeyLabel"))->text().contains(QStringLiteral("123321")));
    REQUIRE(fixture.session->foundKeys.size() == 1);
}

void pressKey(QWidget* target)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &release);
}

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace

TEST_CASE("Idle: without input the warning counts down, then the found key is wiped and the wizard starts again",
          "[wizard][idle]")
{
    WizardFixture fixture;
    findKey(fixture);
    IdleGuard guard(fixture.wizard.get(), 200, 300);

    REQUIRE(waitUntil([&] { return guard.isWarning(); }, 5000));
    QDialog* dialog = fixture.wizard->findChild<QDialog*>(QStringLiteral("idleWarningDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("idleCountdownLabel"))->text()
          == QStringLiteral("Keyhaven will forget the key in 1 s."));
    CHECK(fixture.currentId() == BackupWizard::FindResultPageId); // not yet

    REQUIRE(waitUntil([&] { return fixture.currentId() == BackupWizard::WelcomePageId; }, 5000));
    CHECK_FALSE(dialog->isVisible());
    CHECK(fixture.session->foundKeys.isEmpty());
    CHECK_FALSE(fixture.session->key);
    CHECK(fixture.find<QLabel>(QStringLiteral("foundKeyLabel"))->text().isEmpty());
    CHECK(fixture.find<QLineEdit>(QStringLiteral("keyIdPrefixLineEdit"))->text().isEmpty());

    // The first page says why the wizard is back there, until the user goes on.
    auto* notice = fixture.find<QLabel>(QStringLiteral("idleResetLabel"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("because it was not used for a while")));

    // Back at the start with nothing to forget: no more warnings.
    pause(700);
    CHECK_FALSE(guard.isWarning());
    CHECK(fixture.currentId() == BackupWizard::WelcomePageId);
    fixture.next();
    CHECK(notice->isHidden());
}

TEST_CASE("Idle: a typed key is wiped with the key page's fields", "[wizard][idle]")
{
    WizardFixture fixture;
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::SourcePageId);
    auto* source = fixture.find<SourcePage>(QStringLiteral("sourcePage"));
    REQUIRE(waitUntil([source] { return !source->isScanning(); }));
    fixture.find<QRadioButton>(QStringLiteral("typeKeyRadioButton"))->click();
    auto* kind = fixture.find<QComboBox>(QStringLiteral("keyKindComboBox"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(KeyKind::FileVaultPersonalRecoveryKey)));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    auto* keyLine = fixture.find<QLineEdit>(QStringLiteral("recoveryKeyLineEdit"));
    auto* confirmLine = fixture.find<QLineEdit>(QStringLiteral("confirmKeyLineEdit"));
    typeKeys(keyLine, QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
    typeKeys(confirmLine, QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
    fixture.next(); // the key goes into the session
    REQUIRE(fixture.session->key);

    IdleGuard guard(fixture.wizard.get(), 200, 300);
    REQUIRE(waitUntil([&] { return fixture.currentId() == BackupWizard::WelcomePageId; }, 5000));
    CHECK_FALSE(fixture.session->key);
    CHECK(keyLine->text().isEmpty());
    CHECK(confirmLine->text().isEmpty());
    CHECK(fixture.find<QLineEdit>(QStringLiteral("keyIdLineEdit"))->text().isEmpty());
    CHECK_FALSE(guard.isWarning());
}

TEST_CASE("Idle: input during the countdown, or Keep working, cancels it", "[wizard][idle]")
{
    WizardFixture fixture;
    findKey(fixture);
    IdleGuard guard(fixture.wizard.get(), 200, 1500);

    REQUIRE(waitUntil([&] { return guard.isWarning(); }, 5000));
    pressKey(fixture.wizard.get());
    CHECK_FALSE(guard.isWarning());
    pause(150); // less than the idle time: nothing happens
    CHECK_FALSE(guard.isWarning());
    CHECK(fixture.currentId() == BackupWizard::FindResultPageId);
    CHECK(fixture.session->foundKeys.size() == 1);

    // Keys pressed on the warning itself count too.
    REQUIRE(waitUntil([&] { return guard.isWarning(); }, 5000));
    pressKey(guard.warningDialog());
    CHECK_FALSE(guard.isWarning());

    REQUIRE(waitUntil([&] { return guard.isWarning(); }, 5000));
    guard.warningDialog()->findChild<QPushButton*>(QStringLiteral("keepWorkingPushButton"))->click();
    CHECK_FALSE(guard.isWarning());
    CHECK(fixture.currentId() == BackupWizard::FindResultPageId);
    CHECK(fixture.session->foundKeys.size() == 1);
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("foundKeyLabel"))->text().isEmpty());
}

TEST_CASE("Idle: nothing to forget on the welcome page, no warning", "[wizard][idle]")
{
    WizardFixture fixture;
    IdleGuard guard(fixture.wizard.get(), 100, 300);
    pause(600);
    CHECK_FALSE(guard.isWarning());
    CHECK_FALSE(guard.warningDialog());
}

TEST_CASE("Closing the wizard's window wipes every secret", "[wizard][idle]")
{
    WizardFixture fixture;
    findKey(fixture);
    fixture.wizard->close();
    CHECK_FALSE(fixture.wizard->isVisible());
    CHECK(fixture.session->foundKeys.isEmpty());
    CHECK(fixture.find<QLabel>(QStringLiteral("foundKeyLabel"))->text().isEmpty());
}
