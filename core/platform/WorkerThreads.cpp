// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerThreads.h"

#include <QThreadPool>

namespace keyhaven {

WorkerThreadsEndFirst::~WorkerThreadsEndFirst()
{
    constexpr int longestWaitMs = 5000;
    QThreadPool::globalInstance()->waitForDone(longestWaitMs); // once idle, it ends and joins its threads
}

} // namespace keyhaven
