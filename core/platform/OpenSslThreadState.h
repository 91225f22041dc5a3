// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// OpenSSL keeps state per thread (its error queue, among others). Called from code that uses OpenSSL on a
// worker thread, it makes that state be freed when the thread ends (OPENSSL_thread_stop), so that worker
// threads leave nothing behind (and LeakSanitizer has nothing to report).
void releaseOpenSslStateAtThreadExit();

// Made in main(), after the application object: when main() returns, the global thread pool's threads end
// first, each freeing its OpenSSL state as above, before exit() runs OpenSSL's own clean-up. A pool thread that
// ended after that clean-up would leave its state behind. A task still running after a few seconds (a drive
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
