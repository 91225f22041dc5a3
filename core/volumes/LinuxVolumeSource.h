// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VolumeSource.h"

namespace keyhaven {

// Linux: every block device in sysfs (whole disks and partitions) and any image file given by path.
class LinuxVolumeSource : public VolumeSource
{
    Q_DECLARE_TR_FUNCTIONS(LinuxVolumeSource)

public:
    // The folders can be replaced so that tests can stand in for sysfs and /dev.
    explicit LinuxVolumeSource(QString sysBlockDir = QStringLiteral("/sys/class/block"),
                               QString devDir = QStringLiteral("/dev"));

    VolumeScan listVolumes() override;
    // The device nodes worth looking at, in natural order (sda before sdb, loop2 before loop10), without
    // devices of size 0 (no medium, unused loop devices), RAM disks,
    // optical and floppy drives.
    QStringList blockDevices() const;

    // Names the devices that could not be read, and what to do about it.
    static QString unreadableMessage(const QStringList& devices);

private:
    QString deviceNode(const QString& name) const;

    QString m_sysBlockDir;
    QString m_devDir;
};

} // namespace keyhaven
