// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandIns.h"

#include <QDir>
#include <QFileInfo>

namespace keyhaven::test {

bool FolderDrives::eject(const QString& mountPoint, QString*)
{
    ejected.append(mountPoint);
    pullOut(mountPoint);
    return true;
}

std::optional<PathLocation> FolderDrives::locate(const QString& path) const
{
    const QString canonical = nearestExistingFolder(path);
    for (const RemovableDrive& drive : m_drives) {
        const QString root = QFileInfo(drive.mountPoint).canonicalFilePath();
        if (!root.isEmpty() && (canonical == root || canonical.startsWith(root + QLatin1Char('/')))) {
            PathLocation location;
            location.mountPoint = root;
            location.source = drive.device;
            location.fsType = drive.fsType;
            location.deviceName = QStringLiteral("sdz1");
            location.wholeDisk = QStringLiteral("sdz");
            location.removable = true;
            return location;
        }
    }
    return systemPathLocator()->locate(path);
}

void FolderDrives::plugIn(const QString& folder, const QString& label, qint64 size, qint64 free)
{
    QDir().mkpath(folder);
    RemovableDrive drive;
    drive.device = QStringLiteral("/dev/sdz1");
    drive.mountPoint = folder;
    drive.label = label;
    drive.fsType = QStringLiteral("vfat");
    drive.size = size;
    drive.free = free < 0 ? size / 2 : free;
    m_drives.append(drive);
}

void FolderDrives::pullOut(const QString& folder)
{
    m_drives.removeIf([&](const RemovableDrive& drive) { return drive.mountPoint == folder; });
}

} // namespace keyhaven::test
