// SPDX-License-Identifier: GPL-3.0-or-later
// Linked only into keyhaven-cli-test: before main(), points the locator and the removable-drive list at the
// recorded trees named by KEYHAVEN_TEST_MOUNTINFO, KEYHAVEN_TEST_SYSFS and KEYHAVEN_TEST_DEVDIR.
#include "platform/PathLocator.h"

namespace {

const bool recordedRoots = [] {
    if (qEnvironmentVariableIsSet("KEYHAVEN_TEST_MOUNTINFO"))
        keyhaven::setSystemRoots({ qEnvironmentVariable("KEYHAVEN_TEST_MOUNTINFO"),
                                   qEnvironmentVariable("KEYHAVEN_TEST_SYSFS"),
                                   qEnvironmentVariable("KEYHAVEN_TEST_DEVDIR"), true });
    return true;
}();

} // namespace
