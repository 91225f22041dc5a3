// SPDX-License-Identifier: GPL-3.0-or-later
// BitLocker's FVE metadata (bitlocker.md §5), read with seeks: the volume header, then the first of the
// three metadata copies whose CRC-32 matches, then its entries.
#include "BitLockerMetadata.h"

#include "BitLockerEntries.h"
#include "ByteView.h"

namespace keyhaven {

namespace {

// Volume header (sector 0).
constexpr qsizetype SectorSize = 512;
constexpr qsizetype OemIdOffset = 3;
constexpr qsizetype BytesPerSectorOffset = 11;
constexpr qsizetype NormalHeaderOffset = 160;
constexpr qsizetype ToGoHeaderOffset = 424;
constexpr QByteArrayView FveSignature("-FVE-FS-");
constexpr QByteArrayView ToGoSignature("MSWIN4.1");
constexpr QByteArrayView VistaBootCode("\xEB\x52\x90");
// The BitLocker identifiers, as stored: 4967d63b-2e29-4ad8-8399-f6a339e3d001 (normal) and
// 92a84d3b-dd80-4d0e-9e4e-b1e3284eaed8 ("used space only", encrypt on write).
constexpr QByteArrayView NormalIdentifier("\x3b\xd6\x67\x49\x29\x2e\xd8\x4a\x83\x99\xf6\xa3\x39\xe3\xd0\x01");
constexpr QByteArrayView UsedSpaceOnlyIdentifier("\x3b\x4d\xa8\x92\x80\xdd\x0e\x4d\x9e\x4e\xb1\xe3\x28\x4e\xae\xd8");

// One FVE metadata copy: a 64-byte block header, a 48-byte metadata header, entries, then a validation
// block (u16 size, u16 version, u32 CRC-32 of block header + metadata). At most 64 KiB in all.
constexpr qsizetype BlockHeaderSize = 64;
constexpr qsizetype MetadataHeaderSize = 48;
constexpr qsizetype HeadersSize = BlockHeaderSize + MetadataHeaderSize;
constexpr qsizetype ValidationHeaderSize = 8;
constexpr qsizetype MetadataAreaSize = 64 * 1024;
constexpr std::uint16_t MetadataVersion = 2;
constexpr std::uint16_t StateEncrypted = 4;

struct VolumeHeader
{
    bool toGo = false;
    bool usedSpaceOnly = false;
    quint16 bytesPerSector = 512;
    std::array<quint64, 3> offsets{};
};

VolumeHeader parseVolumeHeader(ByteView sector)
{
    VolumeHeader header;
    header.toGo = !sector.startsWithAt(OemIdOffset, FveSignature);
    const qsizetype at = header.toGo ? ToGoHeaderOffset : NormalHeaderOffset;
    header.usedSpaceOnly = sector.startsWithAt(at, UsedSpaceOnlyIdentifier);
    const quint16 bytesPerSector = sector.u16(BytesPerSectorOffset).value_or(0);
    header.bytesPerSector = bytesPerSector == 0 ? 512 : bytesPerSector;
    for (qsizetype i = 0; i < 3; ++i)
        header.offsets[static_cast<std::size_t>(i)] = sector.u64(at + 16 + 8 * i).value_or(0);
    return header;
}

enum class CopyState { Valid, Short, Invalid, ReadError };

struct MetadataCopy
{
    CopyState state = CopyState::Invalid;
    QByteArray block; // block header + metadata, CRC checked
    QString error;
};

bool validationMatches(ByteView copy, qsizetype blockSize)
{
    const auto size = copy.u16(blockSize);
    const auto version = copy.u16(blockSize + 2);
    const auto crc = copy.u32(blockSize + 4);
    return size && version && crc && *size >= ValidationHeaderSize && *version <= 2
        && crc32Ieee(copy.bytes().first(blockSize)) == *crc;
}

MetadataCopy readCopy(QIODevice& device, quint64 offset, std::size_t index)
{
    MetadataCopy copy;
    const DeviceRead head = readAt(device, offset, BlockHeaderSize);
    if (head.status != DeviceRead::Status::Ok) {
        copy.state = head.status == DeviceRead::Status::Short ? CopyState::Short : CopyState::ReadError;
        copy.error = device.errorString();
        return copy;
    }
    const ByteView header(head.bytes);
    const qsizetype blockSize = qsizetype(header.u16(8).value_or(0)) * 16;
    if (!header.startsWithAt(0, FveSignature) || header.u16(10) != MetadataVersion || blockSize < HeadersSize
        || blockSize + ValidationHeaderSize > MetadataAreaSize
        || header.u64(32 + 8 * qsizetype(index)) != offset) // each copy knows where it should be
        return copy;

    const DeviceRead whole = readAt(device, offset, blockSize + ValidationHeaderSize);
    if (whole.status != DeviceRead::Status::Ok) {
        copy.state = whole.status == DeviceRead::Status::Short ? CopyState::Short : CopyState::ReadError;
        copy.error = device.errorString();
        return copy;
    }
    const ByteView bytes(whole.bytes);
    const quint32 metadataSize = bytes.u32(BlockHeaderSize).value_or(0);
    if (bytes.bytes().first(BlockHeaderSize) != head.bytes || !validationMatches(bytes, blockSize)
        || metadataSize < MetadataHeaderSize || metadataSize > quint32(blockSize - BlockHeaderSize))
        return copy;
    copy.state = CopyState::Valid;
    copy.block = whole.bytes.first(BlockHeaderSize + qsizetype(metadataSize));
    return copy;
}

void addNotes(BitLockerMetadata& metadata)
{
    QStringList& notes = metadata.volume.notes;
    if (metadata.volume.usedSpaceOnly)
        notes << BitLockerMetadataReader::tr("Only the used space is encrypted (“used space only”): space that was "
                                             "free when encryption started may still hold old, unencrypted data.");
    for (const BitLockerVmk& vmk : std::as_const(metadata.vmks))
        if (vmk.protector.type == ProtectorType::ClearKey) {
            notes << BitLockerMetadataReader::tr("A clear key is stored on the volume (BitLocker protection is "
                                                 "suspended): it opens without any key until protection is resumed.");
            break;
        }
    if (metadata.currentState != StateEncrypted || metadata.nextState != StateEncrypted)
        notes << BitLockerMetadataReader::tr("Encryption or decryption has not finished (BitLocker conversion state "
                                             "%1, next %2).")
                     .arg(metadata.currentState)
                     .arg(metadata.nextState);
    if (metadata.metadataCopy > 0)
        notes << BitLockerMetadataReader::tr("Metadata copy %1 of 3 was read: the copies before it are damaged.")
                     .arg(metadata.metadataCopy + 1);
}

BitLockerMetadata parseCopy(const QByteArray& block, const VolumeHeader& header, int index, const QString& path)
{
    const ByteView bytes(block);
    BitLockerMetadata metadata;
    metadata.metadataCopy = index;
    metadata.bytesPerSector = header.bytesPerSector;
    metadata.currentState = bytes.u16(12).value_or(0);
    metadata.nextState = bytes.u16(14).value_or(0);
    metadata.volumeSize = bytes.u64(16).value_or(0);
    for (qsizetype i = 0; i < 3; ++i)
        metadata.metadataOffsets[static_cast<std::size_t>(i)] = bytes.u64(32 + 8 * i).value_or(0);
    metadata.encryptionMethod = bytes.u16(BlockHeaderSize + 36).value_or(0);

    Volume& volume = metadata.volume;
    volume.path = path;
    volume.type = VolumeType::BitLocker;
    volume.bitLockerToGo = header.toGo;
    volume.usedSpaceOnly = header.usedSpaceOnly;
    volume.guid = KeyId::fromMixedEndian(bytes.data(BlockHeaderSize + 16));
    volume.created = bitlocker::fromFileTime(bytes.u64(BlockHeaderSize + 40).value_or(0));
    volume.encryption = BitLockerMetadataReader::encryptionMethodName(metadata.encryptionMethod);

    if (!bitlocker::parseEntries(bytes.mid(HeadersSize, bytes.size() - HeadersSize), metadata))
        volume.notes << BitLockerMetadataReader::tr("Part of the BitLocker metadata could not be understood: only "
                                                    "what comes before it is shown.");
    addNotes(metadata);
    return metadata;
}

BitLockerMetadataReader::Result failure(BitLockerMetadataReader::Result::Status status, const QString& error)
{
    BitLockerMetadataReader::Result result;
    result.status = status;
    result.error = error;
    return result;
}

} // namespace

BitLockerMetadataReader::Result BitLockerMetadataReader::read(QIODevice& device, const QString& path)
{
    using Status = Result::Status;
    if (!device.isOpen() || !device.isReadable() || device.isSequential())
        return failure(Status::ReadError,
                       tr("%1 cannot be read here: it must be a file or device open for reading "
                          "that allows seeking.")
                           .arg(path));
    const DeviceRead first = readAt(device, 0, SectorSize);
    if (first.status == DeviceRead::Status::Error)
        return failure(Status::ReadError, tr("Could not read %1: %2").arg(path, device.errorString()));
    if (first.status == DeviceRead::Status::Short || !looksLikeBitLocker(first.bytes))
        return failure(Status::NotBitLocker, tr("%1 is not a BitLocker volume.").arg(path));
    const ByteView sector(first.bytes);
    if (sector.startsWithAt(0, VistaBootCode) && sector.startsWithAt(OemIdOffset, FveSignature))
        return failure(Status::Unsupported,
                       tr("%1 is a BitLocker volume made by Windows Vista (metadata version 1): "
                          "that format cannot be read here. Windows 7 or later can upgrade it.")
                           .arg(path));

    const VolumeHeader header = parseVolumeHeader(sector);
    int shortCopies = 0;
    QString readError;
    for (std::size_t i = 0; i < header.offsets.size(); ++i) {
        const MetadataCopy copy = readCopy(device, header.offsets[i], i);
        if (copy.state == CopyState::Valid) {
            Result result;
            result.status = Status::Ok;
            result.metadata = parseCopy(copy.block, header, int(i), path);
            return result;
        }
        shortCopies += copy.state == CopyState::Short ? 1 : 0;
        if (copy.state == CopyState::ReadError)
            readError = copy.error;
    }
    if (!readError.isEmpty())
        return failure(Status::ReadError, tr("Could not read the BitLocker metadata of %1: %2").arg(path, readError));
    if (shortCopies == int(header.offsets.size()))
        return failure(Status::Damaged,
                       tr("%1 ends before its BitLocker metadata: the image or device looks "
                          "truncated.")
                           .arg(path));
    return failure(Status::Damaged,
                   tr("%1 has a BitLocker header, but none of its three metadata copies is intact.").arg(path));
}

bool BitLockerMetadataReader::looksLikeBitLocker(QByteArrayView firstSector)
{
    const ByteView sector(firstSector);
    if (sector.startsWithAt(OemIdOffset, FveSignature))
        return true;
    // Every FAT volume formatted by Windows says MSWIN4.1: only the identifier tells BitLocker To Go apart.
    return sector.startsWithAt(OemIdOffset, ToGoSignature)
        && (sector.startsWithAt(ToGoHeaderOffset, NormalIdentifier)
            || sector.startsWithAt(ToGoHeaderOffset, UsedSpaceOnlyIdentifier));
}

QString BitLockerMetadataReader::encryptionMethodName(quint16 method)
{
    switch (method) {
    case 0x8000:
        return QStringLiteral("AES-CBC 128 with Elephant diffuser");
    case 0x8001:
        return QStringLiteral("AES-CBC 256 with Elephant diffuser");
    case 0x8002:
        return QStringLiteral("AES-CBC 128");
    case 0x8003:
        return QStringLiteral("AES-CBC 256");
    case 0x8004:
        return QStringLiteral("AES-XTS 128");
    case 0x8005:
        return QStringLiteral("AES-XTS 256");
    default:
        return QStringLiteral("unknown (0x%1)").arg(method, 4, 16, QLatin1Char('0'));
    }
}

ProtectorType BitLockerMetadataReader::protectorType(quint16 rawType)
{
    switch (rawType) {
    case 0x0000:
        return ProtectorType::ClearKey;
    case 0x0100:
        return ProtectorType::Tpm;
    case 0x0200:
        return ProtectorType::StartupKey;
    case 0x0500:
        return ProtectorType::TpmPin;
    case 0x0800:
        return ProtectorType::RecoveryPassword;
    case 0x1000:
        return ProtectorType::SmartCard;
    case 0x2000:
        return ProtectorType::Password;
    default:
        return ProtectorType::Unknown;
    }
}

} // namespace keyhaven
