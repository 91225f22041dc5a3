// SPDX-License-Identifier: GPL-3.0-or-later
// The two CRC-32 variants that volume metadata uses.
#include "ByteView.h"

#include <array>

namespace keyhaven {

namespace {

constexpr std::array<std::uint32_t, 256> makeTable(std::uint32_t polynomial)
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) ? (crc >> 1) ^ polynomial : crc >> 1;
        table[i] = crc;
    }
    return table;
}

constexpr auto ieeeTable = makeTable(0xEDB88320U);
constexpr auto castagnoliTable = makeTable(0x82F63B78U);

std::uint32_t update(const std::array<std::uint32_t, 256>& table, std::uint32_t crc, QByteArrayView bytes)
{
    for (const char c : bytes)
        crc = table[(crc ^ static_cast<std::uint8_t>(c)) & 0xFFU] ^ (crc >> 8);
    return crc;
}

} // namespace

std::uint32_t crc32Ieee(QByteArrayView bytes)
{
    return ~update(ieeeTable, 0xFFFFFFFFU, bytes);
}

std::uint32_t crc32cRaw(std::uint32_t seed, QByteArrayView bytes)
{
    return update(castagnoliTable, seed, bytes);
}

} // namespace keyhaven
