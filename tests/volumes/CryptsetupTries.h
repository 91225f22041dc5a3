// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// libcryptsetup as the independent judge of a key, for the tests that check Keyhaven's answers against it.

#include "support/catch.h"

#include <libcryptsetup.h>

#include <QByteArray>
#include <QString>

namespace keyhaven::test {

// libcryptsetup's own answer, without activating anything: >= 0 when the passphrase (or key file) opens the
// volume, -ENOTSUP when it will not try ("used space only" BitLocker volumes), another negative errno otherwise.
inline int cryptsetupTries(const QString& image, const QByteArray& passphrase, const char* type = CRYPT_BITLK,
                           const QString& keyFile = {})
{
    const auto silent = [](int, const char*, void*) { };
    crypt_set_log_callback(nullptr, silent, nullptr);
    crypt_device* cd = nullptr;
    REQUIRE(crypt_init(&cd, image.toLocal8Bit().constData()) == 0);
    crypt_set_log_callback(cd, silent, nullptr);
    REQUIRE(crypt_load(cd, type, nullptr) == 0);
    const int result = keyFile.isEmpty()
        ? crypt_activate_by_passphrase(cd, nullptr, CRYPT_ANY_SLOT, passphrase.constData(), passphrase.size(), 0)
        : crypt_activate_by_keyfile(cd, nullptr, CRYPT_ANY_SLOT, keyFile.toLocal8Bit().constData(), 0, 0);
    crypt_free(cd);
    return result;
}

} // namespace keyhaven::test
