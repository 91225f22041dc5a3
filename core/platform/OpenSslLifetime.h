// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// Called first in main(), before anything uses OpenSSL: OpenSSL is then not torn down by an exit handler, and
// each thread's OpenSSL state (error queue, random generators) is freed when that thread ends, whenever that is.
//
// By default OpenSSL frees everything in an atexit() handler, and requires that no other thread is still using
// it then. Qt's threads break that rule without doing anything wrong: QThread::wait() returns before the
// thread's thread-local destructors run, and QNetworkAccessManager's HTTP thread, which makes the TLS contexts,
// is only waited for that way. When the exit handler won the race, the thread's state was lost (LeakSanitizer
// reported it in 2 of 11 runs of a Crypt Server check) or freed under it.
void keepOpenSslUntilProcessExit();

} // namespace keyhaven
