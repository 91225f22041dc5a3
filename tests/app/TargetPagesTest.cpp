// SPDX-License-Identifier: GPL-3.0-or-later
// The targets, the target pages, the run and the summary, driven through the real core: a text file, a USB
// stick (a folder), a sheet PDF and a WebDAV account on a real Apache over TLS on loopback, with the real
// keychain of the test's own D-Bus session.
#include "AccountServers.h"
#include "RunPage.h"
#include "SheetPage.h"
#include "TextFilePage.h"
#include "WizardTestSupport.h"

#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "backup/Ledger.h"
#include "backup/QrReader.h"
#include "formats/KeyFile.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "volumes/KeyVerifier.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QRadioButton>
#include <QTextBrowser>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

int occurrences(const QString& text, const QString& part)
{
    return static_cast<int>(text.count(part));
}

void checkKeyFile(const QString& path)
{
    keyhaven::test::checkKeyFile(path, accountKey, accountKeyId);
}

// With $KEYHAVEN_KEEP_SHOTS set: the wizard as it looks now, as NAME.png in that folder, to look at.
void keepShot(const WizardFixture& fixture, const QString& name)
{
    const QString folder = qEnvironmentVariable("KEYHAVEN_KEEP_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    fixture.wizard->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

const BackupResult* resultOf(const WizardSession& session, const QString& target)
{
    for (const BackupResult& result : session.results)
        if (result.target == target)
            return &result;
    return nullptr;
}

} // namespace

TEST_CASE("Targets: a text file and a USB stick and a sheet PDF and a WebDAV account are saved and read back and listed",
          "[wizard][targets]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment;
    ApacheDav apache(environment.scratch().path(), environment.certificate());
    WizardFixture fixture;
    addWebDavAccount(fixture, QStringLiteral("cloud"), apache.url(), environment.certificate().certificate);
    const QString stick = fixture.scratch.file(QStringLiteral("media/KEYS"));
    fixture.drives->plugIn(stick, QStringLiteral("KEYS"));
    const QString folder = fixture.scratch.file(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(folder));
    const QString pdf = fixture.scratch.file(QStringLiteral("sheets/recovery sheet.pdf"));
    REQUIRE(QDir().mkpath(QFileInfo(pdf).absolutePath()));
    startAtTargets(fixture);
    // As the verify page leaves it: the key opened the real test volume.
    const Verification verification = KeyVerifier::verify(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")),
                                                          VolumeSecret::fromRecoveryKey(accountRecoveryKey()));
    INFO(verification.message.toStdString());
    REQUIRE(verification.outcome == Verification::Outcome::Opens);
    fixture.session->verification = verification;

    // The targets page: all four can be used; the stick and the account are chosen already.
    auto* account = fixture.find<QCheckBox>(QStringLiteral("accountCheckBox"));
    auto* usb = fixture.find<QCheckBox>(QStringLiteral("usbCheckBox"));
    auto* textFile = fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox"));
    auto* sheet = fixture.find<QCheckBox>(QStringLiteral("sheetCheckBox"));
    CHECK(account->isEnabled());
    CHECK(account->isChecked());
    CHECK(usb->isEnabled());
    CHECK(usb->isChecked());
    CHECK(fixture.find<QLabel>(QStringLiteral("usbReasonLabel"))->text().contains(QStringLiteral("KEYS")));
    CHECK_FALSE(account->accessibleName().isEmpty());
    setChecked(textFile, true);
    setChecked(sheet, true);
    CHECK(fixture.session->targets
          == QList<TargetKind> { TargetKind::Account, TargetKind::Usb, TargetKind::TextFile, TargetKind::Sheet });
    CHECK_FALSE(fixture.find<QWidget>(QStringLiteral("onePlaceWarningWidget"))->isVisible());
    keepShot(fixture, QStringLiteral("targets"));
    fixture.next();

    // The account page: the one account, with its kind and server.
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
    auto* accounts = fixture.find<QComboBox>(QStringLiteral("accountComboBox"));
    CHECK(accounts->count() == 1);
    CHECK(accounts->currentText() == QStringLiteral("cloud"));
    const QString details = fixture.find<QLabel>(QStringLiteral("accountDetailsLabel"))->text();
    CHECK(details.contains(QStringLiteral("WebDAV")));
    CHECK(details.contains(apache.url()));
    keepShot(fixture, QStringLiteral("account"));
    fixture.next();

    // The USB page: the stick with its label, mount point and sizes, chosen as the only one.
    REQUIRE(fixture.currentId() == BackupWizard::UsbPageId);
    auto* drives = fixture.find<QListWidget>(QStringLiteral("usbDriveListWidget"));
    REQUIRE(drives->count() == 1);
    const QString item = drives->item(0)->text();
    CHECK(item.contains(QStringLiteral("KEYS")));
    CHECK(item.contains(stick));
    CHECK(item.contains(QStringLiteral("8.0 GB"))); // as file managers say it, not "8.00 GiB"
    CHECK(fixture.session->usbMountPoint == stick);
    CHECK(fixture.find<QLabel>(QStringLiteral("usbFileNameLabel"))
              ->text()
              .contains(QStringLiteral("BitLocker Recovery Key %1.TXT").arg(accountKeyId)));
    keepShot(fixture, QStringLiteral("usb"));
    fixture.next();

    // The text file page: Documents by default; another folder chosen as the Browse… dialog would.
    REQUIRE(fixture.currentId() == BackupWizard::TextFilePageId);
    auto* folderEdit = fixture.find<QLineEdit>(QStringLiteral("textFolderLineEdit"));
    CHECK_FALSE(folderEdit->text().isEmpty());
    CHECK(fixture.find<QLabel>(QStringLiteral("sameDriveAdviceLabel"))->text().contains(QStringLiteral("encrypted")));
    auto* textPage = qobject_cast<TextFilePage*>(fixture.wizard->currentPage());
    REQUIRE(textPage);
    textPage->setFolder(folder);
    CHECK(folderEdit->text() == QDir::toNativeSeparators(folder));
    CHECK(fixture.session->textFolder == folder);
    keepShot(fixture, QStringLiteral("textfile"));
    fixture.next();

    // The sheet page: a preview of the real sheet; saved as a PDF.
    REQUIRE(fixture.currentId() == BackupWizard::SheetPageId);
    auto* sheetPage = qobject_cast<SheetPage*>(fixture.wizard->currentPage());
    REQUIRE(sheetPage);
    CHECK(sheetPage->hasPreview());
    CHECK(fixture.find<QWidget>(QStringLiteral("sheetPreviewLabel"))->isVisible());
    sheetPage->setPdfPath(pdf);
    CHECK(fixture.find<QRadioButton>(QStringLiteral("savePdfRadioButton"))->isChecked());
    CHECK(fixture.find<QLineEdit>(QStringLiteral("sheetPdfLineEdit"))->text() == QDir::toNativeSeparators(pdf));
    CHECK_FALSE(fixture.session->sheetPrint);
    CHECK(fixture.session->sheetPdfPath == pdf);
    // The last page before the writes says so on its button.
    CHECK(fixture.wizard->button(QWizard::NextButton)->text().contains(QStringLiteral("Save the key")));
    keepShot(fixture, QStringLiteral("sheet"));
    fixture.next();
    CHECK_FALSE(sheetPage->hasPreview()); // the picture of the key went with the page

    // The run page: one row per target, each read back; there is no way back.
    waitForRun(fixture);
    CHECK_FALSE(fixture.wizard->button(QWizard::BackButton)->isEnabled());
    for (const QString& prefix :
         { QStringLiteral("account"), QStringLiteral("usb"), QStringLiteral("textFile"), QStringLiteral("sheet") }) {
        INFO(prefix.toStdString());
        CHECK(fixture.find<QProgressBar>(prefix + QStringLiteral("ProgressBar"))->value() == 100);
        const QString result = fixture.find<QLabel>(prefix + QStringLiteral("ResultLabel"))->text();
        INFO(result.toStdString());
        CHECK(result == QStringLiteral("saved and read back")); // one line; the checks are in the summary's details
    }
    REQUIRE(fixture.session->results.size() == 4);
    for (const BackupResult& result : std::as_const(fixture.session->results)) {
        INFO(result.target.toStdString() << ": " << result.message.toStdString());
        CHECK(result.status == BackupResult::Status::Saved);
    }
    // Accounts go last, so the sheet PDF went up beside the text file.
    CHECK(fixture.session->results.last().target == QStringLiteral("account"));
    keepShot(fixture, QStringLiteral("run"));
    fixture.next();

    // The summary: all four, each saved and read back, what was checked, what to do.
    REQUIRE(fixture.currentId() == BackupWizard::SummaryPageId);
    CHECK(fixture.wizard->currentPage()->isFinalPage());
    const QString summary = fixture.find<QTextBrowser>(QStringLiteral("summaryTextBrowser"))->toPlainText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("saved in 4 places")));
    CHECK(occurrences(summary, QStringLiteral("saved and read back")) == 4);
    CHECK(summary.contains(QStringLiteral("Your account “cloud”")));
    CHECK(summary.contains(QStringLiteral("USB flash drive: ") + stick));
    CHECK(summary.contains(QStringLiteral("File: ") + folder));
    CHECK(summary.contains(QStringLiteral("Recovery sheet (PDF): ") + pdf));
    CHECK(summary.contains(QStringLiteral("The key itself: opens the drive")));
    CHECK(summary.contains(QStringLiteral("64311DEA")));
    // One line per copy, each with the one thing to do; the checks one click away.
    CHECK(summary.contains(QStringLiteral("Eject the stick, then keep it somewhere safe, away from the computer.")));
    CHECK(summary.contains(QStringLiteral("Print it, keep the page away from the computer, then delete the PDF.")));
    CHECK_FALSE(summary.contains(QStringLiteral("Checked: ")));
    auto* detailsBrowser = fixture.find<QTextBrowser>(QStringLiteral("summaryDetailsTextBrowser"));
    CHECK_FALSE(detailsBrowser->isVisible());
    fixture.find<QAbstractButton>(QStringLiteral("showDetailsPushButton"))->click();
    CHECK(detailsBrowser->isVisible());
    CHECK(occurrences(detailsBrowser->toPlainText(), QStringLiteral("Checked: ")) >= 4);
    CHECK_FALSE(detailsBrowser->toPlainText().contains(accountKey));
    CHECK(fixture.wizard->button(QWizard::FinishButton)->isVisible());
    CHECK_FALSE(fixture.wizard->button(QWizard::NextButton)->isVisible());
    CHECK_FALSE(fixture.wizard->button(QWizard::CancelButton)->isVisible());
    CHECK_FALSE(summary.contains(QStringLiteral("Needs your attention")));
    CHECK_FALSE(summary.contains(accountKey));
    keepShot(fixture, QStringLiteral("summary"));

    // The copies themselves: each file parses back to the same key and ID.
    const QString fileName = QStringLiteral("BitLocker Recovery Key %1.TXT").arg(accountKeyId);
    checkKeyFile(stick + QLatin1Char('/') + fileName);
    checkKeyFile(folder + QLatin1Char('/') + fileName);
    checkKeyFile(apache.davFolder() + QStringLiteral("/Keyhaven/") + fileName);
    CHECK(QFileInfo::exists(apache.davFolder() + QStringLiteral("/Keyhaven/recovery sheet.pdf")));
    // The PDF's QR code holds the key.
    const std::vector<SecureBytes> codes = qrCodesOfPdf(pdf, fixture.scratch);
    REQUIRE(codes.size() == 1);
    CHECK(codes.front().view().find(accountKey.toStdString()) != std::string_view::npos);
    CHECK(codes.front().view().find(accountKeyId.toStdString()) != std::string_view::npos);

    // The ledger knows all four copies, without the key.
    const QList<LedgerEntry> entries = Ledger(fixture.ledgerPath()).entries();
    QStringList recorded;
    for (const LedgerEntry& entry : entries) {
        recorded.append(entry.target);
        CHECK(entry.keyId == accountKeyId);
    }
    recorded.sort();
    CHECK(recorded
          == QStringList { QStringLiteral("account"), QStringLiteral("sheet"), QStringLiteral("text"),
                           QStringLiteral("usb") });
    QFile ledgerFile(fixture.ledgerPath());
    REQUIRE(ledgerFile.open(QIODevice::ReadOnly));
    CHECK_FALSE(ledgerFile.readAll().contains(accountKey.toUtf8()));

    // Finish wipes the key.
    fixture.wizard->button(QWizard::FinishButton)->click();
    CHECK_FALSE(fixture.session->key.has_value());
    CHECK(fixture.session->results.isEmpty());
}

TEST_CASE("Targets: without a stick the USB choice says to insert one and a stick plugged in enables it",
          "[wizard][targets]")
{
    WizardFixture fixture;
    startAtTargets(fixture);
    auto* usb = fixture.find<QCheckBox>(QStringLiteral("usbCheckBox"));
    auto* usbReason = fixture.find<QLabel>(QStringLiteral("usbReasonLabel"));
    auto* account = fixture.find<QCheckBox>(QStringLiteral("accountCheckBox"));
    CHECK_FALSE(usb->isEnabled());
    CHECK_FALSE(usb->isChecked());
    CHECK(usbReason->text().contains(QStringLiteral("Insert a USB flash drive")));
    CHECK(usbReason->isVisible());
    // No account set up: still a choice, not chosen, and it says the account is set up on the next page.
    CHECK(account->isEnabled());
    CHECK_FALSE(account->isChecked());
    CHECK(fixture.find<QLabel>(QStringLiteral("accountReasonLabel"))
              ->text()
              .contains(QStringLiteral("You set up the account on the next page")));
    // Nothing chosen: Next stays off.
    CHECK(fixture.session->targets.isEmpty());
    CHECK_FALSE(fixture.wizard->button(QWizard::NextButton)->isEnabled());
    keepShot(fixture, QStringLiteral("targets-no-stick"));

    // A stick plugged in while the page is shown: enabled (and chosen) within the poll interval.
    const QString stick = fixture.scratch.file(QStringLiteral("media/STICK"));
    fixture.drives->plugIn(stick, QStringLiteral("STICK"));
    REQUIRE(waitUntil([&] { return usb->isEnabled(); }, 3000));
    CHECK(usb->isChecked());
    CHECK_FALSE(usbReason->text().contains(QStringLiteral("Insert")));
    CHECK(fixture.session->targets == QList<TargetKind> { TargetKind::Usb });
    // Only one place: a warning, not a block.
    CHECK(fixture.find<QWidget>(QStringLiteral("onePlaceWarningWidget"))->isVisible());
    CHECK(fixture.wizard->button(QWizard::NextButton)->isEnabled());
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    CHECK_FALSE(fixture.find<QWidget>(QStringLiteral("onePlaceWarningWidget"))->isVisible());

    // Pulled out again: disabled, not chosen, the reason is back.
    fixture.drives->pullOut(stick);
    REQUIRE(waitUntil([&] { return !usb->isEnabled(); }, 3000));
    CHECK_FALSE(usb->isChecked());
    CHECK(usbReason->text().contains(QStringLiteral("Insert a USB flash drive")));
    CHECK(fixture.session->targets == QList<TargetKind> { TargetKind::TextFile });

    // The USB page lists sticks as they come and go, too.
    fixture.drives->plugIn(stick, QStringLiteral("STICK"));
    REQUIRE(waitUntil([&] { return usb->isEnabled(); }, 3000));
    setChecked(usb, true);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::UsbPageId);
    auto* list = fixture.find<QListWidget>(QStringLiteral("usbDriveListWidget"));
    REQUIRE(list->count() == 1);
    const QString second = fixture.scratch.file(QStringLiteral("media/SECOND"));
    fixture.drives->plugIn(second, QStringLiteral("SECOND"));
    REQUIRE(waitUntil([&] { return list->count() == 2; }, 3000));
    CHECK(fixture.session->usbMountPoint == stick); // the choice stays
    fixture.drives->pullOut(stick);
    REQUIRE(waitUntil([&] { return list->count() == 1; }, 3000));
    CHECK(fixture.session->usbMountPoint == second); // the only stick left
}

TEST_CASE("Targets: a startup key (.BEK) cannot be saved as text or printed and the page says why",
          "[wizard][targets]")
{
    WizardFixture fixture;
    fixture.drives->plugIn(fixture.scratch.file(QStringLiteral("media/KEYS")), QStringLiteral("KEYS"));
    RecoveryKey key;
    key.kind = KeyKind::BitLockerExternalKey;
    key.id = KeyId::parse(accountKeyId);
    key.secret = SecureBytes(32);
    fixture.session->key = key;
    fixture.wizard->setStartId(BackupWizard::TargetsPageId);
    fixture.wizard->restart();
    for (const QString& name : { QStringLiteral("textFile"), QStringLiteral("sheet"), QStringLiteral("usb") }) {
        INFO(name.toStdString());
        CHECK_FALSE(fixture.find<QCheckBox>(name + QStringLiteral("CheckBox"))->isEnabled());
        CHECK(fixture.find<QLabel>(name + QStringLiteral("ReasonLabel"))->text().contains(QStringLiteral(".BEK")));
    }
    CHECK_FALSE(fixture.wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("Targets: an upload that fails is honestly shown as waiting and the other copies are saved",
          "[wizard][targets]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment(3000);
    CryptTestServer server(environment.scratch().path(), environment.certificate(), { .status = 500 });
    WizardFixture fixture;
    addWebDavAccount(fixture, QStringLiteral("broken"), server.url(), environment.certificate().certificate);
    const QString folder = fixture.scratch.file(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(folder));
    startAtTargets(fixture);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("accountCheckBox")), true);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TextFilePageId);
    qobject_cast<TextFilePage*>(fixture.wizard->currentPage())->setFolder(folder);
    fixture.next();
    waitForRun(fixture);

    const BackupResult* upload = resultOf(*fixture.session, QStringLiteral("account"));
    const BackupResult* text = resultOf(*fixture.session, QStringLiteral("text"));
    REQUIRE(upload);
    REQUIRE(text);
    INFO(upload->message.toStdString());
    CHECK(upload->status == BackupResult::Status::Pending);
    CHECK(text->status == BackupResult::Status::Saved);
    CHECK(fixture.find<QLabel>(QStringLiteral("accountResultLabel"))
              ->text()
              .startsWith(QStringLiteral("waiting to upload — Keyhaven will retry")));
    CHECK(fixture.find<QLabel>(QStringLiteral("textFileResultLabel"))
              ->text()
              .startsWith(QStringLiteral("saved and read back")));
    CHECK(fixture.find<QLabel>(QStringLiteral("runStatusLabel"))->text().contains(QStringLiteral("1 of 2")));
    keepShot(fixture, QStringLiteral("run-pending"));
    fixture.next();

    const QString summary = fixture.find<QTextBrowser>(QStringLiteral("summaryTextBrowser"))->toPlainText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("saved in 1 of 2 places")));
    CHECK(summary.contains(QStringLiteral("Needs your attention")));
    CHECK(summary.contains(QStringLiteral("waiting to upload — Keyhaven will retry")));
    CHECK(summary.contains(QStringLiteral("each time it starts")));
    CHECK_FALSE(summary.contains(QStringLiteral("keyhaven-cli")));
    CHECK(summary.contains(QStringLiteral("not checked against a drive")));
    CHECK(summary.indexOf(QStringLiteral("Your account “broken”"))
          < summary.indexOf(QStringLiteral("File: "))); // the trouble comes first
    CHECK(occurrences(summary, QStringLiteral("saved and read back")) == 1);
    keepShot(fixture, QStringLiteral("summary-pending"));
    checkKeyFile(folder + QStringLiteral("/BitLocker Recovery Key %1.TXT").arg(accountKeyId));

    // Only the copy that was read back is in the ledger.
    const QList<LedgerEntry> entries = Ledger(fixture.ledgerPath()).entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().target == QStringLiteral("text"));
}

TEST_CASE("Targets: Cancel while the key is being saved asks first and then stops and shows what was saved",
          "[wizard][targets]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment(60000);
    CryptTestServer server(environment.scratch().path(), environment.certificate(), { .silent = true });
    WizardFixture fixture;
    addWebDavAccount(fixture, QStringLiteral("slow"), server.url(), environment.certificate().certificate);
    const QString folder = fixture.scratch.file(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(folder));
    startAtTargets(fixture);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("textFileCheckBox")), true);
    fixture.next();
    fixture.next();
    qobject_cast<TextFilePage*>(fixture.wizard->currentPage())->setFolder(folder);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::RunPageId);
    auto* runPage = qobject_cast<RunPage*>(fixture.wizard->currentPage());
    REQUIRE(runPage);
    // The text file is saved; the upload hangs on a server that never answers.
    REQUIRE(waitUntil([&] { return fixture.session->results.isEmpty() && runPage->isRunning()
                                   && fixture.find<QProgressBar>(QStringLiteral("accountProgressBar"))->format()
                                          == QStringLiteral("%p%"); },
                      20000));
    CHECK_FALSE(runPage->isComplete());

    // Cancel: a question, and the wizard stays.
    fixture.wizard->button(QWizard::CancelButton)->click();
    QCoreApplication::processEvents();
    CHECK(fixture.wizard->isVisible());
    QMessageBox* question = runPage->stopQuestion();
    REQUIRE(question);
    CHECK(question->objectName() == QStringLiteral("stopRunMessageBox"));
    // "Keep saving" leaves it running.
    question->button(QMessageBox::No)->click();
    QCoreApplication::processEvents();
    CHECK(runPage->isRunning());
    CHECK(fixture.session->key.has_value());

    fixture.wizard->button(QWizard::CancelButton)->click();
    QCoreApplication::processEvents();
    question = runPage->stopQuestion();
    REQUIRE(question);
    question->button(QMessageBox::Yes)->click();
    REQUIRE(waitUntil([&] { return runPage->isComplete(); }, 20000));
    CHECK(fixture.wizard->isVisible());
    const BackupResult* upload = resultOf(*fixture.session, QStringLiteral("account"));
    const BackupResult* text = resultOf(*fixture.session, QStringLiteral("text"));
    REQUIRE(upload);
    REQUIRE(text);
    CHECK(text->status == BackupResult::Status::Saved);
    CHECK(upload->status == BackupResult::Status::Failed); // stopped by the user: not kept waiting either
    CHECK(fixture.find<QLabel>(QStringLiteral("runStatusLabel"))->text().contains(QStringLiteral("Stopped")));

    // Now Cancel closes the wizard, and the key is wiped.
    fixture.wizard->button(QWizard::CancelButton)->click();
    QCoreApplication::processEvents();
    CHECK_FALSE(fixture.wizard->isVisible());
    CHECK_FALSE(fixture.session->key.has_value());
}

TEST_CASE("Targets: the sheet preview is wiped when the page is left and when the session is wiped",
          "[wizard][targets]")
{
    WizardFixture fixture;
    startAtTargets(fixture);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("sheetCheckBox")), true);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::SheetPageId);
    auto* page = qobject_cast<SheetPage*>(fixture.wizard->currentPage());
    REQUIRE(page);
    CHECK(page->hasPreview());
    // English alongside renders again; the choice is kept.
    fixture.find<QCheckBox>(QStringLiteral("englishAlongsideCheckBox"))->click();
    CHECK(fixture.session->sheetEnglishAlongside);
    CHECK(page->hasPreview());
    // Printers: the radio button is only enabled when there is one.
    auto* print = fixture.find<QRadioButton>(QStringLiteral("printRadioButton"));
    auto* printers = fixture.find<QComboBox>(QStringLiteral("printerComboBox"));
    CHECK(print->isEnabled() == (printers->count() > 0));

    // An existing file is never replaced: Next stays off until another name is given.
    const QString taken = fixture.scratch.write(QStringLiteral("taken.pdf"), "not a sheet");
    page->setPdfPath(taken);
    CHECK_FALSE(page->isComplete());
    CHECK(fixture.find<QLabel>(QStringLiteral("pdfCheckLabel"))->text().contains(QStringLiteral("already there")));
    page->setPdfPath(fixture.scratch.file(QStringLiteral("free")));
    CHECK(page->isComplete());
    CHECK(fixture.session->sheetPdfPath == fixture.scratch.file(QStringLiteral("free.pdf")));

    fixture.wizard->back();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    CHECK_FALSE(page->hasPreview());
    fixture.next();
    CHECK(page->hasPreview());
    fixture.session->wipe();
    CHECK_FALSE(page->hasPreview());
    CHECK(fixture.find<QLineEdit>(QStringLiteral("sheetPdfLineEdit"))->text().isEmpty());
}
