// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsPathLocator.h"

#include "ProcessRunner.h"
#include "WindowsVolumeQuery.h"
#include "volumes/WindowsVolumeSource.h"

#include <QDir>

namespace keyhaven {

namespace {

using DriveType = WindowsVolumeQuery::DriveType;

// "C:", "c:\" and "C:\" are one mount point; so are "\\?\Volume{…}" with and without the backslash.
QString normalisedMountPoint(QString mountPoint)
{
    mountPoint = QDir::toNativeSeparators(mountPoint).toUpper();
    while (mountPoint.endsWith(QLatin1Char('\\')))
        mountPoint.chop(1);
    return mountPoint;
}

QString withBackslash(const QString& mountPoint)
{
    return mountPoint.endsWith(QLatin1Char('\\')) ? mountPoint : mountPoint + QLatin1Char('\\');
}

bool hasVolume(DriveType type)
{
    return type == DriveType::Fixed || type == DriveType::Removable;
}

// A network share, an optical disc or a RAM disk: no BitLocker volume of this computer.
bool isOtherStorage(DriveType type)
{
    return type == DriveType::Remote || type == DriveType::CdRom || type == DriveType::RamDisk;
}

} // namespace

WindowsPathLocator::WindowsPathLocator(std::shared_ptr<const WindowsVolumeQuery> query,
                                       std::shared_ptr<ProcessRunner> runner, int reuseForMs)
    : m_query(std::move(query))
    , m_runner(std::move(runner))
    , m_reuseForMs(reuseForMs)
{
}

std::optional<PathLocation> WindowsPathLocator::locate(const QString& path) const
{
    PathLocation location;
    const QString folder = m_query->existingFolder(path);
    location.mountPoint = m_query->volumePathName(folder);
    if (location.mountPoint.isEmpty()) {
        location.unknownReason = tr("Windows could not tell which drive %1 is on.").arg(folder);
        return location;
    }
    const DriveType type = m_query->driveType(location.mountPoint);
    if (isOtherStorage(type))
        return location;
    if (!hasVolume(type)) {
        location.unknownReason = tr("Windows could not tell what kind of drive %1 is.").arg(location.mountPoint);
        return location;
    }
    location.source = m_query->volumeName(location.mountPoint);
    location.deviceName = location.source.isEmpty() ? location.mountPoint : location.source;
    location.removable = type == DriveType::Removable
        || (!location.source.isEmpty() && m_query->onExternalBus(location.source).value_or(false));
    readBitLockerState(location);
    return location;
}

WindowsPathLocator::BitLockerState WindowsPathLocator::bitLockerState() const
{
    const QMutexLocker lock(&m_mutex);
    if (m_lastState && m_lastAsked.isValid() && m_lastAsked.elapsed() < m_reuseForMs)
        return *m_lastState;
    WindowsVolumeSource source(*m_runner);
    const WindowsVolumeSource::Result listed = source.list(); // its recovery passwords are wiped with it
    BitLockerState state;
    state.known = listed.status == WindowsVolumeSource::Result::Status::Ok;
    state.unknownReason = listed.error;
    state.volumes = listed.volumes;
    // Get-BitLockerVolume lists every volume BitLocker can protect, encrypted or not, Windows' own among them: an
    // empty answer (Wine's stand-in PowerShell gives one) says nothing about any drive.
    if (state.known && state.volumes.isEmpty()) {
        state.known = false;
        state.unknownReason = tr("Get-BitLockerVolume listed no volume at all, not even Windows' own drive.");
    }
    m_lastState = state;
    m_lastAsked.start();
    return state;
}

void WindowsPathLocator::readBitLockerState(PathLocation& location) const
{
    const BitLockerState state = bitLockerState();
    if (!state.known) {
        location.unknownReason = state.unknownReason;
        return;
    }
    for (const Volume& volume : state.volumes) {
        if (!sameVolume(volume.path, location))
            continue;
        location.encryption = PathLocation::Encryption::BitLocker;
        for (const Protector& protector : volume.protectors)
            location.protectorIds.append(protector.id);
        return;
    }
}

// Get-BitLockerVolume names a volume by its drive letter ("C:"), its folder mount point, or, without either,
// its volume name: compare mount points first, then the volumes behind them.
bool WindowsPathLocator::sameVolume(const QString& listedMountPoint, const PathLocation& location) const
{
    if (listedMountPoint.isEmpty())
        return false;
    const QString listed = normalisedMountPoint(listedMountPoint);
    if (listed == normalisedMountPoint(location.mountPoint) || listed == normalisedMountPoint(location.source))
        return true;
    if (location.source.isEmpty())
        return false;
    const QString listedVolume = m_query->volumeName(withBackslash(QDir::toNativeSeparators(listedMountPoint)));
    return !listedVolume.isEmpty() && normalisedMountPoint(listedVolume) == normalisedMountPoint(location.source);
}

#if defined(Q_OS_WIN)
std::shared_ptr<const PathLocator> systemWindowsPathLocator()
{
    return std::make_shared<WindowsPathLocator>(systemWindowsVolumeQuery(), std::make_shared<SystemProcessRunner>());
}
#endif

} // namespace keyhaven
