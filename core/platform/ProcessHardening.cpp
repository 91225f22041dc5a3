// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_WIN)
#include <csignal>
#include <cstdlib>
#include <windows.h>
#endif

namespace keyhaven {

#if defined(Q_OS_WIN)
namespace {

// An exception nobody handled: end the process here, before Windows Error Reporting copies its memory
// (keys included) into a crash dump or a report.
LONG WINAPI endWithoutReport(EXCEPTION_POINTERS* exception)
{
    const auto code = exception && exception->ExceptionRecord ? UINT(exception->ExceptionRecord->ExceptionCode) : 3u;
    ::TerminateProcess(::GetCurrentProcess(), code);
    return EXCEPTION_EXECUTE_HANDLER;
}

void keepCrashesFromErrorReporting()
{
    // No "stopped working" dialog (which offers to send a report), no dialog for a missing disk.
    ::SetErrorMode(::GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    ::SetUnhandledExceptionFilter(endWithoutReport);
    // abort() (a failed check in the C++ runtime, the stack protector) would ask for a report too.
#if defined(_MSC_VER) || defined(_UCRT)
    _set_abort_behavior(0, _WRITE_ABORT_MSG | _CALL_REPORTFAULT);
#else
    // MinGW's msvcrt.dll has no _set_abort_behavior: abort() raises SIGABRT, which ends the process here.
    std::signal(SIGABRT, [](int) { ::TerminateProcess(::GetCurrentProcess(), 3); });
#endif
}

} // namespace
#endif

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    const rlimit noCore{0, 0};
    (void)::setrlimit(RLIMIT_CORE, &noCore);
#endif
#if defined(Q_OS_LINUX)
    (void)::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#if defined(Q_OS_WIN)
    keepCrashesFromErrorReporting();
#endif
}

} // namespace keyhaven
