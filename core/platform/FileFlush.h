// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QFileDevice;

namespace keyhaven {

// Asks the system to put what was written to `file` on the device itself, and tells whether it said it
// did: fsync() on Linux, F_FULLFSYNC on macOS (plain fsync only leaves it to the drive's cache there),
// FlushFileBuffers() on Windows. Call QFileDevice::flush() first: this does not see Qt's own buffer.
bool flushToDevice(QFileDevice& file);

} // namespace keyhaven
