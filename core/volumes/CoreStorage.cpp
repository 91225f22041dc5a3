// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreStorage.h"

#include "ByteView.h"

#include <QFile>

#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
#include <libcryptsetup.h>
#endif

namespace keyhaven {

namespace {

// The CoreStorage physical volume header (512 bytes, little-endian but for the magic).
constexpr qsizetype HeaderSize = 512;
constexpr qsizetype ChecksumOffset = 0;
constexpr qsizetype SeedOffset = 4;
constexpr qsizetype ChecksummedFrom = 8;
constexpr qsizetype VersionOffset = 8;
constexpr qsizetype MagicOffset = 88;
constexpr qsizetype KeySizeOffset = 168;
constexpr qsizetype CipherOffset = 172;
constexpr qsizetype PhysicalVolumeUuidOffset = 304;
constexpr qsizetype VolumeGroupUuidOffset = 320;
constexpr QByteArrayView Magic("CS");
constexpr std::uint32_t Seed = 0xFFFFFFFFU;
constexpr std::uint32_t MetadataKeySize = 16;
constexpr std::uint32_t CipherAesXts = 2;

QUuid uuidAt(ByteView header, qsizetype offset)
{
    return QUuid::fromRfc4122(header.bytes().sliced(offset, 16));
}

CoreStorageReader::Result failure(CoreStorageReader::Result::Status status, const QString& error)
{
    CoreStorageReader::Result result;
    result.status = status;
    result.error = error;
    return result;
}

#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
void quiet(int, const char*, void*) { }
#endif

} // namespace

bool CoreStorageReader::looksLikeCoreStorage(QByteArrayView firstSector)
{
    return ByteView(firstSector).startsWithAt(MagicOffset, Magic) && firstSector.size() >= HeaderSize;
}

CoreStorageReader::Result CoreStorageReader::read(QIODevice& device, const QString& path)
{
    using Status = Result::Status;
    if (!device.isOpen() || !device.isReadable() || device.isSequential())
        return failure(Status::ReadError,
                       tr("%1 cannot be read here: it must be a file or device open for reading "
                          "that allows seeking.")
                           .arg(path));
    const DeviceRead first = readAt(device, 0, HeaderSize);
    if (first.status == DeviceRead::Status::Error)
        return failure(Status::ReadError, tr("Could not read %1: %2").arg(path, device.errorString()));
    if (first.status == DeviceRead::Status::Short || !looksLikeCoreStorage(first.bytes))
        return failure(Status::NotCoreStorage, tr("%1 is not a CoreStorage (FileVault 2) volume.").arg(path));

    const ByteView header(first.bytes);
    const bool checksumMatches = header.u32(SeedOffset) == Seed
        && header.u32(ChecksumOffset) == crc32cRaw(Seed, header.bytes().sliced(ChecksummedFrom));
    if (!checksumMatches)
        return failure(Status::Damaged,
                       tr("%1 has a CoreStorage header whose checksum does not match: it is damaged.").arg(path));
    if (header.u16(VersionOffset) != 1 || header.u32(KeySizeOffset) != MetadataKeySize)
        return failure(Status::Damaged,
                       tr("%1 has a CoreStorage header of a version that cannot be read here.").arg(path));

    Result result;
    result.status = Status::Ok;
    result.physicalVolume = uuidAt(header, PhysicalVolumeUuidOffset);
    result.volumeGroup = uuidAt(header, VolumeGroupUuidOffset);
    Volume volume;
    volume.path = path;
    volume.type = VolumeType::FileVault;
    volume.guid = KeyId::fromUuid(result.physicalVolume);
    if (header.u32(CipherOffset) == CipherAesXts)
        volume.encryption = QStringLiteral("AES-XTS 128");
    if (!result.volumeGroup.isNull())
        volume.notes
            << tr("Logical volume group UUID: %1").arg(result.volumeGroup.toString(QUuid::WithoutBraces).toUpper());
    result.volume = volume;
    return result;
}

bool CoreStorageReader::canReadFamilyUuid()
{
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
    return true;
#else
    return false;
#endif
}

std::optional<QUuid> CoreStorageReader::familyUuid(const QString& path)
{
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
    crypt_device* cd = nullptr;
    if (crypt_init(&cd, QFile::encodeName(path).constData()) < 0)
        return std::nullopt;
    crypt_set_log_callback(cd, quiet, nullptr);
    std::optional<QUuid> uuid;
    if (crypt_load(cd, CRYPT_FVAULT2, nullptr) == 0) {
        const char* text = crypt_get_uuid(cd);
        const QUuid parsed = text ? QUuid::fromString(QLatin1String(text)) : QUuid();
        if (!parsed.isNull())
            uuid = parsed;
    }
    crypt_free(cd);
    return uuid;
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

} // namespace keyhaven
