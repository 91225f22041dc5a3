// SPDX-License-Identifier: GPL-3.0-or-later
// Linked only into keyhaven-cli-test: before main(), points the locator and the removable-drive list at the
// recorded trees named by KEYHAVEN_TEST_MOUNTINFO, KEYHAVEN_TEST_SYSFS and KEYHAVEN_TEST_DEVDIR, the hardware
// serial number at the file named by KEYHAVEN_HARDWARE_SERIAL_FILE, and the metadata helper at
// KEYHAVEN_METADATA_HELPER, started through KEYHAVEN_ELEVATION_LAUNCHER (empty: directly). The shipped
// keyhaven-cli reads none of them.
#include "accounts/MachineIdentity.h"
#include "platform/PathLocator.h"
#include "volumes/MetadataHelper.h"

namespace {

const bool recordedRoots = [] {
    if (qEnvironmentVariableIsSet("KEYHAVEN_TEST_MOUNTINFO"))
        keyhaven::setSystemRoots({ qEnvironmentVariable("KEYHAVEN_TEST_MOUNTINFO"),
                                   qEnvironmentVariable("KEYHAVEN_TEST_SYSFS"),
                                   qEnvironmentVariable("KEYHAVEN_TEST_DEVDIR"), true });
    if (qEnvironmentVariableIsSet("KEYHAVEN_HARDWARE_SERIAL_FILE"))
        keyhaven::MachineIdentity::setHardwareSerialFile(qEnvironmentVariable("KEYHAVEN_HARDWARE_SERIAL_FILE"));
    if (qEnvironmentVariableIsSet("KEYHAVEN_METADATA_HELPER"))
        keyhaven::MetadataHelper::setHelperCommand(
            qEnvironmentVariable("KEYHAVEN_METADATA_HELPER"),
            qEnvironmentVariable("KEYHAVEN_ELEVATION_LAUNCHER").split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return true;
}();

} // namespace
