// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteView.h"

#include <algorithm>
#include <array>
#include <limits>

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

DeviceRead readAt(QIODevice& device, std::uint64_t offset, qint64 length)
{
    DeviceRead result;
    constexpr auto maximumOffset = static_cast<std::uint64_t>(std::numeric_limits<qint64>::max() / 2);
    const qint64 known = device.size();
    result.status = DeviceRead::Status::Short;
    if (offset > maximumOffset || (known > 0 && static_cast<qint64>(offset) >= known))
        return result;
    const qint64 wanted = known > 0 ? std::min(length, known - static_cast<qint64>(offset)) : length;
    if (!device.seek(static_cast<qint64>(offset)))
        return result;
    result.bytes.resize(wanted);
    qint64 done = 0;
    while (done < wanted) {
        const qint64 n = device.read(result.bytes.data() + done, wanted - done);
        if (n < 0) {
            result.status = DeviceRead::Status::Error;
            result.bytes.clear();
            return result;
        }
        if (n == 0)
            break;
        done += n;
    }
    result.bytes.resize(done);
    result.status = done == length ? DeviceRead::Status::Ok : DeviceRead::Status::Short;
    return result;
}

std::uint32_t crc32Ieee(QByteArrayView bytes)
{
    return ~update(ieeeTable, 0xFFFFFFFFU, bytes);
}

std::uint32_t crc32cRaw(std::uint32_t seed, QByteArrayView bytes)
{
    return update(castagnoliTable, seed, bytes);
}

} // namespace keyhaven
