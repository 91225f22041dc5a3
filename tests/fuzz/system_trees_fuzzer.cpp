// SPDX-License-Identifier: GPL-3.0-or-later
// What Linux tells Keyhaven about mounts and devices: /proc/self/mountinfo, sysfs and the machine's
// serial number. The input is split at NUL bytes into mountinfo, a device's dm/uuid, its "removable"
// flag and a DMI serial; they go into a small recorded tree that LinuxPathLocator, SameVolumeGuard,
// SysfsRemovableDrives and MachineIdentity read.
#include "accounts/MachineIdentity.h"
#include "backup/SameVolumeGuard.h"
#include "platform/PathLocator.h"
#include "platform/RemovableDrives.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Tree
{
    QTemporaryDir root;
    QString path(const QString& relative) const { return root.filePath(relative); }

    Tree()
    {
        // /sys/dev/block/8:1 → the partition sda1 of disk sda; 253:0 → dm-0 over sda1.
        QDir(root.path()).mkpath(QStringLiteral("sys/devices/sda/sda1"));
        QDir(root.path()).mkpath(QStringLiteral("sys/devices/dm-0/slaves"));
        QDir(root.path()).mkpath(QStringLiteral("sys/devices/dm-0/dm"));
        QDir(root.path()).mkpath(QStringLiteral("sys/dev/block"));
        QDir(root.path()).mkpath(QStringLiteral("dev/disk/by-label"));
        QDir(root.path()).mkpath(QStringLiteral("mnt"));
        QFile::link(path(QStringLiteral("sys/devices/sda/sda1")), path(QStringLiteral("sys/dev/block/8:1")));
        QFile::link(path(QStringLiteral("sys/devices/dm-0")), path(QStringLiteral("sys/dev/block/253:0")));
        QFile::link(path(QStringLiteral("sys/devices/sda/sda1")), path(QStringLiteral("sys/devices/dm-0/slaves/sda1")));
        write(QStringLiteral("sys/devices/sda/sda1/partition"), "1");
    }

    void write(const QString& relative, QByteArrayView bytes) const
    {
        QFile file(path(relative));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(bytes.data(), bytes.size());
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const Tree tree;
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))
                                        .split('\0');
    const auto part = [&](qsizetype index) { return index < parts.size() ? parts[index] : QByteArray(); };
    tree.write(QStringLiteral("mountinfo"), part(0));
    tree.write(QStringLiteral("sys/devices/dm-0/dm/uuid"), part(1));
    tree.write(QStringLiteral("sys/devices/sda/removable"), part(2));
    tree.write(QStringLiteral("serial"), part(3));

    auto locator = std::make_shared<keyhaven::LinuxPathLocator>(
        tree.path(QStringLiteral("mountinfo")), tree.path(QStringLiteral("sys")), tree.path(QStringLiteral("dev")));
    (void)locator->mounts();
    (void)locator->locate(tree.path(QStringLiteral("mnt")));
    keyhaven::RecoveryKey key;
    key.kind = keyhaven::KeyKind::BitLockerRecoveryPassword;
    (void)keyhaven::SameVolumeGuard(locator).check(tree.path(QStringLiteral("mnt/key.txt")), key);

    keyhaven::SysfsRemovableDrives drives(tree.path(QStringLiteral("mountinfo")), tree.path(QStringLiteral("sys")),
                                          tree.path(QStringLiteral("dev")));
    (void)drives.list();

    keyhaven::MachineIdentity::setHardwareSerialFile(tree.path(QStringLiteral("serial")));
    (void)keyhaven::MachineIdentity::hardwareSerial();
    (void)keyhaven::MachineIdentity::serial(key);
    return 0;
}
