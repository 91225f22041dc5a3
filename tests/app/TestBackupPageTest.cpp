// SPDX-License-Identifier: GPL-3.0-or-later
// "Test a backup" and "Check all copies": real key files and a photo of a real sheet, proven against a real image
// found as one of the computer's drives.
#include "TestBackupPage.h"
#include "BackupTestKeys.h"
#include "CopyCheckPanel.h"
#include "WelcomePage.h"
#include "WizardTestSupport.h"

#include "backup/Ledger.h"
#include "backup/RecoverySheet.h"
#include "formats/RecoveryTextFileWriter.h"
#include "support/catch.h"
#include "volumes/MetadataImage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTransform>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QString writeTextFile(const ScratchDir& scratch, const RecoveryKey& key)
{
    const SecureBytes bytes = recoveryTextFileBytes(key);
    return scratch.write(recoveryTextFileName(key),
                         QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
}

// The sheet as a phone would see it: drawn at 150 dpi, turned by 7°, shrunk to 900 pixels wide, JPEG quality 50.
QString writePhoto(const ScratchDir& scratch, const RecoveryKey& key)
{
    QImage page = RecoverySheet(key).toImage(150);
    QImage photo = page.convertToFormat(QImage::Format_RGB32)
                       .transformed(QTransform().rotate(7), Qt::SmoothTransformation)
                       .scaledToWidth(900, Qt::SmoothTransformation);
    const QString path = scratch.file(QStringLiteral("photo of the sheet.jpg"));
    REQUIRE(photo.save(path, "JPEG", 50));
    return path;
}

TestBackupPage* openTestPage(WizardFixture& fixture)
{
    fixture.find<QRadioButton>(QStringLiteral("testRadioButton"))->click();
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::TestBackupPageId);
    return fixture.find<TestBackupPage>(QStringLiteral("testBackupPage"));
}

BackupTestAnswer answerOf(TestBackupPage* page, const std::function<void()>& test)
{
    bool done = false;
    const QMetaObject::Connection connection = QObject::connect(page, &TestBackupPage::tested, [&] { done = true; });
    test();
    REQUIRE(waitUntil([&] { return done; }, 60000));
    QObject::disconnect(connection);
    return page->answer();
}

LedgerEntry entryFor(const QString& location, const QString& target, const QString& volumeGuid = xts128Volume)
{
    LedgerEntry entry;
    entry.keyId = xts128Id;
    entry.kind = QStringLiteral("bitlocker-recovery-password");
    entry.volumeGuid = KeyId::parse(volumeGuid);
    entry.target = target;
    entry.location = location;
    entry.time = QDateTime::currentDateTimeUtc();
    return entry;
}

} // namespace

TEST_CASE("Test a backup: a text file and a photo of the sheet open the drive found on the computer",
          "[wizard][test-backup]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    TestBackupPage* page = openTestPage(fixture);
    auto* label = fixture.find<QLabel>(QStringLiteral("testAnswerLabel"));

    const BackupTestAnswer text = answerOf(page, [&] { page->testFile(writeTextFile(fixture.scratch, key)); });
    INFO(text.sentence.toStdString());
    CHECK(text.verdict == BackupTestAnswer::Verdict::Works);
    CHECK(text.sentence.startsWith(QStringLiteral("This copy works")));
    CHECK(text.sentence.contains(image.path()));
    CHECK(text.sentence.contains(xts128Id));
    CHECK(label->text() == text.sentence);
    CHECK_FALSE(label->text().contains(xts128Password));

    const BackupTestAnswer photo = answerOf(page, [&] { page->testFile(writePhoto(fixture.scratch, key)); });
    INFO(photo.sentence.toStdString());
    CHECK(photo.verdict == BackupTestAnswer::Verdict::Works);
    CHECK(photo.sentence.contains(image.path()));

    // A stick with the key file at its top.
    const QString stick = fixture.scratch.file(QStringLiteral("KEYS"));
    REQUIRE(QDir().mkpath(stick));
    REQUIRE(QFile::copy(fixture.scratch.file(recoveryTextFileName(key)),
                        stick + QLatin1Char('/') + recoveryTextFileName(key)));
    fixture.drives->plugIn(stick, QStringLiteral("KEYS"));
    page->initializePage();
    const BackupTestAnswer onStick = answerOf(page, [&] { page->testStick(0); });
    CHECK(onStick.verdict == BackupTestAnswer::Verdict::Works);

    // Without the drive: read, but not proven.
    const BackupTestAnswer other = answerOf(
        page, [&] { page->testFile(writeTextFile(fixture.scratch, bitLockerKey(xts256Password, xts256Id))); });
    CHECK(other.verdict == BackupTestAnswer::Verdict::NotProven);
    CHECK(other.sentence.contains(QStringLiteral("no drive with that key is connected")));
}

TEST_CASE("Test a backup: a copy whose key the drive no longer has gets the plain answer", "[wizard][test-backup]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    ScratchDir volumes;
    // The drive found on the computer is the same volume after its recovery key was replaced.
    const QString rekeyed
        = copyWithProtectorIdReplaced(image.path(), volumes.file(QStringLiteral("rekeyed.img")), xts128Id,
                                      QStringLiteral("0BADC0DE-1111-4222-8333-444455556666"));
    WizardFixture fixture({ rekeyed });
    const QString file = writeTextFile(fixture.scratch, bitLockerKey(xts128Password, xts128Id));
    QString error;
    REQUIRE(Ledger(fixture.ledgerPath()).record(entryFor(file, QStringLiteral("text")), &error));
    TestBackupPage* page = openTestPage(fixture);

    const BackupTestAnswer chosenFile = answerOf(page, [&] { page->testFile(file); });
    INFO(chosenFile.sentence.toStdString());
    CHECK(chosenFile.verdict == BackupTestAnswer::Verdict::WillNotOpen);
    CHECK(chosenFile.sentence.startsWith(QStringLiteral("This copy will not open")));
    CHECK(chosenFile.sentence.contains(QStringLiteral("destroy this copy")));

    auto* copies = fixture.find<QComboBox>(QStringLiteral("ledgerCopyComboBox"));
    REQUIRE(copies->count() == 1);
    CHECK(copies->itemText(0).contains(file));
    const BackupTestAnswer ledgerCopy = answerOf(page, [&] { page->testLedgerCopy(0); });
    INFO(ledgerCopy.sentence.toStdString());
    CHECK(ledgerCopy.verdict == BackupTestAnswer::Verdict::WillNotOpen);
    CHECK(ledgerCopy.sentence.contains(QStringLiteral("no longer has key ID %1").arg(xts128Id)));
}

TEST_CASE("Test a backup: a picture without the sheet's QR code is answered plainly", "[wizard][test-backup]")
{
    WizardFixture fixture;
    TestBackupPage* page = openTestPage(fixture);
    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::darkCyan);
    const QString path = fixture.scratch.file(QStringLiteral("holiday.png"));
    REQUIRE(blank.save(path));
    const BackupTestAnswer answer = answerOf(page, [&] { page->testFile(path); });
    CHECK(answer.verdict == BackupTestAnswer::Verdict::Unreadable);
    CHECK(answer.sentence.contains(QStringLiteral("No QR code was found in the picture")));
}

TEST_CASE("Welcome: Check all copies reads every copy with progress, and names the ones that need attention",
          "[wizard][welcome][check]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    const QString file = writeTextFile(fixture.scratch, bitLockerKey(xts128Password, xts128Id));
    QFile saved(file);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    LedgerEntry present = entryFor(file, QStringLiteral("text"));
    present.sha256 = QCryptographicHash::hash(saved.readAll(), QCryptographicHash::Sha256);
    const QString gone = fixture.scratch.file(QStringLiteral("gone/BitLocker Recovery Key.TXT"));
    QString error;
    REQUIRE(Ledger(fixture.ledgerPath()).record(present, &error));
    REQUIRE(Ledger(fixture.ledgerPath()).record(entryFor(gone, QStringLiteral("text")), &error));

    auto* panel = fixture.find<CopyCheckPanel>(QStringLiteral("copyCheckFrame"));
    REQUIRE(waitUntil([&] { return panel->isVisible(); }));
    auto* progress = fixture.find<QProgressBar>(QStringLiteral("copyCheckProgressBar"));
    int highest = -1;
    QObject::connect(progress, &QProgressBar::valueChanged, [&](int value) { highest = std::max(highest, value); });
    bool finished = false;
    QObject::connect(panel, &CopyCheckPanel::checkFinished, [&] { finished = true; });
    fixture.find<QPushButton>(QStringLiteral("checkAllCopiesPushButton"))->click();
    CHECK(progress->isVisible());
    REQUIRE(waitUntil([&] { return finished; }, 60000));
    CHECK(highest == 2);
    CHECK(progress->isHidden());
    REQUIRE(panel->results().size() == 2);
    CHECK(panel->results()[0].status == CopyCheck::Status::Ok);
    CHECK(panel->results()[0].openedDrive.contains(image.path()));
    CHECK(panel->results()[1].status == CopyCheck::Status::Missing);
    const QString text = fixture.find<QLabel>(QStringLiteral("copyCheckResultLabel"))->text();
    // (The tests install no English plural forms: "copy/copies" is the source's.)
    CHECK(text.startsWith(QStringLiteral("1 of 2 cop")));
    CHECK(text.contains(QStringLiteral("need attention")));
    CHECK(text.contains(gone));
    CHECK_FALSE(text.contains(file + QLatin1Char(':')));
}
