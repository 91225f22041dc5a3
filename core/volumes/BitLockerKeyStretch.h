// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <array>
#include <cstdint>

namespace keyhaven {

// BitLocker's key stretch: 2^20 rounds of SHA-256 over (last hash, initial hash, salt, round number).
// This loop is the whole cost of verifying a key, so it runs on the raw compression function.
SecureBytes stretchBitLockerKey(const SecureBytes& initialHash, const std::array<std::uint8_t, 16>& salt);

// The initial hash for a recovery password: SHA-256 of its 16 key bytes.
SecureBytes recoveryPasswordInitialHash(const SecureBytes& keyBytes);
// The initial hash for a user password: SHA-256 of SHA-256 of the password in UTF-16LE.
SecureBytes passwordInitialHash(const SecureBytes& utf8Password);

} // namespace keyhaven
