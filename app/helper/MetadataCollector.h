// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "volumes/MetadataHelper.h"

namespace keyhaven::helper {

// What the helper hands back for one path: only a block device that holds BitLocker or CoreStorage metadata,
// and of it only the regions the metadata readers read (the volume header and one intact metadata copy;
// for CoreStorage the physical volume header). Never the data area. Runs as root: it opens nothing but `path`,
// read-only, and writes nothing.
HelperAnswer collectMetadata(const QString& path);

} // namespace keyhaven::helper
