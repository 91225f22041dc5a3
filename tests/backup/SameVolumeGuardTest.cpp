// SPDX-License-Identifier: GPL-3.0-or-later
// The same-volume guard with the path-to-volume mapping under the test's control.
#include "BackupTestKeys.h"

#include "backup/SameVolumeGuard.h"
#include "backup/TextFileTarget.h"
#include "platform/PathLocator.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

PathLocation onDevice(PathLocation::Encryption encryption, bool removable, const QString& encryptedDevice = {})
{
    PathLocation location;
    location.mountPoint = QStringLiteral("/mnt/x");
    location.deviceName = QStringLiteral("dm-1");
    location.encryption = encryption;
    location.removable = removable;
    location.encryptedDevice = encryptedDevice;
    return location;
}

#if defined(Q_OS_UNIX)
SameVolumeGuard guardWith(const QString& folder, const PathLocation& location)
{
    auto locator = std::make_shared<FixedPathLocator>();
    locator->add(folder, location);
    return SameVolumeGuard(locator);
}
#endif

} // namespace

// These folders are Linux paths on Linux devices; the Windows guard's cases (drive letters, mount points, PowerShell's
// answers) are in tests/platform/WindowsPathLocatorTest.cpp.
#if defined(Q_OS_UNIX)
TEST_CASE("guard refuses the BitLocker volume the key unlocks, read from its real metadata",
          "[backup][guard][testdata]")
{
    // The folder is said to be on bitlk-aes-xts-128 opened through dm-crypt; the guard reads its protectors.
    const auto guard = guardWith(
        QStringLiteral("/mnt/windows"),
        onDevice(PathLocation::Encryption::BitLocker, false, bitlockerImage(QStringLiteral("bitlk-aes-xts-128"))));
    const auto own = guard.check(QStringLiteral("/mnt/windows/Users/me"), bitLockerKey(xts128Password, xts128Id));
    CHECK(own.level == SameVolumeGuard::Verdict::Level::Refuse);
    CHECK(own.reason.contains(QStringLiteral("this key unlocks")));
    CHECK_FALSE(own.reason.contains(xts128Password));

    const auto other = guard.check(QStringLiteral("/mnt/windows"), bitLockerKey(xts256Password, xts256Id));
    CHECK(other.level == SameVolumeGuard::Verdict::Level::Refuse);
    CHECK(other.reason.contains(QStringLiteral("itself encrypted (BitLocker)")));
}

TEST_CASE("guard refuses LUKS, warns on an internal disk, allows a stick", "[backup][guard]")
{
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    CHECK(guardWith(QStringLiteral("/home"), onDevice(PathLocation::Encryption::Luks, false))
              .check(QStringLiteral("/home/me"), key)
              .reason.contains(QStringLiteral("LUKS")));
    const auto internal = guardWith(QStringLiteral("/"), onDevice(PathLocation::Encryption::None, false))
                              .check(QStringLiteral("/srv"), key);
    CHECK(internal.level == SameVolumeGuard::Verdict::Level::Warn);
    CHECK(internal.reason.contains(QStringLiteral("inside this computer")));
    CHECK(guardWith(QStringLiteral("/media/s"), onDevice(PathLocation::Encryption::None, true))
              .check(QStringLiteral("/media/s"), key)
              .level
          == SameVolumeGuard::Verdict::Level::Allow);
}

TEST_CASE("guard never allows blindly: a path it cannot locate, or one on no disk it can see, is a warning",
          "[backup][guard]")
{
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    // The locator knows nothing of /elsewhere (as on a system without a locator).
    const auto unknown = guardWith(QStringLiteral("/x"), onDevice(PathLocation::Encryption::None, true))
                             .check(QStringLiteral("/elsewhere"), key);
    CHECK(unknown.level == SameVolumeGuard::Verdict::Level::Warn);
    CHECK(unknown.reason.contains(QStringLiteral("could not tell which drive")));
    CHECK(unknown.reason.contains(QStringLiteral("/elsewhere")));

    PathLocation network;
    network.mountPoint = QStringLiteral("/net");
    network.fsType = QStringLiteral("nfs4");
    const auto remote = guardWith(QStringLiteral("/net"), network).check(QStringLiteral("/net/keys"), key);
    CHECK(remote.level == SameVolumeGuard::Verdict::Level::Warn);
    CHECK(remote.reason.contains(QStringLiteral("nfs4")));
}

TEST_CASE("guard: a BitLocker volume opened with dislocker (a loop device over its FUSE file) is refused",
          "[backup][guard]")
{
    // A recorded system: dislocker-fuse exposes the decrypted volume as a file, loop-mounted as NTFS.
    ScratchDir dir;
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    REQUIRE(QDir().mkpath(root + QStringLiteral("/dislocker")));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/windows/Users")));
    dir.write(QStringLiteral("dislocker/dislocker-file"), "volume");
    dir.write(QStringLiteral("mountinfo"),
              "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
              "60 27 0:61 / " + root.toUtf8() + "/dislocker rw,nosuid,nodev - fuse.dislocker-fuse dislocker-fuse rw\n"
              "61 27 7:0 / " + root.toUtf8() + "/windows rw,relatime - ntfs3 /dev/loop0 rw\n");
    const QString loop = root + QStringLiteral("/sys/devices/virtual/block/loop0");
    REQUIRE(QDir().mkpath(loop + QStringLiteral("/loop")));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/sys/dev/block")));
    REQUIRE(QFile::link(loop, root + QStringLiteral("/sys/dev/block/7:0")));
    dir.write(QStringLiteral("sys/devices/virtual/block/loop0/loop/backing_file"),
              root.toUtf8() + "/dislocker/dislocker-file\n");
    dir.write(QStringLiteral("sys/devices/virtual/block/loop0/removable"), "0\n");
    auto locator = std::make_shared<LinuxPathLocator>(root + QStringLiteral("/mountinfo"), root + QStringLiteral("/sys"),
                                                      root + QStringLiteral("/dev"));
    const std::optional<PathLocation> location = locator->locate(root + QStringLiteral("/windows/Users"));
    REQUIRE(location);
    CHECK(location->deviceName == QStringLiteral("loop0"));
    CHECK(location->encryption == PathLocation::Encryption::BitLocker);
    const auto verdict
        = SameVolumeGuard(locator).check(root + QStringLiteral("/windows/Users"), bitLockerKey(xts128Password, xts128Id));
    CHECK(verdict.level == SameVolumeGuard::Verdict::Level::Refuse);
    CHECK(verdict.reason.contains(QStringLiteral("BitLocker")));
}

TEST_CASE("guard with the recorded laptop: the BitLocker mapping is recognised by its dm UUID", "[backup][guard]")
{
    const QString data = QStringLiteral(KEYHAVEN_BACKUP_PLATFORM_DATA) + QStringLiteral("/linux-usb-stick");
    auto locator = std::make_shared<LinuxPathLocator>(data + QStringLiteral("/mountinfo"),
                                                      data + QStringLiteral("/sys"), data + QStringLiteral("/dev"));
    const SameVolumeGuard guard(locator);
    RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    key.volumeGuid = KeyId::parse(xts128Volume);
    // /mnt/windows does not exist here: the locator goes by the nearest existing folder, which is "/" —
    // so the recorded laptop's own paths are checked through describeDevice directly.
    PathLocation windows;
    locator->describeDevice(QStringLiteral("254:1"), windows);
    CHECK(windows.encryption == PathLocation::Encryption::BitLocker);
    auto fixed = std::make_shared<FixedPathLocator>();
    fixed->add(QStringLiteral("/mnt/windows"), windows);
    const auto verdict = SameVolumeGuard(fixed).check(QStringLiteral("/mnt/windows"), key);
    CHECK(verdict.level == SameVolumeGuard::Verdict::Level::Refuse);
    CHECK(verdict.reason.contains(QStringLiteral("this key unlocks")));
}
#endif

TEST_CASE("text target refused by the guard writes nothing", "[backup][guard][testdata]")
{
    ScratchDir dir;
    auto locator = std::make_shared<FixedPathLocator>();
    locator->add(
        dir.path(),
        onDevice(PathLocation::Encryption::BitLocker, false, bitlockerImage(QStringLiteral("bitlk-aes-xts-128"))));
    TextFileTarget target(dir.path(), locator);
    const BackupResult result = runToCompletion(target, bitLockerKey(xts128Password, xts128Id));
    CHECK(result.status == BackupResult::Status::Refused);
    CHECK(result.message.contains(QStringLiteral("this key unlocks")));
    CHECK(QDir(dir.path()).isEmpty());
}
