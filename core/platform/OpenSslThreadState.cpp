// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslThreadState.h"

#include <QThreadPool>

#include <openssl/crypto.h>

namespace keyhaven {

namespace {

struct ThreadExit
{
    ~ThreadExit() { OPENSSL_thread_stop(); }
    void arm() { }
};

} // namespace

void releaseOpenSslStateAtThreadExit()
{
    thread_local ThreadExit atExit;
    atExit.arm();
}

WorkerThreadsEndFirst::~WorkerThreadsEndFirst()
{
    constexpr int longestWaitMs = 5000;
    QThreadPool::globalInstance()->waitForDone(longestWaitMs);
}

} // namespace keyhaven
