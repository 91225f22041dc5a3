// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// Made in main(), after the application object: when main() returns, the global thread pool's tasks finish and
// its threads end and are joined before the process ends, so that no worker is cut off in the middle of a task
// (on Windows the end is TerminateProcess, ProcessExit.h). A task still running after a few seconds (a drive
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
