// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathLocator.h"
#include "volumes/Volume.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>

#include <memory>

namespace keyhaven {

class ProcessRunner;
class WindowsVolumeQuery;

// Windows: the volume a path is on (GetVolumePathNameW, GetVolumeNameForVolumeMountPointW, GetDriveTypeW and
// the disk's bus), and that volume's BitLocker state and protectors as Get-BitLockerVolume reports them
// (WindowsVolumeSource, which needs an elevated process). Whatever cannot be told is said in
// PathLocation::unknownReason, so that the guard warns instead of allowing.
class WindowsPathLocator : public PathLocator
{
    Q_DECLARE_TR_FUNCTIONS(WindowsPathLocator)

public:
    // PowerShell takes a second or more to answer, and the wizard asks as a folder is typed: its answer is
    // reused for `reuseForMs` (0: asked every time).
    static constexpr int DefaultReuseForMs = 10000;

    WindowsPathLocator(std::shared_ptr<const WindowsVolumeQuery> query, std::shared_ptr<ProcessRunner> runner,
                       int reuseForMs = DefaultReuseForMs);

    // Never nothing: a path Windows cannot place is a location whose unknownReason says so.
    std::optional<PathLocation> locate(const QString& path) const override;

private:
    // Marks `location` as BitLocker (with its protectors) when Get-BitLockerVolume lists its volume; says
    // why in unknownReason when it could not be asked.
    void readBitLockerState(PathLocation& location) const;
    bool sameVolume(const QString& listedMountPoint, const PathLocation& location) const;

    // What Get-BitLockerVolume said, without the recovery passwords (which are wiped right away).
    struct BitLockerState
    {
        bool known = false;
        QString unknownReason;
        QList<Volume> volumes;
    };
    BitLockerState bitLockerState() const;

    std::shared_ptr<const WindowsVolumeQuery> m_query;
    std::shared_ptr<ProcessRunner> m_runner;
    int m_reuseForMs;
    mutable QMutex m_mutex;
    mutable std::optional<BitLockerState> m_lastState;
    mutable QElapsedTimer m_lastAsked;
};

// The system's: the Win32 calls and the real PowerShell (on Windows only).
std::shared_ptr<const PathLocator> systemWindowsPathLocator();

} // namespace keyhaven
