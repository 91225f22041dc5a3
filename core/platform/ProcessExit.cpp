// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessExit.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace keyhaven {

int finishProcess(int exitCode)
{
#if defined(Q_OS_WIN)
    std::fflush(nullptr);
    ::TerminateProcess(::GetCurrentProcess(), UINT(exitCode));
#endif
    return exitCode;
}

} // namespace keyhaven
