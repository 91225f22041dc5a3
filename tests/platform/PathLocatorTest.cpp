// SPDX-License-Identifier: GPL-3.0-or-later
// Where a path lives, from a recorded mountinfo and sysfs tree (data/linux-usb-stick) and from this machine.
#include "FakeTools.h"

#include "platform/PathLocator.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

LinuxPathLocator recordedLaptop()
{
    const QString data = platformDataPath(QStringLiteral("linux-usb-stick"));
    return LinuxPathLocator(data + QStringLiteral("/mountinfo"), data + QStringLiteral("/sys"),
                            data + QStringLiteral("/dev"));
}

} // namespace

TEST_CASE("path locator reads mountinfo, escapes included", "[platform][locator]")
{
    const LinuxPathLocator locator = recordedLaptop();
    const auto mounts = locator.mounts();
    REQUIRE(mounts.size() == 5);
    CHECK(mounts[4].mountPoint == QStringLiteral("/media/alice/KEYS STICK"));
    CHECK(mounts[4].fsType == QStringLiteral("vfat"));
    CHECK(mounts[4].source == QStringLiteral("/dev/sdb1"));
    CHECK(locator.mountFor(QStringLiteral("/media/alice/KEYS STICK/sub"))->majorMinor == QStringLiteral("8:17"));
    CHECK(locator.mountFor(QStringLiteral("/media/alice/KEYS STICKY"))->mountPoint == QStringLiteral("/"));
    CHECK(locator.mountFor(QStringLiteral("/home/alice"))->mountPoint == QStringLiteral("/home"));
}

// sysfs and this machine's mountinfo: Linux.
#if defined(Q_OS_LINUX)
TEST_CASE("path locator follows sysfs to the disk: USB stick, internal disk, LUKS, BitLocker", "[platform][locator]")
{
    const LinuxPathLocator locator = recordedLaptop();
    PathLocation stick;
    locator.describeDevice(QStringLiteral("8:17"), stick);
    CHECK(stick.deviceName == QStringLiteral("sdb1"));
    CHECK(stick.wholeDisk == QStringLiteral("sdb"));
    CHECK(stick.removable);
    CHECK_FALSE(stick.isEncrypted());

    PathLocation root;
    locator.describeDevice(QStringLiteral("259:2"), root);
    CHECK(root.wholeDisk == QStringLiteral("nvme0n1"));
    CHECK_FALSE(root.removable);
    CHECK_FALSE(root.isEncrypted());

    PathLocation home;
    locator.describeDevice(QStringLiteral("254:0"), home);
    CHECK(home.encryption == PathLocation::Encryption::Luks);
    CHECK(home.wholeDisk == QStringLiteral("nvme0n1"));

    PathLocation windows;
    locator.describeDevice(QStringLiteral("254:1"), windows);
    CHECK(windows.encryption == PathLocation::Encryption::BitLocker);
    CHECK(windows.encryptedDevice.endsWith(QStringLiteral("/dev/sda2")));
    CHECK(windows.cryptUuid.startsWith(QStringLiteral("CRYPT-BITLK-8f595209")));
    CHECK(windows.wholeDisk == QStringLiteral("sda"));
    CHECK_FALSE(windows.removable);

    PathLocation tmpfs;
    locator.describeDevice(QStringLiteral("0:21"), tmpfs);
    CHECK_FALSE(tmpfs.hasBlockDevice());
}
#endif

#if defined(Q_OS_LINUX)
TEST_CASE("path locator on this machine: a scratch folder and a path not yet there", "[platform][locator]")
{
    ScratchDir dir;
    const LinuxPathLocator locator;
    const auto here = locator.locate(dir.path());
    REQUIRE(here);
    CHECK(dir.path().startsWith(here->mountPoint));
    const auto later = locator.locate(dir.file(QStringLiteral("not/yet")));
    REQUIRE(later);
    CHECK(later->mountPoint == here->mountPoint);
    CHECK(nearestExistingFolder(dir.file(QStringLiteral("not/yet"))) == QDir(dir.path()).canonicalPath());
}
#endif

TEST_CASE("fixed path locator answers from its table, longest folder first", "[platform][locator]")
{
    FixedPathLocator locator;
    PathLocation outer;
    outer.mountPoint = QStringLiteral("/");
    PathLocation inner;
    inner.mountPoint = QStringLiteral("/media/s");
    inner.removable = true;
    locator.add(QStringLiteral("/"), outer);
    locator.add(QStringLiteral("/media/s"), inner);
    CHECK(locator.locate(QStringLiteral("/media/s/x"))->removable);
    CHECK_FALSE(locator.locate(QStringLiteral("/media/sx"))->removable);
}
