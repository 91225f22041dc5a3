// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// Made in main(), after the application object: when main() returns, the global thread pool's threads end and
// are joined before the process exits. On Windows, ExitProcess() stops threads that are still running without
// letting them finish, and the pool, destroyed later when Qt6Core.dll is unloaded, then waits for them for ever:
// keyhaven-cli.exe hung at exit under Wine after a backup. A task still running after a few seconds (a drive
// that does not answer) is not waited for.
class WorkerThreadsEndFirst
{
public:
    WorkerThreadsEndFirst() = default;
    WorkerThreadsEndFirst(const WorkerThreadsEndFirst&) = delete;
    WorkerThreadsEndFirst& operator=(const WorkerThreadsEndFirst&) = delete;
    ~WorkerThreadsEndFirst();
};

} // namespace keyhaven
