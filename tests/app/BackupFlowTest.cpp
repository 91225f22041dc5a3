// SPDX-License-Identifier: GPL-3.0-or-later
// The backup flows from end to end, as a user goes through them: from the welcome page over every page to the
// summary, clicking and typing, through the real core: real BitLocker test volumes, real files, folders as USB
// sticks, a sheet saved as a PDF, a real Apache WebDAV server over TLS on loopback and the real keychain of the
// test's own D-Bus session. The copies are then read back with the core's own readers.
#include "AccountServers.h"
#include "KeyTyping.h"
#include "SheetPage.h"
#include "TextFilePage.h"
#include "WizardTestSupport.h"

#include "backup/Ledger.h"
#include "formats/KeyFile.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString fileVaultKey = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"); // fvault2-prk.img's key

bool nextEnabled(const WizardFixture& fixture)
{
    return fixture.wizard->button(QWizard::NextButton)->isEnabled();
}

// Welcome: "Back up a recovery key", then Next to the source page once it has looked for the drives.
void startBackup(WizardFixture& fixture)
{
    REQUIRE(fixture.currentId() == BackupWizard::WelcomePageId);
    auto* backup = fixture.find<QRadioButton>(QStringLiteral("backupRadioButton"));
    backup->click();
    CHECK(backup->isChecked());
    CHECK_FALSE(fixture.find<QRadioButton>(QStringLiteral("findRadioButton"))->isChecked());
    openSourcePage(fixture);
}

QString resultLabel(const WizardFixture& fixture, const QString& prefix)
{
    return fixture.find<QLabel>(prefix + QStringLiteral("ResultLabel"))->text();
}

QString summaryText(const WizardFixture& fixture)
{
    return fixture.find<QTextBrowser>(QStringLiteral("summaryTextBrowser"))->toPlainText();
}

// The targets the ledger recorded copies for (each of the key `keyId`, when given), sorted.
QStringList ledgerTargets(const WizardFixture& fixture, const QString& keyId)
{
    QStringList recorded;
    for (const LedgerEntry& entry : Ledger(fixture.ledgerPath()).entries()) {
        recorded.append(entry.target);
        if (!keyId.isEmpty())
            CHECK(entry.keyId == keyId);
    }
    recorded.sort();
    return recorded;
}

bool fileHolds(const QString& path, const QByteArray& part)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(part);
}

} // namespace

TEST_CASE("A BitLocker drive's key, from the welcome page to the summary: text file, USB folder, sheet PDF and "
          "WebDAV account, all verified",
          "[wizard][flow]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment;
    ApacheDav apache(environment.scratch().path(), environment.certificate());

    // The computer: all the BitLocker test volumes; the user backs up the key of one of them.
    const QList<BitLockerImage> images = bitlockerImages();
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-256"));
    REQUIRE_FALSE(image.recoveryPassword.isEmpty());
    const QString keyId = image.recoveryPasswordVmk.toUpper();
    QStringList paths;
    for (const BitLockerImage& each : images)
        paths.append(each.path());
    WizardFixture fixture(paths);

    // Two accounts set up with `keyhaven-cli account add`; "cloud" is the Apache on loopback.
    addWebDavAccount(fixture, QStringLiteral("archive"), QStringLiteral("https://127.0.0.1:9/dav/"),
                     environment.certificate().certificate);
    addWebDavAccount(fixture, QStringLiteral("cloud"), apache.url(), environment.certificate().certificate);
    // A USB stick is plugged in; a folder elsewhere for the text file; a folder for the PDF.
    const QString stick = fixture.scratch.file(QStringLiteral("media/KEYS"));
    fixture.drives->plugIn(stick, QStringLiteral("KEYS"));
    const QString folder = fixture.scratch.file(QStringLiteral("nas/backups"));
    REQUIRE(QDir().mkpath(folder));
    const QString pdf = fixture.scratch.file(QStringLiteral("sheets/my recovery sheet.pdf"));
    REQUIRE(QDir().mkpath(QFileInfo(pdf).absolutePath()));

    // Welcome → source: the drives found, each with its protectors; the user clicks the one.
    startBackup(fixture);
    auto* tree = fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"));
    CHECK(tree->topLevelItemCount() == images.size());
    QTreeWidgetItem* item = volumeItem(fixture, image.path());
    const QString driveName = item->text(0);
    CHECK(item->text(1) == QStringLiteral("BitLocker"));
    CHECK(item->text(2) == image.guid.toUpper());
    CHECK(fixture.find<QLabel>(QStringLiteral("volumesStatusLabel"))
              ->text()
              .contains(QStringLiteral("%1 encrypted").arg(images.size())));
    CHECK(nextEnabled(fixture)); // the first drive found is chosen already
    CHECK(tree->topLevelItem(0)->isSelected());
    chooseVolume(fixture, image.path());
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // The key page: reading the key from the drive comes first; here the user types it instead, twice, and its
    // ID as on the recovery screen.
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    CHECK_FALSE(nextEnabled(fixture));
    fixture.find<QRadioButton>(QStringLiteral("typeKeyChoiceRadioButton"))->click();
    CHECK_FALSE(nextEnabled(fixture));
    typeKey(fixture, image.recoveryPassword, image.recoveryPassword, image.recoveryPasswordVmk);
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("keyMismatchLabel"))->isVisible());
    REQUIRE(nextEnabled(fixture));

    // The verify page: the key is tried on the drive, off the UI thread; it opens it.
    REQUIRE(verifyNow(fixture) == Verification::Outcome::Opens);
    const QString verified = fixture.find<QLabel>(QStringLiteral("verifyResultLabel"))->text();
    INFO(verified.toStdString());
    CHECK(verified.contains(QStringLiteral("This key opens %1").arg(driveName)));
    CHECK(verified.contains(keyId));
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // The targets page: all four, each clicked on as needed.
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("accountCheckBox")), true);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("usbCheckBox")), true);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("sheetCheckBox")), true);
    CHECK(fixture.find<QLabel>(QStringLiteral("usbReasonLabel"))->text().contains(QStringLiteral("KEYS")));
    CHECK_FALSE(fixture.find<QWidget>(QStringLiteral("onePlaceWarningWidget"))->isVisible());
    fixture.next();

    // The account page: both accounts offered; the user picks "cloud".
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
    auto* accounts = fixture.find<QComboBox>(QStringLiteral("accountComboBox"));
    REQUIRE(accounts->count() == 2);
    const int cloud = accounts->findText(QStringLiteral("cloud"));
    REQUIRE(cloud >= 0);
    accounts->setCurrentIndex(cloud == 0 ? 1 : 0); // the other one first, then the right one
    accounts->setCurrentIndex(cloud);
    CHECK(fixture.session->accountName == QStringLiteral("cloud"));
    CHECK(fixture.find<QLabel>(QStringLiteral("accountDetailsLabel"))->text().contains(apache.url()));
    fixture.next();

    // The USB page: the stick, clicked.
    REQUIRE(fixture.currentId() == BackupWizard::UsbPageId);
    auto* drives = fixture.find<QListWidget>(QStringLiteral("usbDriveListWidget"));
    REQUIRE(drives->count() == 1);
    CHECK(drives->item(0)->text().contains(QStringLiteral("KEYS")));
    drives->setCurrentRow(0);
    CHECK(fixture.session->usbMountPoint == stick);
    const QString fileName = QStringLiteral("BitLocker Recovery Key %1.TXT").arg(keyId);
    CHECK(fixture.find<QLabel>(QStringLiteral("usbFileNameLabel"))->text().contains(fileName));
    fixture.next();

    // The text file page: the folder, as the Browse… dialog gives it.
    REQUIRE(fixture.currentId() == BackupWizard::TextFilePageId);
    auto* textPage = qobject_cast<TextFilePage*>(fixture.wizard->currentPage());
    REQUIRE(textPage);
    textPage->setFolder(folder);
    CHECK(fixture.find<QLineEdit>(QStringLiteral("textFolderLineEdit"))->text() == QDir::toNativeSeparators(folder));
    CHECK(fixture.find<QLabel>(QStringLiteral("textFileNameLabel"))->text().contains(fileName));
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // The sheet page: the preview, "Save as PDF", and the path as the save dialog gives it.
    REQUIRE(fixture.currentId() == BackupWizard::SheetPageId);
    auto* sheetPage = qobject_cast<SheetPage*>(fixture.wizard->currentPage());
    REQUIRE(sheetPage);
    CHECK(sheetPage->hasPreview());
    auto* savePdf = fixture.find<QRadioButton>(QStringLiteral("savePdfRadioButton"));
    savePdf->click();
    CHECK(savePdf->isChecked());
    sheetPage->setPdfPath(pdf);
    CHECK(fixture.find<QLineEdit>(QStringLiteral("sheetPdfLineEdit"))->text() == QDir::toNativeSeparators(pdf));
    CHECK_FALSE(fixture.session->sheetPrint);
    // The last page before the writes says so on its button.
    CHECK(fixture.wizard->button(QWizard::NextButton)->text().contains(QStringLiteral("Save the key")));
    fixture.next();

    // The run page: each target saved and read back; no way back.
    waitForRun(fixture);
    CHECK_FALSE(fixture.wizard->button(QWizard::BackButton)->isEnabled());
    for (const QString& prefix :
         { QStringLiteral("account"), QStringLiteral("usb"), QStringLiteral("textFile"), QStringLiteral("sheet") }) {
        INFO(prefix.toStdString());
        CHECK(fixture.find<QProgressBar>(prefix + QStringLiteral("ProgressBar"))->value() == 100);
        INFO(resultLabel(fixture, prefix).toStdString());
        CHECK(resultLabel(fixture, prefix).startsWith(QStringLiteral("saved and read back")));
    }
    REQUIRE(fixture.session->results.size() == 4);
    for (const BackupResult& result : std::as_const(fixture.session->results)) {
        INFO(result.target.toStdString() << ": " << result.message.toStdString());
        CHECK(result.status == BackupResult::Status::Saved);
    }
    fixture.next();

    // The summary: all four places, each read back, and the key checked against the drive.
    REQUIRE(fixture.currentId() == BackupWizard::SummaryPageId);
    CHECK(fixture.wizard->currentPage()->isFinalPage());
    const QString summary = summaryText(fixture);
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("saved in 4 places, and every copy was read back")));
    CHECK(summary.count(QStringLiteral("saved and read back")) == 4);
    CHECK(summary.contains(QStringLiteral("The key itself: opens the drive %1").arg(driveName)));
    CHECK(summary.contains(QStringLiteral("Your account “cloud”")));
    CHECK(summary.contains(QStringLiteral("USB flash drive: ") + QDir::toNativeSeparators(stick)));
    CHECK(summary.contains(QStringLiteral("File: ") + QDir::toNativeSeparators(folder)));
    CHECK(summary.contains(QStringLiteral("Recovery sheet (PDF): ") + QDir::toNativeSeparators(pdf)));
    CHECK_FALSE(summary.contains(QStringLiteral("Needs your attention")));
    CHECK_FALSE(summary.contains(image.recoveryPassword));

    // The copies: each file parses back with the core's reader to the same key and ID.
    checkKeyFile(folder + QLatin1Char('/') + fileName, image.recoveryPassword, keyId);
    checkKeyFile(stick + QLatin1Char('/') + fileName, image.recoveryPassword, keyId);
    // The WebDAV server holds the file (and the sheet beside it).
    checkKeyFile(apache.davFolder() + QStringLiteral("/Keyhaven/") + fileName, image.recoveryPassword, keyId);
    CHECK(fileHolds(apache.davFolder() + QStringLiteral("/Keyhaven/my recovery sheet.pdf"), "%PDF-"));
    // The PDF: a real PDF whose QR code holds the key and its ID.
    REQUIRE(fileHolds(pdf, "%PDF-"));
    const std::vector<SecureBytes> codes = qrCodesOfPdf(pdf, fixture.scratch);
    REQUIRE(codes.size() == 1);
    CHECK(codes.front().view().find(image.recoveryPassword.toStdString()) != std::string_view::npos);
    CHECK(codes.front().view().find(keyId.toStdString()) != std::string_view::npos);
    // The ledger knows the four copies, and never the key.
    CHECK(ledgerTargets(fixture, keyId)
          == QStringList { QStringLiteral("account"), QStringLiteral("sheet"), QStringLiteral("text"),
                           QStringLiteral("usb") });
    CHECK_FALSE(fileHolds(fixture.ledgerPath(), image.recoveryPassword.toUtf8()));

    // Finish: the key and every field that showed it are wiped.
    fixture.wizard->button(QWizard::FinishButton)->click();
    CHECK_FALSE(fixture.session->key.has_value());
    CHECK_FALSE(fixture.session->verification.has_value());
    CHECK(fixture.session->results.isEmpty());
    CHECK(keyLine(fixture)->text().isEmpty());
    CHECK(confirmLine(fixture)->text().isEmpty());
    CHECK(summaryText(fixture).isEmpty());
}

TEST_CASE("A typed FileVault personal recovery key to a text file", "[wizard][flow]")
{
    WizardFixture fixture; // a computer without encrypted drives Keyhaven can read, no stick, no account
    const QString folder = fixture.scratch.file(QStringLiteral("Key backups"));
    REQUIRE(QDir().mkpath(folder));

    // Welcome → source: no drive found; "Type a key", a FileVault key.
    startBackup(fixture);
    CHECK(fixture.find<QLabel>(QStringLiteral("volumesStatusLabel"))->text().contains(QStringLiteral("No encrypted")));
    fixture.find<QRadioButton>(QStringLiteral("typeKeyRadioButton"))->click();
    auto* kind = fixture.find<QComboBox>(QStringLiteral("keyKindComboBox"));
    const int fileVault = kind->findData(static_cast<int>(KeyKind::FileVaultPersonalRecoveryKey));
    REQUIRE(fileVault >= 0);
    kind->setCurrentIndex(fileVault);
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // The key page: the key typed twice, once in lower case with spaces as it may be read off a note.
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    typeKey(fixture, QStringLiteral("7wez bt5r e6xv 4oej bz59 nrtl"), fileVaultKey);
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("keyMismatchLabel"))->isVisible());
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // No drive to check it against: straight to the targets. No stick is in and no account is set up.
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    REQUIRE(fixture.session->key);
    CHECK(fixture.session->key->kind == KeyKind::FileVaultPersonalRecoveryKey);
    CHECK_FALSE(fixture.find<QCheckBox>(QStringLiteral("usbCheckBox"))->isEnabled());
    CHECK_FALSE(fixture.find<QCheckBox>(QStringLiteral("accountCheckBox"))->isChecked()); // none set up yet
    CHECK_FALSE(nextEnabled(fixture));
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    CHECK_FALSE(fixture.find<QCheckBox>(QStringLiteral("sheetCheckBox"))->isChecked());
    CHECK(fixture.session->targets == QList<TargetKind> { TargetKind::TextFile });
    // The key names no Mac: the page asks which one before any place, and waits for it.
    CHECK_FALSE(nextEnabled(fixture));
    typeKeys(fixture.find<QLineEdit>(QStringLiteral("macNameLineEdit")), QStringLiteral("Ingrid's MacBook"));
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // The text file page: the folder typed in.
    REQUIRE(fixture.currentId() == BackupWizard::TextFilePageId);
    auto* folderEdit = fixture.find<QLineEdit>(QStringLiteral("textFolderLineEdit"));
    folderEdit->selectAll();
    typeKeys(folderEdit, QDir::toNativeSeparators(folder));
    CHECK(folderEdit->text() == QDir::toNativeSeparators(folder));
    CHECK(fixture.session->textFolder == folder);
    // The file is named after the Mac.
    const QString nameText = fixture.find<QLabel>(QStringLiteral("textFileNameLabel"))->text();
    CHECK(nameText.contains(QStringLiteral("FileVault Recovery Key Ingrid's MacBook.txt")));
    CHECK(fixture.wizard->button(QWizard::NextButton)->text().contains(QStringLiteral("Save the key")));
    REQUIRE(nextEnabled(fixture));
    fixture.next();

    // The run page: saved and read back.
    waitForRun(fixture);
    INFO(resultLabel(fixture, QStringLiteral("textFile")).toStdString());
    CHECK(resultLabel(fixture, QStringLiteral("textFile")).startsWith(QStringLiteral("saved and read back")));
    REQUIRE(fixture.session->results.size() == 1);
    CHECK(fixture.session->results.first().status == BackupResult::Status::Saved);
    fixture.next();

    // The summary: one place, read back; the key was not checked against a drive, and it says so.
    REQUIRE(fixture.currentId() == BackupWizard::SummaryPageId);
    const QString summary = summaryText(fixture);
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("saved in one place, and the copy was read back")));
    CHECK(summary.count(QStringLiteral("saved and read back")) == 1);
    CHECK(summary.contains(QStringLiteral("File: ") + QDir::toNativeSeparators(folder)));
    CHECK(summary.contains(QStringLiteral("not checked against a drive")));
    CHECK_FALSE(summary.contains(fileVaultKey));

    // The file: one FileVault key file in the folder, read back by the core to the same key.
    const QStringList files = QDir(folder).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(files.first().startsWith(QStringLiteral("FileVault Recovery Key")));
    CHECK(nameText.contains(files.first()));
    const QString path = folder + QLatin1Char('/') + files.first();
    checkKeyFile(path, fileVaultKey, {});
    CHECK(KeyFile::read(path).keys.first().kind == KeyKind::FileVaultPersonalRecoveryKey);
    CHECK(ledgerTargets(fixture, QString()) == QStringList { QStringLiteral("text") });

    fixture.wizard->button(QWizard::FinishButton)->click();
    CHECK_FALSE(fixture.session->key.has_value());
    CHECK(keyLine(fixture)->text().isEmpty());
}
