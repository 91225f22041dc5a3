// SPDX-License-Identifier: GPL-3.0-or-later
// Removable drives from a recorded mountinfo and sysfs tree; safe eject through fake tools.
#include "FakeTools.h"

#include "platform/RemovableDrives.h"
#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

#if defined(Q_OS_LINUX)
SysfsRemovableDrives recordedDrives(std::shared_ptr<FakeRunner> runner = {})
{
    const QString data = platformDataPath(QStringLiteral("linux-usb-stick"));
    return SysfsRemovableDrives(data + QStringLiteral("/mountinfo"), data + QStringLiteral("/sys"),
                                data + QStringLiteral("/dev"), std::move(runner));
}
#endif

} // namespace

// udisks2, lsblk and umount stand-ins: Linux.
#if defined(Q_OS_LINUX)
TEST_CASE("removable drives: only the USB stick, with its label and size", "[platform][drives]")
{
    const auto drives = recordedDrives().list();
    REQUIRE(drives.size() == 1);
    const RemovableDrive& stick = drives.first();
    CHECK(stick.device.endsWith(QStringLiteral("/dev/sdb1")));
    CHECK(stick.mountPoint == QStringLiteral("/media/alice/KEYS STICK"));
    CHECK(stick.label == QStringLiteral("KEYS STICK"));
    CHECK(stick.fsType == QStringLiteral("vfat"));
    CHECK(stick.size == qint64(60061696) * 512);
    CHECK(stick.free == -1); // not mounted on this machine
}

TEST_CASE("removable drives: eject with udisksctl, else umount and eject", "[platform][drives]")
{
    auto runner = std::make_shared<FakeRunner>();
    runner->answer(QStringLiteral("udisksctl"), QStringLiteral("unmount"), FakeRunner::exited(0));
    runner->answer(QStringLiteral("udisksctl"), QStringLiteral("power-off"), FakeRunner::exited(0));
    auto drives = recordedDrives(runner);
    QString error;
    REQUIRE(drives.eject(QStringLiteral("/media/alice/KEYS STICK"), &error));
    REQUIRE(runner->calls.size() == 2);
    CHECK(runner->calls[1].args
          == QStringList({ QStringLiteral("power-off"), QStringLiteral("-b"), drives.list().first().device }));

    auto plain = std::make_shared<FakeRunner>();
    plain->answer(QStringLiteral("umount"), {}, FakeRunner::exited(0));
    plain->answer(QStringLiteral("eject"), {}, FakeRunner::exited(1, {}, "eject: unable to eject"));
    auto fallback = recordedDrives(plain);
    CHECK_FALSE(fallback.eject(QStringLiteral("/media/alice/KEYS STICK"), &error));
    CHECK(error.contains(QStringLiteral("unable to eject")));
    CHECK(plain->calls.last().program == QStringLiteral("eject"));

    CHECK_FALSE(fallback.eject(QStringLiteral("/media/other"), &error));
    CHECK(error.contains(QStringLiteral("No removable drive")));
}
#endif
