// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <cstdint>
#include <optional>

namespace keyhaven {

// Bounds-checked little-endian reads over bytes read from a disk. Every accessor checks that the whole
// field lies inside the view and says so by returning nothing, so that a parser of untrusted metadata
// never reads out of bounds.
class ByteView
{
public:
    ByteView() = default;
    explicit ByteView(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    qsizetype size() const { return m_bytes.size(); }
    bool contains(qsizetype offset, qsizetype length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_bytes.size() && length <= m_bytes.size() - offset;
    }
    // The bytes at [offset, offset + length), or an empty view when they are not all there.
    ByteView mid(qsizetype offset, qsizetype length) const
    {
        return contains(offset, length) ? ByteView(m_bytes.sliced(offset, length)) : ByteView();
    }
    const std::uint8_t* data(qsizetype offset = 0) const
    {
        return reinterpret_cast<const std::uint8_t*>(m_bytes.data()) + offset;
    }
    QByteArrayView bytes() const { return m_bytes; }
    bool startsWithAt(qsizetype offset, QByteArrayView expected) const
    {
        return contains(offset, expected.size()) && m_bytes.sliced(offset, expected.size()) == expected;
    }

    std::optional<std::uint16_t> u16(qsizetype offset) const { return read<std::uint16_t>(offset); }
    std::optional<std::uint32_t> u32(qsizetype offset) const { return read<std::uint32_t>(offset); }
    std::optional<std::uint64_t> u64(qsizetype offset) const { return read<std::uint64_t>(offset); }

private:
    template <typename T> std::optional<T> read(qsizetype offset) const
    {
        if (!contains(offset, sizeof(T)))
            return std::nullopt;
        T value = 0;
        for (qsizetype i = sizeof(T) - 1; i >= 0; --i)
            value = static_cast<T>((value << 8) | data(offset)[i]);
        return value;
    }

    QByteArrayView m_bytes;
};

// The outcome of reading `length` bytes at `offset` of a random-access device.
struct DeviceRead
{
    enum class Status { Ok, Short, Error };
    Status status = Status::Error;
    QByteArray bytes;
};

// Seeks and reads, without seeking past the end of a device whose size is known (QBuffer warns and
// fails there; block devices report size 0, so they are simply tried).
DeviceRead readAt(QIODevice& device, std::uint64_t offset, qint64 length);

// CRC-32 as zlib computes it (IEEE 802.3, reflected), with the usual initial and final inversion.
std::uint32_t crc32Ieee(QByteArrayView bytes);
// CRC-32C (Castagnoli) from `seed`, without final inversion: what CoreStorage stores.
std::uint32_t crc32cRaw(std::uint32_t seed, QByteArrayView bytes);

} // namespace keyhaven
