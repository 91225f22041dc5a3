// SPDX-License-Identifier: GPL-3.0-or-later
// Small BitLocker images made from the real ones, for tests that change bytes.
#pragma once

#include "support/catch.h"

#include "volumes/BitLockerMetadata.h"
#include "volumes/ByteView.h"

#include <QBuffer>
#include <QFile>
#include <QUuid>
#include <QtEndian>

#include <array>
#include <functional>
#include <random>

namespace keyhaven::test {

constexpr qsizetype MetadataArea = 64 * 1024;
// Where compactImage() puts the three metadata copies.
constexpr std::array<qsizetype, 3> CompactCopyOffsets { MetadataArea, 2 * MetadataArea, 3 * MetadataArea };

inline qsizetype headerOffsetOf(const QByteArray& sector)
{
    return sector.mid(3, 8) == "MSWIN4.1" ? 424 : 160;
}

inline void putU64(QByteArray& bytes, qsizetype at, quint64 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

// Recomputes the CRC-32 of the metadata copy at `at` (block header + metadata), as Windows would.
inline void fixCrc(QByteArray& image, qsizetype at)
{
    if (at + 10 > image.size())
        return;
    const qsizetype blockSize = qsizetype(qFromLittleEndian<quint16>(image.constData() + at + 8)) * 16;
    if (blockSize <= 0 || at + blockSize + 8 > image.size())
        return;
    const quint32 crc = crc32Ieee(QByteArrayView(image).sliced(at, blockSize));
    qToLittleEndian(crc, image.data() + at + blockSize + 4);
}

// Sector 0 and the three metadata copies of a real image in 256 KiB: the copies are moved to
// CompactCopyOffsets, with the offsets in the volume header and in every block header rewritten and the
// CRCs fixed. Everything a reader needs, small enough to change and read thousands of times.
inline QByteArray compactImage(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray image(4 * MetadataArea, '\0');
    const QByteArray sector = file.read(512);
    REQUIRE(sector.size() == 512);
    image.replace(0, 512, sector);
    const qsizetype header = headerOffsetOf(sector);
    for (qsizetype i = 0; i < 3; ++i) {
        const auto offset = qFromLittleEndian<quint64>(sector.constData() + header + 16 + 8 * i);
        REQUIRE(file.seek(qint64(offset)));
        image.replace(CompactCopyOffsets[std::size_t(i)], MetadataArea, file.read(MetadataArea));
        putU64(image, header + 16 + 8 * i, quint64(CompactCopyOffsets[std::size_t(i)]));
    }
    REQUIRE(image.size() == 4 * MetadataArea);
    for (const qsizetype copy : CompactCopyOffsets) {
        for (qsizetype j = 0; j < 3; ++j)
            putU64(image, copy + 32 + 8 * j, quint64(CompactCopyOffsets[std::size_t(j)]));
        fixCrc(image, copy);
    }
    return image;
}

// A sparse copy of a real image that holds only sector 0 (changed by `patch`) and the three metadata
// copies, at their own offsets.
inline QString sparseMetadataCopy(const QString& original, const QString& target,
                                  const std::function<void(QByteArray&)>& patch)
{
    QFile in(original);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QFile out(target);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray sector = in.read(512);
    const qsizetype header = headerOffsetOf(sector);
    for (qsizetype i = 0; i < 3; ++i) {
        const auto offset = qint64(qFromLittleEndian<quint64>(sector.constData() + header + 16 + 8 * i));
        REQUIRE(in.seek(offset));
        REQUIRE(out.seek(offset));
        REQUIRE(out.write(in.read(MetadataArea)) == MetadataArea);
    }
    patch(sector);
    REQUIRE(out.seek(0));
    REQUIRE(out.write(sector) == 512);
    return target;
}

// A GUID as BitLocker stores it: the first three fields little-endian.
inline QByteArray mixedEndianGuid(const QString& guid)
{
    QByteArray bytes = QUuid::fromString(guid).toRfc4122();
    std::reverse(bytes.begin(), bytes.begin() + 4);
    std::reverse(bytes.begin() + 4, bytes.begin() + 6);
    std::reverse(bytes.begin() + 6, bytes.begin() + 8);
    return bytes;
}

// The same volume (same GUID) after its recovery key was replaced: a sparse copy of a real image whose protector
// `oldId` has the ID `newId` in each of the three metadata copies, with their CRCs made right again.
inline QString copyWithProtectorIdReplaced(const QString& original, const QString& target, const QString& oldId,
                                           const QString& newId)
{
    QFile::remove(target);
    QFile in(original);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QFile out(target);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.resize(in.size()));
    const QByteArray sector = in.read(512);
    REQUIRE(out.write(sector) == 512);
    const qsizetype header = headerOffsetOf(sector);
    const QByteArray from = mixedEndianGuid(oldId);
    const QByteArray to = mixedEndianGuid(newId);
    for (qsizetype i = 0; i < 3; ++i) {
        const auto offset = qint64(qFromLittleEndian<quint64>(sector.constData() + header + 16 + 8 * i));
        REQUIRE(in.seek(offset));
        QByteArray copy = in.read(MetadataArea);
        const qsizetype at = copy.indexOf(from);
        REQUIRE(at > 0);
        copy.replace(at, to.size(), to);
        fixCrc(copy, 0);
        REQUIRE(out.seek(offset));
        REQUIRE(out.write(copy) == copy.size());
    }
    return target;
}

inline BitLockerMetadataReader::Result readBuffer(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return BitLockerMetadataReader::read(buffer, QStringLiteral("buffer"));
}

inline QByteArray pseudoRandomBytes(qsizetype size, unsigned seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, '\0');
    for (char& c : bytes)
        c = char(random() & 0xFF);
    return bytes;
}

} // namespace keyhaven::test
