// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the wizard, as a user does it: a typed key, "Print it" on the sheet page with the printer
// chosen in the list, Save the key. The printer is a real cups-pdf queue on a cupsd of the test's own
// (../backup/PrivateCups.cpp); the page that comes out of it must carry a QR code with exactly the key.
#include "KeyTyping.h"
#include "SheetPage.h"
#include "SheetTestSupport.h"
#include "WizardTestSupport.h"

#include "backup/Ledger.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTextBrowser>

#include <cups/cups.h>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString fileVaultKey = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");

// Points libcups in this process (the sheet page's printer list and the print job) at `server` through
// CUPS_SERVER, as a user's environment would, and back to what it was when it goes.
class CupsServerEnvironment
{
public:
    explicit CupsServerEnvironment(const QString& server)
        : m_wasSet(qEnvironmentVariableIsSet("CUPS_SERVER"))
        , m_saved(qgetenv("CUPS_SERVER"))
    {
        qputenv("CUPS_SERVER", server.toLocal8Bit());
        cupsSetServer(nullptr); // libcups keeps the server it looked up first; now it reads CUPS_SERVER again
    }
    ~CupsServerEnvironment()
    {
        if (m_wasSet)
            qputenv("CUPS_SERVER", m_saved);
        else
            qunsetenv("CUPS_SERVER");
        cupsSetServer(nullptr);
    }
    CupsServerEnvironment(const CupsServerEnvironment&) = delete;
    CupsServerEnvironment& operator=(const CupsServerEnvironment&) = delete;

private:
    bool m_wasSet;
    QByteArray m_saved;
};

// Welcome → source: "Type a key", a FileVault key → the key page, typed twice → the targets page.
void typeFileVaultKey(WizardFixture& fixture)
{
    fixture.find<QRadioButton>(QStringLiteral("backupRadioButton"))->click();
    openSourcePage(fixture);
    fixture.find<QRadioButton>(QStringLiteral("typeKeyRadioButton"))->click();
    auto* kind = fixture.find<QComboBox>(QStringLiteral("keyKindComboBox"));
    const int fileVault = kind->findData(static_cast<int>(KeyKind::FileVaultPersonalRecoveryKey));
    REQUIRE(fileVault >= 0);
    kind->setCurrentIndex(fileVault);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
    typeKey(fixture, fileVaultKey, fileVaultKey);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
    // The key names no Mac: the targets page asks which one (the sheet shows it).
    typeKeys(fixture.find<QLineEdit>(QStringLiteral("macNameLineEdit")), QStringLiteral("Ingrid's MacBook"));
}

} // namespace

TEST_CASE("A typed key printed from the sheet page on a real CUPS queue: the printed page carries exactly the key",
          "[wizard][flow][print][cups]")
{
    WizardFixture fixture; // a typed key: no drive to check it against
    const PrivateCups cups(fixture.scratch);
    const CupsServerEnvironment environment(cups.server());

    // Up to the targets: only the printed sheet.
    typeFileVaultKey(fixture);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("sheetCheckBox")), true);
    CHECK(fixture.session->targets == QList<TargetKind> { TargetKind::Sheet });
    fixture.next();

    // The sheet page: "Print it", on the private queue chosen in the list of the server's printers.
    REQUIRE(fixture.currentId() == BackupWizard::SheetPageId);
    auto* print = fixture.find<QRadioButton>(QStringLiteral("printRadioButton"));
    auto* printers = fixture.find<QComboBox>(QStringLiteral("printerComboBox"));
    INFO("printers offered: " << printers->count() << cups.log().toStdString());
    REQUIRE(print->isEnabled());
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("noPrinterLabel"))->isVisible());
    fixture.find<QRadioButton>(QStringLiteral("savePdfRadioButton"))->click();
    print->click();
    REQUIRE(print->isChecked());
    const int queue = printers->findData(cups.queue());
    REQUIRE(queue >= 0);
    printers->setCurrentIndex(queue);
    CHECK(printers->isEnabled());
    CHECK(fixture.session->sheetPrint);
    CHECK(fixture.session->printQueue == cups.queue());
    CHECK(fixture.wizard->button(QWizard::NextButton)->text().contains(QStringLiteral("Save the key")));
    fixture.next();

    // The run page: the queue took the page and reported the job completed.
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 1);
    const BackupResult result = fixture.session->results.first();
    INFO(result.message.toStdString() << cups.log().toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(result.target == QStringLiteral("print"));
    CHECK(result.location == cups.queue());
    CHECK(result.checks.contains(QStringLiteral("the print queue reported the job completed")));
    const QString printerText = QStringLiteral("Printed recovery sheet: printer ") + cups.queue();
    CHECK(fixture.find<QLabel>(QStringLiteral("sheetTitleLabel"))->text() == printerText);
    // Paper cannot be read back, and the page does not claim it was.
    const QString runStatus = fixture.find<QLabel>(QStringLiteral("runStatusLabel"))->text();
    CHECK(runStatus.contains(QStringLiteral("printer reported")));
    CHECK_FALSE(runStatus.contains(QStringLiteral("every copy is saved and was read back")));
    fixture.next();

    // The summary names the printer, never the key; the ledger knows the printed copy.
    REQUIRE(fixture.currentId() == BackupWizard::SummaryPageId);
    const QString summary = fixture.find<QTextBrowser>(QStringLiteral("summaryTextBrowser"))->toPlainText();
    INFO(summary.toStdString());
    CHECK(summary.contains(printerText));
    CHECK(summary.contains(QStringLiteral("Your recovery key was printed. Check that the page came out whole")));
    CHECK(summary.contains(QStringLiteral("printed: the printer reported the page done")));
    CHECK_FALSE(summary.contains(QStringLiteral("read back")));
    CHECK_FALSE(summary.contains(QStringLiteral("Needs your attention")));
    CHECK_FALSE(summary.contains(fileVaultKey));
    const QList<LedgerEntry> entries = Ledger(fixture.ledgerPath()).entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().target == QStringLiteral("print"));

    // The page cups-pdf printed: its QR code holds exactly the key, read with the core's decoder.
    const QString printed = cups.waitForOutput(30);
    REQUIRE_FALSE(printed.isEmpty());
    const std::vector<SecureBytes> codes = qrCodesOfPdf(printed, fixture.scratch);
    REQUIRE(codes.size() == 1);
    const QString expected = QStringLiteral("FileVault personal recovery key\nKey: ") + fileVaultKey;
    CHECK(codes.front() == SecureBytes::fromUtf8(expected));
}
