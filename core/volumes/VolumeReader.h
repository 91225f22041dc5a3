// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VolumeSource.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>
#include <optional>

namespace keyhaven {

// Opens a volume (an image file or a block device) read-only to read its metadata: directly, or, when this
// user may not read the drive and the metadata helper is allowed (MetadataHelper), as the metadata regions
// the helper hands back. Whatever reads BitLocker metadata of a path (verification, recovery) opens it here,
// so that it works on drives only an administrator can read.
class VolumeReader
{
    Q_DECLARE_TR_FUNCTIONS(VolumeReader)

public:
    struct Opened
    {
        std::unique_ptr<QIODevice> device;   // open for reading and seeking; null when `problem` is set
        std::optional<VolumeProblem> problem;
        bool throughHelper = false;          // only the metadata regions are there, not the data area
    };
    static Opened open(const QString& path);
};

} // namespace keyhaven
