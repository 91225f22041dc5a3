// SPDX-License-Identifier: GPL-3.0-or-later
// The USB target on a real FAT file system: an image mounted through FUSE (fusefat), checked afterwards
// from outside the mount with mtools.
#include "BackupTestKeys.h"
#include "MountHelpers.h"

#include "backup/TextFileTarget.h"
#include "formats/KeyFile.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace keyhaven;
using namespace keyhaven::test;

TEST_CASE("usb target saves to the root of a FAT stick, and the file is right on the FAT image", "[backup][usb][mount]")
{
    ScratchDir dir;
    const QString mountPoint = dir.file(QStringLiteral("KEYS"));
    FatImage fat(dir.file(QStringLiteral("stick.img")), mountPoint, QStringLiteral("KEYS"));
    REQUIRE_MOUNTED(fat);
    INFO("mounted with " << fat.how().toStdString());

    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    UsbTarget target(mountPoint);
    const BackupResult result = runToCompletion(target, key);
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(result.target == QStringLiteral("usb"));
    CHECK(QFileInfo(result.location).absolutePath() == QFileInfo(mountPoint).canonicalFilePath());
    CHECK(result.advice.join(QLatin1Char(' ')).contains(QStringLiteral("away from the computer")));
    // FAT has no permissions: the result must not claim owner-only, and must say so.
    CHECK_FALSE(result.checks.join(QLatin1Char(' ')).contains(QStringLiteral("only your user account")));
    CHECK(result.advice.join(QLatin1Char(' ')).contains(QStringLiteral("no file permissions")));
    QFile written(result.location);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    written.close();

    // Same key again: already there.
    UsbTarget again(mountPoint);
    CHECK(runToCompletion(again, key).status == BackupResult::Status::AlreadySaved);

    // Off the mount, read the FAT image itself with mtools: the file is there with the same bytes.
    REQUIRE(fat.unmount());
    REQUIRE(haveProgram(QStringLiteral("mcopy")));
    const QString copy = dir.file(QStringLiteral("copy.txt"));
    const auto mcopy = run(QStringLiteral("mcopy"),
                           { QStringLiteral("-n"), QStringLiteral("-i"), dir.file(QStringLiteral("stick.img")),
                             QStringLiteral("::/") + QFileInfo(result.location).fileName(), copy });
    INFO(mcopy.errText().toStdString());
    REQUIRE(mcopy.exitCode == 0);
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == bytes);
    const KeyFileContents back = KeyFile::read(copy);
    REQUIRE(back.keys.size() == 1);
    CHECK(back.keys.first().secret == key.secret);
}

TEST_CASE("usb target wants the stick's mount point, not a folder inside it", "[backup][usb]")
{
    ScratchDir dir;
    const QString sub = dir.file(QStringLiteral("folder"));
    QDir().mkpath(sub);
    UsbTarget target(sub);
    const BackupResult result = runToCompletion(target, bitLockerKey(xts128Password, xts128Id));
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("not where a drive is mounted")));
    CHECK(QDir(sub).isEmpty());
}
