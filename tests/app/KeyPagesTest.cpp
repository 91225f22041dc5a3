// SPDX-License-Identifier: GPL-3.0-or-later
// The source, key and verify pages, driven through the real wizard over the real BitLocker test images.
#include "KeyPage.h"
#include "KeyTyping.h"
#include "RecoveryKeyEdit.h"
#include "SourcePage.h"
#include "VerifyPage.h"
#include "WizardTestSupport.h"

#include "KeyGroupIndicators.h"
#include "i18n/Language.h"

#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QStyle>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QRadioButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUrl>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString prkImageKey = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");

QString upper(const QString& id)
{
    return id.toUpper();
}

bool nextEnabled(WizardFixture& fixture)
{
    return fixture.wizard->button(QWizard::NextButton)->isEnabled();
}

QString resultText(WizardFixture& fixture)
{
    return fixture.find<QLabel>(QStringLiteral("verifyResultLabel"))->text();
}

QString canonical(const SecureBytes& bytes)
{
    return QString::fromLatin1(bytes.view().data(), static_cast<qsizetype>(bytes.size()));
}

BitLockerImage startupKeyImage()
{
    return bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
}

QString bekPath()
{
    return bitlockerImagesDir() + QLatin1Char('/') + startupKeyImage().startupKeyVmk.toUpper() + QStringLiteral(".BEK");
}

// A Windows recovery text file for the image's recovery password, written by the core's writer.
QString writeRecoveryTextFile(const ScratchDir& scratch, const BitLockerImage& image)
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(image.recoveryPasswordVmk);
    key.secret = SecureBytes::fromUtf8(image.recoveryPassword);
    const SecureBytes bytes = recoveryTextFileBytes(key);
    const QString path = scratch.file(recoveryTextFileName(key));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
    file.close();
    REQUIRE(KeyFile::read(path).status == KeyFileContents::Status::Ok);
    return path;
}

void dropFile(QWidget* target, const QString& path)
{
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    CHECK(drop.isAccepted());
}

} // namespace

TEST_CASE("The drives are looked for only when the source page is shown", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    // A device the scan could not read is reported in words, next to the drives it found.
    WizardFixture fixture({ image.path(), QStringLiteral("/nonexistent/keyhaven-missing.img") });
    auto* tree = fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"));
    CHECK(tree->topLevelItemCount() == 0);
    CHECK_FALSE(fixture.find<SourcePage>(QStringLiteral("sourcePage"))->isScanning());

    openSourcePage(fixture);
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* item = volumeItem(fixture, image.path());
    // The date Windows wrote into the name is shown once, in the Created column, in the locale's format.
    CHECK(item->text(0) == QStringLiteral("DESKTOP-NPM7RCA H:"));
    CHECK(item->text(1) == QStringLiteral("BitLocker"));
    CHECK(item->text(2) == upper(image.guid));
    const QList<Volume>& found = fixture.find<SourcePage>(QStringLiteral("sourcePage"))->volumes();
    REQUIRE(found.size() == 1);
    REQUIRE(found.first().created.isValid());
    CHECK(item->text(3) == QLocale().toString(found.first().created.toLocalTime().date(), QLocale::ShortFormat));
    // The only drive found is chosen already.
    CHECK(item->isSelected());
    CHECK(fixture.find<QRadioButton>(QStringLiteral("volumeRadioButton"))->isChecked());
    // Its protectors, with their types and IDs.
    REQUIRE(item->childCount() == 2);
    QStringList protectors;
    for (int i = 0; i < item->childCount(); ++i)
        protectors << item->child(i)->text(0) + QLatin1Char(' ') + item->child(i)->text(2);
    CHECK(protectors.contains(QStringLiteral("recovery key (48 digits) ") + upper(image.recoveryPasswordVmk)));
    CHECK(protectors.contains(QStringLiteral("password ") + upper(image.passwordVmk)));
    CHECK(fixture.find<QLabel>(QStringLiteral("volumesStatusLabel"))->text().contains(QStringLiteral("1 encrypted")));
    CHECK(fixture.find<QProgressBar>(QStringLiteral("volumesProgressBar"))->isHidden());
    // What could not be read: one plain sentence; the device and the reason behind "Show details".
    auto* problems = fixture.find<QLabel>(QStringLiteral("volumesProblemLabel"));
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(problems->text().contains(QStringLiteral("keyhaven-missing.img")));
    auto* details = fixture.find<QLabel>(QStringLiteral("volumesProblemDetailsLabel"));
    CHECK(details->isHidden());
    fixture.find<QPushButton>(QStringLiteral("volumesDetailsPushButton"))->click();
    CHECK(details->isVisible());
    CHECK(details->text().contains(QStringLiteral("keyhaven-missing.img")));
}

TEST_CASE("A drive's recovery key, typed twice with its ID, opens it and the protector is named", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);

    // The drive has one recovery key: its ID is filled in.
    CHECK(idLine(fixture)->text() == upper(image.recoveryPasswordVmk));
    CHECK_FALSE(nextEnabled(fixture));
    typeKeys(keyLine(fixture), image.recoveryPassword);
    CHECK_FALSE(nextEnabled(fixture)); // not typed twice yet
    typeKeys(confirmLine(fixture), image.recoveryPassword);
    CHECK(nextEnabled(fixture));
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("keyMismatchLabel"))->isVisible());

    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    const QString result = resultText(fixture);
    CHECK(result.contains(QStringLiteral("This key opens DESKTOP-NPM7RCA H: 7/4/2019.")));
    CHECK(result.contains(
        QStringLiteral("It is the drive's recovery key with the key ID %1.").arg(upper(image.recoveryPasswordVmk))));
    CHECK_FALSE(result.contains(QStringLiteral("protector")));
    CHECK(fixture.session->verification->protector->id == *KeyId::parse(image.recoveryPasswordVmk));
    REQUIRE(fixture.session->key);
    CHECK(fixture.session->key->kind == KeyKind::BitLockerRecoveryPassword);
    CHECK(canonical(fixture.session->key->secret) == image.recoveryPassword);
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
    CHECK(fixture.session->key->volumeGuid == KeyId::parse(image.guid));
    CHECK(fixture.find<QProgressBar>(QStringLiteral("verifyProgressBar"))->isHidden());
    CHECK(nextEnabled(fixture));
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::TargetsPageId);
}

TEST_CASE("A wrong ID is corrected to the protector the key opened, and the page says so", "[wizard][keys]")
{
    const BitLockerImage image = startupKeyImage();
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());
    // The startup key protector's ID: a valid ID of this drive, but not the recovery key's.
    REQUIRE_FALSE(image.startupKeyVmk.isEmpty());
    typeKey(fixture, image.recoveryPassword, image.recoveryPassword, image.startupKeyVmk);
    CHECK(fixture.find<QLabel>(QStringLiteral("keyIdStatusLabel"))->text().contains(upper(image.recoveryPasswordVmk)));
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(resultText(fixture).contains(QStringLiteral("corrected to %1").arg(upper(image.recoveryPasswordVmk))));
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
}

TEST_CASE("A well-formed key of another drive does not open it: Next stays disabled, Back and again works",
          "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const BitLockerImage other = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-128"));
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());
    typeKey(fixture, other.recoveryPassword, other.recoveryPassword);
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::DoesNotOpen);
    CHECK(fixture.session->verification->outcome == Verification::Outcome::DoesNotOpen);
    CHECK(resultText(fixture).contains(QStringLiteral("This key does not open DESKTOP-NPM7RCA H: 7/4/2019.")));
    CHECK(resultText(fixture).contains(QStringLiteral("Go back")));
    CHECK_FALSE(nextEnabled(fixture));

    // Back, the right key, Next: checked again.
    fixture.wizard->back();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    CHECK_FALSE(fixture.session->verification);
    fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"))->clear();
    fixture.find<RecoveryKeyEdit>(QStringLiteral("confirmKeyEdit"))->clear();
    typeKey(fixture, image.recoveryPassword, image.recoveryPassword);
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(nextEnabled(fixture));
}

TEST_CASE("A wrong group keeps Next disabled and the page names the group", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());

    // Group 3 with one digit off: no longer a multiple of 11.
    QStringList groups = image.recoveryPassword.split(QLatin1Char('-'));
    groups[2][5] = QChar(groups[2][5].unicode() == u'9' ? u'8' : u'9');
    const QString wrong = groups.join(QLatin1Char('-'));
    typeKey(fixture, wrong, wrong);
    auto* edit = fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
    CHECK_FALSE(edit->isAcceptable());
    CHECK(edit->groupStates().at(2) == RecoveryKeyEdit::GroupState::Wrong);
    CHECK(edit->feedbackText().contains(QStringLiteral("Group 3")));
    CHECK(fixture.find<QLabel>(QStringLiteral("recoveryKeyMessageLabel"))->text().contains(QStringLiteral("Group 3")));
    CHECK_FALSE(nextEnabled(fixture));
}

TEST_CASE("Two typed keys that differ keep Next disabled and the difference is shown", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const BitLockerImage other = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-128"));
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());

    // The same key but for group 5, taken from another (well-formed) key.
    QStringList groups = image.recoveryPassword.split(QLatin1Char('-'));
    groups[4] = other.recoveryPassword.split(QLatin1Char('-')).at(4);
    typeKey(fixture, image.recoveryPassword, groups.join(QLatin1Char('-')));
    auto* mismatch = fixture.find<QLabel>(QStringLiteral("keyMismatchLabel"));
    CHECK(mismatch->isVisible());
    CHECK(mismatch->text().contains(QStringLiteral("differ in group 5")));
    CHECK_FALSE(nextEnabled(fixture));

    // Put right: the difference goes away and Next is enabled.
    fixture.find<RecoveryKeyEdit>(QStringLiteral("confirmKeyEdit"))->clear();
    typeKeys(confirmLine(fixture), image.recoveryPassword);
    CHECK_FALSE(mismatch->isVisible());
    CHECK(nextEnabled(fixture));
}

TEST_CASE("A key and ID typed in full-width characters open the drive", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-256"));
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());
    inputMethodCommit(keyLine(fixture), fullWidth(image.recoveryPassword));
    inputMethodCommit(confirmLine(fixture),
                      fullWidth(QString(image.recoveryPassword).replace(QLatin1Char('-'), QLatin1Char(' '))));
    idLine(fixture)->clear();
    inputMethodCommit(idLine(fixture), fullWidth(QLatin1Char('{') + image.recoveryPasswordVmk + QLatin1Char('}')));
    CHECK(idLine(fixture)->hasAcceptableInput());
    emit idLine(fixture)->editingFinished(); // leaving the field shows the ID the usual way
    CHECK(idLine(fixture)->text() == upper(image.recoveryPasswordVmk));
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(canonical(fixture.session->key->secret) == image.recoveryPassword);
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
}

TEST_CASE("A typed FileVault key without a drive goes straight to the targets", "[wizard][keys]")
{
    WizardFixture fixture;
    openSourcePage(fixture);
    CHECK(fixture.find<QLabel>(QStringLiteral("volumesStatusLabel"))->text().contains(QStringLiteral("No encrypted")));
    fixture.find<QRadioButton>(QStringLiteral("typeKeyRadioButton"))->click();
    auto* kind = fixture.find<QComboBox>(QStringLiteral("keyKindComboBox"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(KeyKind::FileVaultPersonalRecoveryKey)));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    auto* edit = fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
    CHECK(edit->kind() == KeyKind::FileVaultPersonalRecoveryKey);
    CHECK(edit->groupCount() == 6);

    typeKey(fixture, QStringLiteral("7wez bt5r e6xv 4oej bz59 nrtl"), QStringLiteral("7WEZBT5RE6XV4OEJBZ59NRTL"));
    CHECK(idLine(fixture)->text().isEmpty()); // the volume UUID is optional without a drive
    REQUIRE(nextEnabled(fixture));
    CHECK(fixture.wizard->currentPage()->nextId() == BackupWizard::TargetsPageId);
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::TargetsPageId);
    REQUIRE(fixture.session->key);
    CHECK(fixture.session->key->kind == KeyKind::FileVaultPersonalRecoveryKey);
    CHECK(canonical(fixture.session->key->secret) == prkImageKey);
    CHECK_FALSE(fixture.session->volume);
    CHECK_FALSE(fixture.session->verification);
}

TEST_CASE("A typed BitLocker key without a drive needs its key ID", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-256"));
    WizardFixture fixture;
    openSourcePage(fixture);
    fixture.find<QRadioButton>(QStringLiteral("typeKeyRadioButton"))->click();
    fixture.next();
    typeKey(fixture, image.recoveryPassword, image.recoveryPassword);
    CHECK_FALSE(nextEnabled(fixture));
    typeKeys(idLine(fixture), image.recoveryPasswordVmk.left(20));
    CHECK_FALSE(nextEnabled(fixture));
    CHECK(fixture.find<QLabel>(QStringLiteral("keyIdStatusLabel"))->text().contains(QStringLiteral("this has 17")));
    // Said in words people know: which characters, not "hexadecimal".
    CHECK(fixture.find<QLabel>(QStringLiteral("keyIdStatusLabel"))->text().contains(QStringLiteral("letters A–F")));
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("keyIdStatusLabel"))->text().contains(QStringLiteral("hex")));
    idLine(fixture)->clear();
    typeKeys(idLine(fixture), image.recoveryPasswordVmk);
    CHECK(fixture.find<QLabel>(QStringLiteral("keyIdStatusLabel"))
              ->text()
              .contains(upper(image.recoveryPasswordVmk).left(8)));
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
}

TEST_CASE("A Windows recovery text file fills the key and ID read-only, and is checked against its drive",
          "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    const QString file = writeRecoveryTextFile(fixture.scratch, image);
    SourcePage* source = openSourcePage(fixture);
    source->openKeyFile(file);
    CHECK(fixture.find<QRadioButton>(QStringLiteral("keyFileRadioButton"))->isChecked());
    CHECK(fixture.find<QLabel>(QStringLiteral("keyFileLabel"))->text().contains(upper(image.recoveryPasswordVmk)));
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);

    CHECK(keyLine(fixture)->isReadOnly());
    CHECK(keyLine(fixture)->text() == image.recoveryPassword);
    CHECK(QFontInfo(keyLine(fixture)->font()).fixedPitch());
    CHECK_FALSE(confirmLine(fixture)->isVisible());
    CHECK(idLine(fixture)->isReadOnly());
    CHECK(idLine(fixture)->text() == upper(image.recoveryPasswordVmk));
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(fixture.session->key->source == file);
    CHECK(canonical(fixture.session->key->secret) == image.recoveryPassword);
}

TEST_CASE("A recovery text file dropped on the source page works the same, without a drive", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-256"));
    WizardFixture fixture;
    const QString file = writeRecoveryTextFile(fixture.scratch, image);
    SourcePage* source = openSourcePage(fixture);
    dropFile(source, file);
    CHECK(fixture.find<QRadioButton>(QStringLiteral("keyFileRadioButton"))->isChecked());
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    CHECK(keyLine(fixture)->isReadOnly());
    CHECK(keyLine(fixture)->text() == image.recoveryPassword);
    CHECK(idLine(fixture)->text() == upper(image.recoveryPasswordVmk));
    CHECK(fixture.find<QLabel>(QStringLiteral("keyIntroLabel"))->text().contains(QStringLiteral("not proven")));
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK(fixture.session->key->id == KeyId::parse(image.recoveryPasswordVmk));
}

TEST_CASE("A file with several keys lets the user pick one", "[wizard][keys]")
{
    const BitLockerImage first = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const BitLockerImage second = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-128"));
    WizardFixture fixture({ second.path() });
    const QString manageBde
        = QStringLiteral("BitLocker Drive Encryption: Configuration Tool version 10.0.22621\r\n"
                         "Copyright (C) 2013 Microsoft Corporation. All rights reserved.\r\n\r\n"
                         "Volume C: [Windows]\r\nAll Key Protectors\r\n\r\n"
                         "    Numerical Password:\r\n      ID: {%1}\r\n      Password:\r\n        %2\r\n\r\n"
                         "    Numerical Password:\r\n      ID: {%3}\r\n      Password:\r\n        %4\r\n")
              .arg(upper(first.recoveryPasswordVmk), first.recoveryPassword, upper(second.recoveryPasswordVmk),
                   second.recoveryPassword);
    const QString file = fixture.scratch.write(QStringLiteral("manage-bde.txt"), manageBde.toUtf8());
    SourcePage* source = openSourcePage(fixture);
    source->openKeyFile(file);
    auto* list = fixture.find<QListWidget>(QStringLiteral("keyFileKeysListWidget"));
    REQUIRE(list->count() == 2);
    CHECK(list->isVisible());
    CHECK_FALSE(nextEnabled(fixture)); // which one is the user's choice
    CHECK(list->item(1)->text().contains(QStringLiteral("belongs to")));
    list->setCurrentRow(1);
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    CHECK(keyLine(fixture)->text() == second.recoveryPassword);
    // It belongs to the drive that was found: it is checked against it.
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(resultText(fixture).contains(upper(second.recoveryPasswordVmk)));
}

TEST_CASE("A .BEK startup key verifies the startup-key drive, and is not offered for saving", "[wizard][keys]")
{
    const BitLockerImage image = startupKeyImage();
    WizardFixture fixture({ image.path() });
    SourcePage* source = openSourcePage(fixture);
    source->openKeyFile(bekPath());
    const QString fileText = fixture.find<QLabel>(QStringLiteral("keyFileLabel"))->text();
    CHECK(fileText.contains(QStringLiteral("cannot save it as text")));
    CHECK(fileText.contains(QStringLiteral("belongs to DESKTOP-LG39GVP E: 15/09/2020")));
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    CHECK(fixture.find<QLabel>(QStringLiteral("externalKeyLabel"))->isVisible());
    CHECK_FALSE(keyLine(fixture)->isVisible());
    CHECK(idLine(fixture)->text() == upper(image.startupKeyVmk));
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(fixture.session->verification->protector->type == ProtectorType::StartupKey);
    CHECK(resultText(fixture).contains(upper(image.startupKeyVmk)));
    CHECK(resultText(fixture).contains(QStringLiteral("cannot be saved as text")));
    // Nowhere to save it: the wizard ends here.
    CHECK(fixture.wizard->currentPage()->isFinalPage());
    CHECK(fixture.wizard->button(QWizard::FinishButton)->isVisible());
    CHECK(fixture.wizard->button(QWizard::FinishButton)->isEnabled());
}

TEST_CASE("A .BEK opened on the key page of its drive verifies it", "[wizard][keys]")
{
    const BitLockerImage image = startupKeyImage();
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());
    fixture.find<KeyPage>(QStringLiteral("keyPage"))->openKeyFile(bekPath());
    CHECK(fixture.find<QLabel>(QStringLiteral("externalKeyLabel"))->isVisible());
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(fixture.session->verification->protector->id == *KeyId::parse(image.startupKeyVmk));
}

TEST_CASE("A .BEK without its drive cannot go on: it can only be checked, never saved", "[wizard][keys]")
{
    WizardFixture fixture;
    SourcePage* source = openSourcePage(fixture);
    source->openKeyFile(bekPath());
    const QString text = fixture.find<QLabel>(QStringLiteral("keyFileLabel"))->text();
    CHECK(text.contains(QStringLiteral("cannot save it as text")));
    CHECK(text.contains(QStringLiteral("None of the drives")));
    CHECK_FALSE(nextEnabled(fixture));
}

TEST_CASE("Adding a disk image by hand: a volume is listed and chosen, anything else is explained", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture;
    SourcePage* source = openSourcePage(fixture);
    const QString notAVolume = fixture.scratch.write(QStringLiteral("notes.img"), QByteArray(64 * 1024, 'x'));
    source->addVolumeImage(notAVolume);
    auto* problems = fixture.find<QLabel>(QStringLiteral("volumesProblemLabel"));
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("notes.img")));
    CHECK(fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"))->topLevelItemCount() == 0);

    source->addVolumeImage(image.path());
    CHECK(volumeItem(fixture, image.path())->isSelected());
    CHECK(problems->isHidden());
    // A disk image dropped on the page is added the same way.
    const BitLockerImage other = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-128"));
    dropFile(source, other.path());
    CHECK(volumeItem(fixture, other.path())->isSelected());
    CHECK(fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"))->topLevelItemCount() == 2);
    source->addVolumeImage(image.path()); // already listed: chosen, not listed twice
    CHECK(fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"))->topLevelItemCount() == 2);
    REQUIRE(nextEnabled(fixture));
    fixture.next();
    CHECK(fixture.session->volume->path == image.path());
}

TEST_CASE("A FileVault drive: its UUID is the ID, and its personal recovery key opens it", "[wizard][keys]")
{
    const QString prkImage = testDataDir() + QStringLiteral("/fvault2-prk.img");
    WizardFixture fixture({ prkImage });
    openKeyPageOf(fixture, prkImage);
    auto* edit = fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
    CHECK(edit->kind() == KeyKind::FileVaultPersonalRecoveryKey);
    CHECK(idLine(fixture)->text() == QStringLiteral("FC52BFAE-5A1F-4F9B-B3A6-F33303A0E401"));
    CHECK(idLine(fixture)->isReadOnly());
    typeKey(fixture, QStringLiteral("7wezbt5re6xv4oejbz59nrtl"), prkImageKey);
    REQUIRE(nextEnabled(fixture));
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    CHECK(canonical(fixture.session->key->secret) == prkImageKey);
    CHECK(fixture.session->key->kind == KeyKind::FileVaultPersonalRecoveryKey);
}

TEST_CASE("Wiping the session clears the key fields, and a check under way is discarded", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    openKeyPageOf(fixture, image.path());
    typeKey(fixture, image.recoveryPassword, image.recoveryPassword);
    REQUIRE(nextEnabled(fixture));

    fixture.session->wipe();
    CHECK(keyLine(fixture)->text().isEmpty());
    CHECK(confirmLine(fixture)->text().isEmpty());
    CHECK(idLine(fixture)->text().isEmpty());
    CHECK_FALSE(fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"))->isAcceptable());

    // Once more, up to the verify page, and wiped while the check runs.
    fixture.wizard->restart();
    openKeyPageOf(fixture, image.path());
    typeKey(fixture, image.recoveryPassword, image.recoveryPassword);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::VerifyPageId);
    auto* verify = fixture.find<VerifyPage>(QStringLiteral("verifyPage"));
    REQUIRE(verify->isChecking());
    fixture.session->wipe();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK_FALSE(verify->outcome());
    CHECK_FALSE(fixture.session->verification);
    CHECK(resultText(fixture).isEmpty());
    CHECK(keyLine(fixture)->text().isEmpty());
}

namespace {

// The x of the caret at `position` in the field, in `to`'s coordinates: where Qt itself lays out the text.
qreal caretX(QLineEdit* edit, int position, const QWidget* to)
{
    edit->setCursorPosition(position);
    const QRect caret = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    return to->mapFrom(edit->window(), edit->mapTo(edit->window(), caret.center())).x();
}

// Each group box sits under its group of the text (every group typed so far): centred on it, and no wider than the
// group and its dash.
void checkBoxesUnderGroups(RecoveryKeyEdit* keyEdit)
{
    QLineEdit* edit = keyEdit->lineEdit();
    auto* boxes = keyEdit->findChild<KeyGroupIndicators*>(QStringLiteral("recoveryKeyGroupIndicators"));
    REQUIRE(boxes);
    const int length = keyEdit->groupCount() == 8 ? 6 : 4;
    const int typed = static_cast<int>(edit->text().size());
    REQUIRE(typed >= length);
    for (int g = 0; g < keyEdit->groupCount() && g * (length + 1) + length <= typed; ++g) {
        const qreal start = caretX(edit, g * (length + 1), boxes);
        const qreal end = caretX(edit, g * (length + 1) + length, boxes);
        const QRectF box = boxes->boxRect(g);
        INFO("group " << g + 1 << ": text " << start << "–" << end << ", box " << box.left() << "–" << box.right());
        CHECK(std::abs(box.center().x() - (start + end) / 2) <= 2.0);
        CHECK(box.left() >= start - edit->fontMetrics().horizontalAdvance(QLatin1Char('-')));
        CHECK(box.right() <= end + edit->fontMetrics().horizontalAdvance(QLatin1Char('-')));
        CHECK(boxes->rect().contains(box.toAlignedRect()));
    }
}

} // namespace

TEST_CASE("The key page in English, Japanese and Norwegian: the placeholder whole, each group box under its group, "
          "the mismatch icon beside its message",
          "[wizard][keys][i18n]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const BitLockerImage other = bitlockerImageNamed(QStringLiteral("bitlk-aes-cbc-128"));
    QStringList groups = image.recoveryPassword.split(QLatin1Char('-'));
    groups[2] = other.recoveryPassword.split(QLatin1Char('-')).at(2);
    const QString differing = groups.join(QLatin1Char('-'));
    for (const i18n::Language language : i18n::languages()) {
        i18n::switchLanguage(language);
        INFO(i18n::languageCode(language).toStdString());
        WizardFixture fixture({ image.path() }); // at the wizard's own default size
        openKeyPageOf(fixture, image.path());
        QCoreApplication::processEvents();
        auto* keyEdit = fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
        QLineEdit* edit = keyEdit->lineEdit();

        // The placeholder, empty field: all of it within the field.
        REQUIRE(edit->text().isEmpty());
        const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
        const int room = edit->width() - 2 * frame - edit->textMargins().left() - edit->textMargins().right() - 4;
        INFO(edit->placeholderText().toStdString()
             << ": " << edit->fontMetrics().horizontalAdvance(edit->placeholderText()) << " of " << room);
        CHECK(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= room);
        // …and each group box under its group of the placeholder, where the digits will go.
        {
            auto* boxes = keyEdit->findChild<KeyGroupIndicators*>(QStringLiteral("recoveryKeyGroupIndicators"));
            REQUIRE(boxes);
            const QString shown = edit->placeholderText();
            const QFontMetricsF metrics(edit->font());
            const qreal textStart = caretX(edit, 0, boxes);
            for (int g = 0; g < keyEdit->groupCount(); ++g) {
                const qreal start = textStart + metrics.horizontalAdvance(shown.left(g * 7));
                const qreal end = start + metrics.horizontalAdvance(shown.mid(g * 7, 6));
                INFO("placeholder group " << g + 1);
                CHECK(std::abs(boxes->boxRect(g).center().x() - (start + end) / 2) <= 2.0);
            }
        }

        // Half typed and whole: the boxes stay under the groups.
        typeKeys(edit, image.recoveryPassword.left(20));
        checkBoxesUnderGroups(keyEdit);
        keyEdit->clear();
        typeKey(fixture, image.recoveryPassword, differing);
        checkBoxesUnderGroups(keyEdit);

        // The two copies differ: the icon right beside the message, on its first line.
        auto* message = fixture.find<QLabel>(QStringLiteral("keyMismatchLabel"));
        auto* icon = fixture.find<QLabel>(QStringLiteral("keyMismatchIconLabel"));
        REQUIRE(message->isVisible());
        REQUIRE(icon->isVisible());
        const QRect iconArea(icon->mapTo(fixture.wizard.get(), QPoint(0, 0)), icon->size());
        // Where the message's text is (inside the label's margins).
        const QRect messageArea(message->mapTo(fixture.wizard.get(), message->contentsRect().topLeft()),
                                message->contentsRect().size());
        const QRect iconPicture = QStyle::alignedRect(icon->layoutDirection(), icon->alignment(),
                                                      icon->pixmap().deviceIndependentSize().toSize(), iconArea);
        INFO("icon " << iconPicture.left() << "–" << iconPicture.right() << ", message from " << messageArea.left());
        CHECK(iconPicture.right() < messageArea.left());
        CHECK(messageArea.left() - iconPicture.right() <= 12); // a layout's spacing, not a column apart
        CHECK(iconPicture.top() <= messageArea.top() + message->fontMetrics().height());
        CHECK(iconPicture.bottom() >= messageArea.top());
    }
    i18n::switchLanguage(i18n::Language::English);
}

TEST_CASE("With larger text the group boxes still sit under their groups", "[wizard][keys]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    QFont large = fixture.wizard->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    fixture.wizard->setFont(large);
    fixture.wizard->resize(fixture.wizard->sizeHint().expandedTo(QSize(1200, 800)));
    openKeyPageOf(fixture, image.path());
    QCoreApplication::processEvents();
    auto* keyEdit = fixture.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
    typeKeys(keyEdit->lineEdit(), image.recoveryPassword);
    checkBoxesUnderGroups(keyEdit);
}
