// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VolumeSource.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace keyhaven {

// What one path holds: a BitLocker or FileVault (CoreStorage) volume, or a problem that says what it is
// instead (nothing, zeros, LUKS, APFS, a partitioned disk, …) or why it could not be read.
struct ProbeResult
{
    std::optional<Volume> volume;
    std::optional<VolumeProblem> problem; // set exactly when `volume` is not
};

class VolumeProbe
{
    Q_DECLARE_TR_FUNCTIONS(VolumeProbe)

public:
    // Opens an image file or a block device read-only and looks at it. Reads only what it needs.
    // When this user may not read a drive and the metadata helper is allowed, asks the helper (MetadataHelper).
    static ProbeResult probePath(const QString& path);
    // The same, never through the helper (a scan asks the helper once for all the drives it could not read).
    static ProbeResult probeDirectly(const QString& path);
    // The same over a device that is already open (a file, a device, a buffer); `path` names it.
    static ProbeResult probeDevice(QIODevice& device, const QString& path);
};

} // namespace keyhaven
