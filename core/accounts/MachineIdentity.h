// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QString>

namespace keyhaven {

// What a Crypt Server knows a computer by (escrow.md §1).
struct MachineIdentity
{
    // The hardware serial number when it can be read and is real (not "To be filled by O.E.M."),
    // else the serial the key's source named (a Mac's), else the volume GUID, else the key ID.
    static QString serial(const RecoveryKey& key);
    static QString hardwareSerial();
    // Where the hardware serial is read from (Linux: /sys/class/dmi/id/product_serial). Only tests and the test
    // build of keyhaven-cli change it; production code never reads a test's environment variables for it.
    static QString hardwareSerialFile();
    static void setHardwareSerialFile(const QString& file);
    static QString computerName(); // the host name
    static QString userName(); // the operating-system user running Keyhaven
};

} // namespace keyhaven
