// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslLifetime.h"

#include <openssl/crypto.h>

namespace keyhaven {

void keepOpenSslUntilProcessExit()
{
    // The first initialisation decides whether the exit handler is registered; later ones (Qt's) do not change it.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace keyhaven
