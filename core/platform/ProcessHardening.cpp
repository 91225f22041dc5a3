// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace keyhaven {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    const rlimit noCore{0, 0};
    (void)::setrlimit(RLIMIT_CORE, &noCore);
#endif
#if defined(Q_OS_LINUX)
    (void)::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace keyhaven
