// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/SheetTarget.h"

#include "platform/PathLocator.h"

#include "SheetTestSupport.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

// Says every path is on a plain, removable drive: the guard allows it without a warning.
std::shared_ptr<const PathLocator> stickLocator(const QString& folder)
{
    auto locator = std::make_shared<FixedPathLocator>();
    PathLocation stick;
    stick.mountPoint = folder;
    stick.deviceName = QStringLiteral("sdb1");
    stick.removable = true;
    locator->add(folder, stick);
    return locator;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The sheet target saves a checked PDF and reads it back", "[backup][sheet-target]")
{
    const ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("BitLocker recovery sheet.pdf"));
    SheetTarget target(path, {}, stickLocator(scratch.path()));
    const RecoveryKey key = sheetBitLockerKey();
    const BackupResult result = runToCompletion(target, key);
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(result.target == QStringLiteral("sheet"));
    CHECK(result.location == path);
    // The QR check, the flush, the read-back and the owner-only permissions.
    const QString checks = result.checks.join(QLatin1Char(' '));
    CHECK(checks.contains(QStringLiteral("QR code")));
    CHECK(checks.contains(QStringLiteral("flushed to the drive")));
    CHECK(checks.contains(QStringLiteral("read back byte for byte")));
    CHECK_FALSE(result.message.contains(QStringLiteral("235818")));
    CHECK(result.sha256 == QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256));
#if defined(Q_OS_UNIX)
    CHECK(result.checks.size() == 4);
    CHECK(checks.contains(QStringLiteral("only your user account")));
    CHECK(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    CHECK_FALSE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    CHECK(zbarDecodePdf(path, scratch) == expectedQrText(key));
#else
    // On Windows' own NTFS the access list is this user's alone. Wine keeps Unix modes, and reads back an access
    // list with more entries; where it does not describe a volume, who may read is not known. Whichever it is,
    // it is said, never left out.
    const QString advice = result.advice.join(QLatin1Char(' '));
    CHECK((checks.contains(QStringLiteral("only your user account"))
           || advice.contains(QStringLiteral("was not checked"))
           || advice.contains(QStringLiteral("may be able to read"))));
#endif
}

TEST_CASE("The sheet target never replaces an existing file", "[backup][sheet-target]")
{
    const ScratchDir scratch;
    const QString path = scratch.write(QStringLiteral("sheet.pdf"), "someone else's file");
    SheetTarget target(path, {}, stickLocator(scratch.path()));
    const BackupResult result = runToCompletion(target, sheetFileVaultKey());
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(path) == "someone else's file");
}

TEST_CASE("A damaged sheet is reported as failed and nothing is written", "[backup][sheet-target]")
{
    const ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("damaged.pdf"));
    RecoverySheet::Options options;
    options.afterPaint = [](QPainter& painter, const QRectF& qr) {
        painter.fillRect(QRectF(qr.center(), qr.size() / 2), Qt::white);
    };
    SheetTarget target(path, options, stickLocator(scratch.path()));
    const BackupResult result = runToCompletion(target, sheetBitLockerKey());
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK_FALSE(result.succeeded());
    CHECK(result.message.contains(QStringLiteral("failed its own check")));
    CHECK(result.checks.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A PDF that fails its read-back is removed, and a retry can save it", "[backup][sheet-target]")
{
    const ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("sheet.pdf"));
    SheetTarget target(path, {}, stickLocator(scratch.path()));
    // The drive hands back other bytes than were written (a failing stick, a bad cable).
    target.setBeforeReadBack([path] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("damaged by the drive");
    });
    const BackupResult result = runToCompletion(target, sheetBitLockerKey());
    INFO(result.message.toStdString());
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("was removed")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(scratch.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());

    SheetTarget retry(path, {}, stickLocator(scratch.path()));
    CHECK(runToCompletion(retry, sheetBitLockerKey()).status == BackupResult::Status::Saved);
}

TEST_CASE("The sheet target refuses a PDF on the encrypted drive the key unlocks", "[backup][sheet-target]")
{
    const ScratchDir scratch;
    RecoveryKey key = sheetBitLockerKey();
    key.volumeGuid = KeyId::parse(u"0E2F6A41-9B6C-4C0D-8A1E-5F3B2C7D9E10");
    auto locator = std::make_shared<FixedPathLocator>();
    PathLocation drive;
    drive.mountPoint = scratch.path();
    drive.deviceName = QStringLiteral("dm-0");
    drive.encryption = PathLocation::Encryption::BitLocker;
    drive.cryptUuid = QStringLiteral("CRYPT-BITLK-") + key.volumeGuid->hexDigits();
    locator->add(scratch.path(), drive);

    const QString path = scratch.file(QStringLiteral("sheet.pdf"));
    SheetTarget target(path, {}, locator);
    const BackupResult result = runToCompletion(target, key);
    CHECK(result.status == BackupResult::Status::Refused);
    CHECK(result.message.contains(QStringLiteral("encrypted drive that this key unlocks")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("An external key cannot go on a sheet", "[backup][sheet-target]")
{
    const ScratchDir scratch;
    RecoveryKey key = sheetBitLockerKey();
    key.kind = KeyKind::BitLockerExternalKey;
    key.secret = SecureBytes(std::string(32, '\x5a').data(), 32);
    const QString path = scratch.file(QStringLiteral("bek.pdf"));
    SheetTarget target(path, {}, stickLocator(scratch.path()));
    const BackupResult result = runToCompletion(target, key);
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK_FALSE(QFileInfo::exists(path));
}
