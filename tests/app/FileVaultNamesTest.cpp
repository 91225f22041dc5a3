// SPDX-License-Identifier: GPL-3.0-or-later
// Typed FileVault keys name no Mac: the targets page asks which Mac the key is for, and every copy is named after it
// (a text file, a stick, a WebDAV account), so two Macs' keys never collide, and the name the page promises is the
// name written (also when a different key's file already has it).
#include "AccountServers.h"
#include "KeyTyping.h"
#include "WizardTestSupport.h"

#include "formats/KeyFile.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

RecoveryKey typedFileVaultKey(const QString& text)
{
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.secret = SecureBytes::fromUtf8(text);
    return key;
}

// On the targets page: the Mac's name is asked before any place, and Next waits for it.
void nameTheMac(WizardFixture& fixture, const QString& mac)
{
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    auto* macName = fixture.find<QLineEdit>(QStringLiteral("macNameLineEdit"));
    REQUIRE(macName->isVisible());
    CHECK_FALSE(fixture.session->targets.isEmpty());
    CHECK_FALSE(fixture.wizard->button(QWizard::NextButton)->isEnabled());
    typeKeys(macName, mac);
    CHECK(fixture.session->key->deviceName == mac);
    CHECK(fixture.wizard->button(QWizard::NextButton)->isEnabled());
}

// One run of the wizard from the targets page: the key to a text file in `folder` for the Mac `mac`. Returns what
// the page promised and the file's name after the run.
std::pair<QString, QString> saveForMac(const QString& keyText, const QString& mac, const QString& folder)
{
    WizardFixture fixture;
    fixture.session->key = typedFileVaultKey(keyText);
    fixture.wizard->setStartId(BackupWizard::TargetsPageId);
    fixture.wizard->restart();
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    nameTheMac(fixture, mac);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TextFilePageId);
    fixture.find<QLineEdit>(QStringLiteral("textFolderLineEdit"))->setText(QDir::toNativeSeparators(folder));
    const QString promise = fixture.find<QLabel>(QStringLiteral("textFileNameLabel"))->text();
    fixture.next();
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 1);
    const BackupResult& result = fixture.session->results.first();
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    return { promise, QFileInfo(result.location).fileName() };
}

} // namespace

TEST_CASE("Typed FileVault keys of two Macs go to two files named after the Macs, as the page promised",
          "[wizard][flow]")
{
    ScratchDir scratch;
    const QString folder = scratch.file(QStringLiteral("Keys"));
    REQUIRE(QDir().mkpath(folder));
    const QString annaKey = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
    const QString benKey = QStringLiteral("ABCD-EFGH-JKLM-NPQR-TUVW-XYZ2");

    const auto [annaPromise, annaFile] = saveForMac(annaKey, QStringLiteral("Anna's MacBook"), folder);
    CHECK(annaFile == QStringLiteral("FileVault Recovery Key Anna's MacBook.txt"));
    CHECK(annaPromise == QStringLiteral("The file will be named “%1”.").arg(annaFile));

    const auto [benPromise, benFile] = saveForMac(benKey, QStringLiteral("Ben's iMac"), folder);
    CHECK(benFile == QStringLiteral("FileVault Recovery Key Ben's iMac.txt"));
    CHECK(benPromise == QStringLiteral("The file will be named “%1”.").arg(benFile));

    // Two files, each with its own key.
    CHECK(QDir(folder).entryList(QDir::Files).size() == 2);
    checkKeyFile(folder + QLatin1Char('/') + annaFile, annaKey, {});
    checkKeyFile(folder + QLatin1Char('/') + benFile, benKey, {});

    // Ben's key once more, but for a Mac also called "Anna's MacBook": Anna's file stays, the page says which
    // name the new file gets, and that is the name written.
    const auto [clashPromise, clashFile] = saveForMac(benKey, QStringLiteral("Anna's MacBook"), folder);
    CHECK(clashFile == QStringLiteral("FileVault Recovery Key Anna's MacBook (2).txt"));
    CHECK(clashPromise.contains(QStringLiteral("will be saved as “%1”").arg(clashFile)));
    checkKeyFile(folder + QLatin1Char('/') + annaFile, annaKey, {});
    checkKeyFile(folder + QLatin1Char('/') + clashFile, benKey, {});
}

TEST_CASE("A typed FileVault key on a USB stick alone is named after its Mac too", "[wizard][flow]")
{
    WizardFixture fixture;
    const QString stick = fixture.scratch.file(QStringLiteral("media/KEYS"));
    fixture.drives->plugIn(stick, QStringLiteral("KEYS"));
    fixture.session->key = typedFileVaultKey(QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
    fixture.wizard->setStartId(BackupWizard::TargetsPageId);
    fixture.wizard->restart();
    REQUIRE(fixture.session->targets == QList<TargetKind> { TargetKind::Usb }); // the stick is chosen already
    nameTheMac(fixture, QStringLiteral("Anna's MacBook"));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::UsbPageId);
    CHECK(fixture.find<QLabel>(QStringLiteral("usbFileNameLabel"))
              ->text()
              .contains(QStringLiteral("FileVault Recovery Key Anna's MacBook.txt")));
    fixture.next();
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 1);
    INFO(fixture.session->results.first().message.toStdString());
    CHECK(fixture.session->results.first().status == BackupResult::Status::Saved);
    CHECK(QFileInfo(fixture.session->results.first().location).fileName()
          == QStringLiteral("FileVault Recovery Key Anna's MacBook.txt"));
}

TEST_CASE("A typed FileVault key uploaded only to a WebDAV account is named after its Mac too",
          "[wizard][flow][account]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment;
    ApacheDav apache(environment.scratch().path(), environment.certificate());
    WizardFixture fixture;
    addWebDavAccount(fixture, QStringLiteral("cloud"), apache.url(), environment.certificate().certificate);
    const QString keyText = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
    fixture.session->key = typedFileVaultKey(keyText);
    fixture.wizard->setStartId(BackupWizard::TargetsPageId);
    fixture.wizard->restart();
    // No stick, no file, no sheet: the account is the only place, and the Mac is named on this page all the same.
    REQUIRE(fixture.session->targets == QList<TargetKind> { TargetKind::Account });
    nameTheMac(fixture, QStringLiteral("Anna's MacBook"));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
    fixture.next();
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 1);
    const BackupResult& result = fixture.session->results.first();
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);

    // On the server: the file named after the Mac, holding the key; no "FileVault Recovery Key.txt".
    QStringList uploaded;
    QDirIterator files(apache.davFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        uploaded << files.next();
    INFO(uploaded.join(QLatin1Char('\n')).toStdString());
    REQUIRE(uploaded.size() == 1);
    CHECK(QFileInfo(uploaded.first()).fileName() == QStringLiteral("FileVault Recovery Key Anna's MacBook.txt"));
    checkKeyFile(uploaded.first(), keyText, {});
}
