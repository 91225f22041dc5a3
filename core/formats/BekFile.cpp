// SPDX-License-Identifier: GPL-3.0-or-later
#include "BekFile.h"

#include "volumes/BitLockerEntries.h"
#include "volumes/ByteView.h"

#include <QCoreApplication>

namespace keyhaven {

namespace {

class BekFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BekFileReader)
};

constexpr qsizetype HeaderSize = 0x30;
constexpr quint32 Version = 1;
constexpr qsizetype EntryHeaderSize = 8; // u16 size, u16 type, u16 value type, u16 version
constexpr qsizetype StartupKeyHeader = 24; // protector GUID, FILETIME
constexpr qsizetype GuidSize = 16;
constexpr qsizetype KeySize = 32;
constexpr qsizetype KeyMethodSize = 4;

constexpr quint16 EntryStartupKey = 0x0006;
constexpr quint16 EntryVolumeGuid = 0x0019;
constexpr quint16 ValueKey = 0x0001;
constexpr quint16 ValueExternalKey = 0x0009;
constexpr quint16 ValueGuid = 0x0017;

// Little-endian reads through ByteView, the one reader of on-disk integers; callers check the bounds first.
quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return ByteView(bytes).u16(at).value_or(0);
}

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return ByteView(bytes).u32(at).value_or(0);
}

quint64 u64(QByteArrayView bytes, qsizetype at)
{
    return ByteView(bytes).u64(at).value_or(0);
}

const std::uint8_t* at(QByteArrayView bytes, qsizetype offset)
{
    return reinterpret_cast<const std::uint8_t*>(bytes.data() + offset);
}

QString hex16(quint16 value)
{
    return QStringLiteral("0x%1").arg(value, 4, 16, QLatin1Char('0'));
}

// The header's checks; returns a problem, or nothing when the header is sound.
std::optional<QString> headerProblem(QByteArrayView bytes)
{
    if (bytes.size() < HeaderSize)
        return BekFileReader::tr("The .BEK file is truncated: it has %n byte(s), fewer than its 48-byte header.", nullptr,
                                 static_cast<int>(bytes.size()));
    const quint32 declared = u32(bytes, 0);
    if (declared > static_cast<quint64>(bytes.size()))
        return BekFileReader::tr("The .BEK file is truncated: its header says %1 bytes, but the file has %2.")
            .arg(declared)
            .arg(bytes.size());
    if (declared < static_cast<quint64>(bytes.size()))
        return BekFileReader::tr("The .BEK file has %1 bytes, more than the %2 its header says: it is damaged or "
                                 "not a .BEK file.")
            .arg(bytes.size())
            .arg(declared);
    if (u32(bytes, 0x0C) != declared)
        return BekFileReader::tr("The .BEK file's header is damaged: its two size fields disagree.");
    return std::nullopt;
}

struct NestedEntries
{
    SecureBytes key;
    std::optional<KeyId> volumeGuid;
    QStringList problems;
};

void readNestedEntry(QByteArrayView entry, qsizetype offset, NestedEntries& nested)
{
    const quint16 type = u16(entry, 2);
    const quint16 value = u16(entry, 4);
    if (value == ValueKey) {
        const qsizetype keySize = entry.size() - EntryHeaderSize - KeyMethodSize;
        if (keySize != KeySize)
            nested.problems.append(
                BekFileReader::tr("The .BEK file's key at byte %1 has %n byte(s); an external key has 32.", nullptr,
                                  static_cast<int>(std::max<qsizetype>(keySize, 0)))
                    .arg(offset));
        else
            nested.key = SecureBytes(at(entry, EntryHeaderSize + KeyMethodSize), KeySize);
    } else if (type == EntryVolumeGuid && value == ValueGuid && entry.size() >= EntryHeaderSize + GuidSize) {
        nested.volumeGuid = KeyId::fromMixedEndian(at(entry, EntryHeaderSize));
    }
}

// The entries inside the startup-key entry: its name, on Windows 11 the volume GUID, and the key.
NestedEntries readNestedEntries(QByteArrayView bytes, qsizetype begin, qsizetype end)
{
    NestedEntries nested;
    qsizetype offset = begin;
    while (end - offset >= EntryHeaderSize) {
        const qsizetype size = u16(bytes, offset);
        if (size == 0)
            break;
        if (size < EntryHeaderSize || size > end - offset) {
            nested.problems.append(
                BekFileReader::tr("The .BEK file is damaged: the entry at byte %1 does not fit in the file.")
                    .arg(offset));
            return nested;
        }
        readNestedEntry(bytes.sliced(offset, size), offset, nested);
        offset += size;
    }
    return nested;
}

} // namespace

bool looksLikeBekFile(QByteArrayView bytes)
{
    return bytes.size() >= 12 && u32(bytes, 4) == Version && u32(bytes, 8) == HeaderSize;
}

FormatResult readBekFile(QByteArrayView bytes)
{
    FormatResult result;
    result.recognised = looksLikeBekFile(bytes);
    if (!result.recognised)
        return result;
    if (const auto problem = headerProblem(bytes)) {
        result.problems.append(*problem);
        return result;
    }

    const qsizetype entrySize = bytes.size() >= HeaderSize + EntryHeaderSize ? u16(bytes, HeaderSize) : 0;
    if (entrySize < EntryHeaderSize + StartupKeyHeader || entrySize > bytes.size() - HeaderSize) {
        result.problems.append(BekFileReader::tr("The .BEK file is damaged: its key entry does not fit in the file."));
        return result;
    }
    const quint16 type = u16(bytes, HeaderSize + 2);
    const quint16 value = u16(bytes, HeaderSize + 4);
    if (type != EntryStartupKey || value != ValueExternalKey) {
        result.problems.append(BekFileReader::tr("The .BEK file holds no external key: its entry is of type %1, "
                                                 "value type %2.")
                                   .arg(hex16(type), hex16(value)));
        return result;
    }

    NestedEntries nested
        = readNestedEntries(bytes, HeaderSize + EntryHeaderSize + StartupKeyHeader, HeaderSize + entrySize);
    result.problems += nested.problems;
    if (nested.key.isEmpty()) {
        if (nested.problems.isEmpty())
            result.problems.append(BekFileReader::tr("The .BEK file holds no key."));
        return result;
    }

    RecoveryKey key;
    key.kind = KeyKind::BitLockerExternalKey;
    key.id = KeyId::fromMixedEndian(at(bytes, 0x10));
    key.secret = std::move(nested.key);
    key.volumeGuid = nested.volumeGuid;
    key.created = bitlocker::fromFileTime(u64(bytes, 0x28));
    if (KeyId::fromMixedEndian(at(bytes, HeaderSize + EntryHeaderSize)) != *key.id)
        result.problems.append(BekFileReader::tr("The .BEK file names two different protector IDs; the one in "
                                                 "its header is used."));
    result.keys.append(std::move(key));
    return result;
}

} // namespace keyhaven
