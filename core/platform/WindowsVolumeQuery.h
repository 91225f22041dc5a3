// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace keyhaven {

// What Windows says about the volume a path is on. The real answers come from the Win32 calls named
// below (SystemWindowsVolumeQuery, Windows only); tests give recorded ones, so that the same-volume guard's
// Windows part is tested on every platform.
class WindowsVolumeQuery
{
public:
    // GetDriveTypeW's answers, with its numbers.
    enum class DriveType { Unknown = 0, NoRootDir = 1, Removable = 2, Fixed = 3, Remote = 4, CdRom = 5, RamDisk = 6 };

    virtual ~WindowsVolumeQuery() = default;

    // The nearest existing folder at or above `path` (a file not written yet is on its folder's volume),
    // absolute, with backslashes.
    virtual QString existingFolder(const QString& path) const = 0;

    // GetVolumePathNameW: the mount point of the volume holding `path`, with its trailing backslash
    // ("C:\", "C:\Mounts\Backup\", "\\server\share\"); empty when Windows cannot tell.
    virtual QString volumePathName(const QString& path) const = 0;
    // GetVolumeNameForVolumeMountPointW: the volume's name ("\\?\Volume{GUID}\"); empty for a mount point
    // that has none (a network share, a subst drive).
    virtual QString volumeName(const QString& mountPoint) const = 0;
    // GetDriveTypeW.
    virtual DriveType driveType(const QString& mountPoint) const = 0;
    // Whether the disk under the volume hangs on USB, SD or MMC (IOCTL_STORAGE_QUERY_PROPERTY): a USB disk
    // is "fixed" to GetDriveTypeW. Nothing when it cannot be asked.
    virtual std::optional<bool> onExternalBus(const QString& volumeName) const = 0;
};

// The real Win32 calls (built on Windows only).
std::shared_ptr<const WindowsVolumeQuery> systemWindowsVolumeQuery();

} // namespace keyhaven
