// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// OpenSSL keeps state per thread (its error queue, among others). Called from code that uses OpenSSL on a
// worker thread, it makes that state be freed when the thread ends (OPENSSL_thread_stop), so that worker
// threads leave nothing behind (and LeakSanitizer has nothing to report).
void releaseOpenSslStateAtThreadExit();

} // namespace keyhaven
