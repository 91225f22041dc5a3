// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitLockerKeyStretch.h"

// SHA256_Transform is deprecated in OpenSSL 3 but is the only public way to run the compression
// function alone; through EVP the per-call overhead would double the time of a verification.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <QString>

#include <cstring>

namespace keyhaven {

namespace {

constexpr std::uint64_t StretchRounds = 1U << 20;
constexpr std::size_t HashSize = 32;
constexpr std::size_t StructSize = 32 + 32 + 16 + 8; // last hash, initial hash, salt, round number

void storeBigEndian32(std::uint8_t* out, std::uint32_t value)
{
    out[0] = static_cast<std::uint8_t>(value >> 24);
    out[1] = static_cast<std::uint8_t>(value >> 16);
    out[2] = static_cast<std::uint8_t>(value >> 8);
    out[3] = static_cast<std::uint8_t>(value);
}

SecureBytes sha256(const std::uint8_t* data, std::size_t size)
{
    SecureBytes digest(HashSize);
    SHA256(data, size, digest.data());
    return digest;
}

} // namespace

SecureBytes stretchBitLockerKey(const SecureBytes& initialHash, const std::array<std::uint8_t, 16>& salt)
{
    if (initialHash.size() != HashSize)
        return {}; // no secret to stretch (an invalid key): an empty key unwraps nothing
    // The 88-byte structure padded to two SHA-256 blocks. Block one holds both hashes; block two the
    // salt, the round number, the padding and the message length, and only its round number changes.
    SecureBytes blocks(128);
    std::uint8_t* first = blocks.data();
    std::uint8_t* second = blocks.data() + 64;
    std::memcpy(first + 32, initialHash.data(), HashSize);
    std::memcpy(second, salt.data(), salt.size());
    second[24] = 0x80;
    const std::uint64_t lengthInBits = StructSize * 8;
    for (int i = 0; i < 8; ++i)
        second[63 - i] = static_cast<std::uint8_t>(lengthInBits >> (8 * i));

    SHA256_CTX context;
    for (std::uint64_t round = 0; round < StretchRounds; ++round) {
        for (int i = 0; i < 8; ++i)
            second[16 + i] = static_cast<std::uint8_t>(round >> (8 * i)); // little-endian round number
        SHA256_Init(&context);
        SHA256_Transform(&context, first);
        SHA256_Transform(&context, second);
        for (int word = 0; word < 8; ++word)
            storeBigEndian32(first + 4 * word, context.h[word]);
    }
    OPENSSL_cleanse(&context, sizeof context);
    return SecureBytes(first, HashSize);
}

SecureBytes recoveryPasswordInitialHash(const SecureBytes& keyBytes)
{
    return sha256(keyBytes.data(), keyBytes.size());
}

SecureBytes passwordInitialHash(const SecureBytes& utf8Password)
{
    QString text = utf8Password.toQString();
    SecureBytes utf16le;
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        const std::uint8_t pair[2] = {static_cast<std::uint8_t>(u & 0xFF), static_cast<std::uint8_t>(u >> 8)};
        utf16le.append(pair, 2);
    }
    wipe(text);
    const SecureBytes once = sha256(utf16le.data(), utf16le.size());
    return sha256(once.data(), once.size());
}

} // namespace keyhaven
