// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary text to everything that reads what people type.
#include "keys/KeyId.h"
#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)keyhaven::RecoveryPassword::parse(text);
    (void)keyhaven::PersonalRecoveryKey::parse(text);
    (void)keyhaven::KeyId::parse(text);
    (void)keyhaven::KeyIdPrefix::parse(text);
    return 0;
}
