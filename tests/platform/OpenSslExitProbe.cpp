// SPDX-License-Identifier: GPL-3.0-or-later
// openssl-exit-probe: does OpenSSL outlive a Qt thread that ends after main() has returned, as Qt's network thread
// may? Prints "outlived" (exit 0) or "torn down under a live thread" (exit 1). With --as-before, main() skips
// keepOpenSslUntilProcessExit(), which shows the race it closes.
#include "platform/OpenSslLifetime.h"

#include <QSemaphore>
#include <QThread>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

QSemaphore exitHandlersRan;
QSemaphore threadEnded;
bool openSslAliveAtThreadEnd = false;

// Runs when the thread really ends: after QThread::finished and QThread::wait(), as OpenSSL's own per-thread
// clean-up does. It waits until exit() has run the other exit handlers (OpenSSL's among them, if registered).
struct AtThreadEnd
{
    ~AtThreadEnd()
    {
        exitHandlersRan.acquire();
        openSslAliveAtThreadEnd = OPENSSL_init_crypto(0, nullptr) == 1; // 0 once torn down
        threadEnded.release();
    }
    void arm() { }
};

// Registered before OpenSSL can register its own handler, so it runs after that one.
void lastExitHandler()
{
    exitHandlersRan.release();
    if (!threadEnded.tryAcquire(1, 10000)) {
        std::fputs("the thread did not end\n", stderr);
        std::_Exit(2);
    }
    std::puts(openSslAliveAtThreadEnd ? "outlived" : "torn down under a live thread");
    std::fflush(stdout);
    std::_Exit(openSslAliveAtThreadEnd ? 0 : 1);
}

} // namespace

int main(int argc, char* argv[])
{
    std::atexit(lastExitHandler);
    if (!(argc > 1 && std::strcmp(argv[1], "--as-before") == 0))
        keyhaven::keepOpenSslUntilProcessExit();
    const std::unique_ptr<QThread> thread(QThread::create([] {
        thread_local AtThreadEnd atEnd;
        atEnd.arm();
        unsigned char bytes[16];
        RAND_bytes(bytes, sizeof bytes); // per-thread state, as an SSL_CTX_new in Qt's network thread makes
    }));
    thread->start();
    thread->wait();
    return 0;
}
