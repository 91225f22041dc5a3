// SPDX-License-Identifier: GPL-3.0-or-later
// "Read the key from this drive", the key page's first choice for a BitLocker drive that was found: with its
// password, its startup key or nothing at all, through the real wizard and the real test volumes, on to a saved
// text file.
#include "DriveKeyPanel.h"
#include "KeyPage.h"
#include "KeyTyping.h"
#include "TextFilePage.h"
#include "WizardTestSupport.h"

#include "FakeTools.h"
#include "volumes/ProtectorEdits.h"
#include "volumes/WindowsVolumeSource.h"

#include "support/TestData.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

bool nextEnabled(const WizardFixture& fixture)
{
    return fixture.wizard->button(QWizard::NextButton)->isEnabled();
}

QString bekOf(const BitLockerImage& image)
{
    return bitlockerImagesDir() + QLatin1Char('/') + image.startupKeyVmk.toUpper() + QStringLiteral(".BEK");
}

DriveKeyPanel* panel(WizardFixture& fixture)
{
    return fixture.find<KeyPage>(QStringLiteral("keyPage"))->drivePanel();
}

QString statusText(WizardFixture& fixture)
{
    return fixture.find<QLabel>(QStringLiteral("driveKeyStatusLabel"))->text();
}

// Types the password and clicks "Read the key", then waits for the answer.
void readWithPassword(WizardFixture& fixture, const QString& password)
{
    typeKeys(fixture.find<QLineEdit>(QStringLiteral("drivePasswordLineEdit")), password);
    fixture.find<QPushButton>(QStringLiteral("readDriveKeyPushButton"))->click();
    waitForDriveRead(fixture);
}

QString shownKey(WizardFixture& fixture, int index)
{
    return fixture.find<QLineEdit>(QStringLiteral("driveKeyLineEdit") + QString::number(index))->text();
}

} // namespace

TEST_CASE("Read the key from this drive with its password: no key typed, straight on to a saved text file",
          "[wizard][drivekey][flow]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const QString keyId = image.recoveryPasswordVmk.toUpper();
    WizardFixture fixture({ image.path() });
    const QString folder = fixture.scratch.file(QStringLiteral("Key backups"));
    REQUIRE(QDir().mkpath(folder));
    int pages = 1; // the welcome page
    int clicks = 0;
    int typed = 0;

    openSourcePage(fixture); // Next
    ++clicks;
    ++pages;
    // The only drive found is already chosen: no click (with several drives, one more).
    CHECK(fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"))->currentItem() == volumeItem(fixture, image.path()));
    fixture.next();
    ++clicks;
    ++pages;

    // The key page: reading the key from the drive is the first choice, and chosen.
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    auto* read = fixture.find<QRadioButton>(QStringLiteral("readFromDriveRadioButton"));
    auto* type = fixture.find<QRadioButton>(QStringLiteral("typeKeyChoiceRadioButton"));
    CHECK(read->isVisible());
    CHECK(read->isChecked());
    CHECK(read->geometry().top() < type->geometry().top());
    CHECK_FALSE(keyLine(fixture)->isVisible()); // nothing to type
    CHECK_FALSE(nextEnabled(fixture));
    readWithPassword(fixture, image.password);
    typed += int(image.password.size());
    ++clicks;
    INFO(statusText(fixture).toStdString());
    CHECK(statusText(fixture).contains(QStringLiteral("proven")));
    CHECK(shownKey(fixture, 0) == image.recoveryPassword);
    CHECK(fixture.find<QLabel>(QStringLiteral("driveKeyIdLabel0"))->text().contains(keyId));
    CHECK(fixture.find<QLineEdit>(QStringLiteral("drivePasswordLineEdit"))->text().isEmpty()); // not kept
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    ++clicks;
    ++pages;

    // Straight on to the targets, with the key and its ID, proven against the drive.
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    REQUIRE(fixture.session->key);
    CHECK(fixture.session->key->secret == SecureBytes::fromUtf8(image.recoveryPassword));
    CHECK(fixture.session->key->id == KeyId::parse(keyId));
    CHECK(fixture.session->key->volumeGuid == KeyId::parse(image.guid));
    CHECK(fixture.session->moreKeys.isEmpty());
    REQUIRE(fixture.session->verification);
    CHECK(fixture.session->verification->outcome == Verification::Outcome::Opens);
    CHECK(fixture.session->verification->protector->id == *KeyId::parse(keyId));

    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    ++clicks;
    fixture.next();
    ++clicks;
    ++pages;
    REQUIRE(fixture.currentId() == BackupWizard::TextFilePageId);
    // "Browse…", then the folder and "Choose" in the dialog: three clicks, no typing.
    qobject_cast<TextFilePage*>(fixture.wizard->currentPage())->setFolder(folder);
    clicks += 3;
    fixture.next(); // "Save the key"
    ++clicks;
    ++pages;
    waitForRun(fixture); // saved and read back: the count stops here
    CHECK(fixture.session->results.size() == 1);
    CHECK(fixture.session->results.first().status == BackupResult::Status::Saved);
    fixture.next();
    ++pages; // the summary
    REQUIRE(fixture.currentId() == BackupWizard::SummaryPageId);
    const QString summary = fixture.find<QTextBrowser>(QStringLiteral("summaryTextBrowser"))->toPlainText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("saved and read back")));
    checkKeyFile(folder + QStringLiteral("/BitLocker Recovery Key ") + keyId + QStringLiteral(".TXT"),
                 image.recoveryPassword, keyId);
    // Start to a saved text file: 10 clicks and the password's 8 characters; 7 pages to the summary (typing the
    // key: 8 pages, 96 characters).
    CHECK(pages == 7);
    CHECK(clicks == 10);
    CHECK(typed == 8);
}

TEST_CASE("Read the key from this drive with its startup key file", "[wizard][drivekey]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
    WizardFixture fixture({ image.path() });
    openReadFromDrivePage(fixture, image.path());
    CHECK(fixture.find<QPushButton>(QStringLiteral("driveStartupKeyPushButton"))->isVisible());
    panel(fixture)->readWithStartupKey(bekOf(image));
    waitForDriveRead(fixture);
    INFO(statusText(fixture).toStdString());
    CHECK(shownKey(fixture, 0) == image.recoveryPassword);
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK(fixture.session->key->secret == SecureBytes::fromUtf8(image.recoveryPassword));
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
}

TEST_CASE("A drive with a clear key is read by itself, with nothing asked", "[wizard][drivekey]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-partially-encrypted-aes-cbc-128"));
    WizardFixture fixture({ image.path() });
    openReadFromDrivePage(fixture, image.path());
    waitForDriveRead(fixture);
    CHECK(shownKey(fixture, 0) == image.recoveryPassword);
    CHECK(statusText(fixture).contains(QStringLiteral("proven")));
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
}

TEST_CASE("A wrong password reads nothing, says so without naming a part, and can be typed again",
          "[wizard][drivekey]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    openReadFromDrivePage(fixture, image.path());
    readWithPassword(fixture, QStringLiteral("anacond"));
    CHECK(statusText(fixture).contains(QStringLiteral("This password does not open")));
    CHECK_FALSE(statusText(fixture).contains(QRegularExpression(QStringLiteral("\\d{6}-"))));
    CHECK(fixture.wizard->findChildren<QLineEdit*>(QStringLiteral("driveKeyLineEdit0")).isEmpty());
    CHECK_FALSE(fixture.session->key);
    CHECK_FALSE(nextEnabled(fixture));
    readWithPassword(fixture, image.password);
    CHECK(shownKey(fixture, 0) == image.recoveryPassword);
    CHECK(nextEnabled(fixture));
}

TEST_CASE("Two recovery keys: both shown, both backed up unless one is unticked", "[wizard][drivekey][flow]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    ScratchDir copies;
    const QString copy = copyWithSecondRecoveryKey(image, copies.file(QStringLiteral("two-keys.img")),
                                                   SecondRecoveryPassword, SecondRecoveryId);
    REQUIRE_FALSE(copy.isEmpty());
    WizardFixture fixture({ copy });
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    REQUIRE(QDir().mkpath(folder));
    openReadFromDrivePage(fixture, copy);
    readWithPassword(fixture, image.password);
    INFO(statusText(fixture).toStdString());
    CHECK(shownKey(fixture, 0) == image.recoveryPassword);
    CHECK(shownKey(fixture, 1) == SecondRecoveryPassword);
    auto* first = fixture.find<QCheckBox>(QStringLiteral("driveKeyCheckBox0"));
    auto* second = fixture.find<QCheckBox>(QStringLiteral("driveKeyCheckBox1"));
    CHECK(first->isChecked());
    CHECK(second->isChecked());
    CHECK(second->text().contains(SecondRecoveryId));

    // Unticked: left out. Both unticked: nothing to go on with.
    second->click();
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
    CHECK(fixture.session->moreKeys.isEmpty());
    fixture.wizard->back();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    first->click();
    CHECK_FALSE(nextEnabled(fixture));
    first->click();
    second->click();

    // Both ticked: both saved, each to its own file with its own ID.
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    REQUIRE(fixture.session->moreKeys.size() == 1);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    fixture.next();
    qobject_cast<TextFilePage*>(fixture.wizard->currentPage())->setFolder(folder);
    fixture.next();
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 2);
    for (const BackupResult& result : std::as_const(fixture.session->results))
        CHECK(result.status == BackupResult::Status::Saved);
    checkKeyFile(folder + QStringLiteral("/BitLocker Recovery Key ") + image.recoveryPasswordVmk.toUpper()
                     + QStringLiteral(".TXT"),
                 image.recoveryPassword, image.recoveryPasswordVmk.toUpper());
    checkKeyFile(folder + QStringLiteral("/BitLocker Recovery Key ") + SecondRecoveryId + QStringLiteral(".TXT"),
                 SecondRecoveryPassword, SecondRecoveryId);

    // The summary names both keys, each with its full ID and the 8 characters the recovery screen shows, and
    // says which key each copy holds.
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::SummaryPageId);
    const QString summary = fixture.find<QTextBrowser>(QStringLiteral("summaryTextBrowser"))->toPlainText();
    INFO(summary.toStdString());
    const QString firstId = image.recoveryPasswordVmk.toUpper();
    CHECK(summary.contains(QStringLiteral("2 recovery keys")));
    CHECK(summary.contains(QStringLiteral("Key ID %1. The recovery screen shows its first 8 characters: %2.")
                               .arg(firstId, firstId.left(8))));
    CHECK(summary.contains(QStringLiteral("Key ID %1. The recovery screen shows its first 8 characters: %2.")
                               .arg(SecondRecoveryId, SecondRecoveryId.left(8))));
    CHECK(summary.contains(QStringLiteral("the key with ID %1").arg(firstId.left(8))));
    CHECK(summary.contains(QStringLiteral("the key with ID %1").arg(SecondRecoveryId.left(8))));
}

TEST_CASE("A typed key for a found drive with two recovery keys needs no ID: the check fills it in",
          "[wizard][drivekey]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    ScratchDir copies;
    const QString copy = copyWithSecondRecoveryKey(image, copies.file(QStringLiteral("two-keys.img")),
                                                   SecondRecoveryPassword, SecondRecoveryId);
    REQUIRE_FALSE(copy.isEmpty());
    WizardFixture fixture({ copy });
    openKeyPageOf(fixture, copy);
    CHECK(idLine(fixture)->text().isEmpty());
    typeKey(fixture, SecondRecoveryPassword, SecondRecoveryPassword);
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(fixture.session->key->id == KeyId::parse(SecondRecoveryId));
}

TEST_CASE("A drive whose only other protector is a TPM: reading is offered but cannot be chosen, and says why",
          "[wizard][drivekey]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    ScratchDir copies;
    const QString tpm = tpmOnlyCopy(image, copies.file(QStringLiteral("tpm.img")));
    REQUIRE_FALSE(tpm.isEmpty());
    WizardFixture fixture({ tpm });
    openReadFromDrivePage(fixture, tpm);
    CHECK_FALSE(fixture.find<QRadioButton>(QStringLiteral("readFromDriveRadioButton"))->isEnabled());
    CHECK(fixture.find<QRadioButton>(QStringLiteral("typeKeyChoiceRadioButton"))->isChecked());
    CHECK(keyLine(fixture)->isVisible());
    CHECK(fixture.find<QLabel>(QStringLiteral("driveKeyIntroLabel"))->text().contains(QStringLiteral("only be read on Windows")));
}

TEST_CASE("On Windows, the key Windows hands over is shown and saved, and said to be not verified",
          "[wizard][drivekey][windows]")
{
    // The Windows source over recorded Get-BitLockerVolume output (as administrator): drives C:, D: and F:.
    FakeRunner runner;
    runner.answer(WindowsVolumeSource::program(), {},
                  FakeRunner::exited(0, platformData(QStringLiteral("get-bitlockervolume.json"))));
    WizardFixture fixture(std::make_shared<WindowsVolumeSource>(runner));
    openReadFromDrivePage(fixture, QStringLiteral("D:"));
    CHECK(fixture.find<QRadioButton>(QStringLiteral("readFromDriveRadioButton"))->isChecked());
    CHECK_FALSE(fixture.find<QLineEdit>(QStringLiteral("drivePasswordLineEdit"))->isVisible()); // nothing to ask
    fixture.find<QPushButton>(QStringLiteral("readDriveKeyPushButton"))->click();
    waitForDriveRead(fixture);
    INFO(statusText(fixture).toStdString());
    CHECK(statusText(fixture).contains(QStringLiteral("not verified")));
    CHECK(shownKey(fixture, 0) == QStringLiteral("309540-054054-123915-625218-602910-100716-346984-130779"));
    CHECK(shownKey(fixture, 1) == QStringLiteral("612062-085217-178486-321860-089188-571923-071489-318747"));
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK(fixture.session->key->id == KeyId::parse(QStringLiteral("64311DEA-4587-4029-924A-BA299647998E")));
    REQUIRE(fixture.session->moreKeys.size() == 1);
    REQUIRE(fixture.session->verification);
    CHECK(fixture.session->verification->outcome == Verification::Outcome::CannotCheck);
}
