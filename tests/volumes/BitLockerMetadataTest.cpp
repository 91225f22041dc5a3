// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumes/BitLockerMetadata.h"

#include "BitlkDump.h"
#include "MetadataImage.h"

#include "support/TestData.h"
#include "support/catch.h"

#include <QBuffer>
#include <QFile>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

BitLockerMetadata readImage(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const BitLockerMetadataReader::Result result = BitLockerMetadataReader::read(file, path);
    INFO(path.toStdString() << ": " << result.error.toStdString());
    REQUIRE(result.status == BitLockerMetadataReader::Result::Status::Ok);
    REQUIRE(result.metadata);
    CHECK(result.error.isEmpty());
    return *result.metadata;
}

QString idOf(const QString& guid)
{
    const auto id = KeyId::parse(guid);
    REQUIRE(id);
    return id->toString();
}

// cryptsetup, the second judge of the reader, is a Linux program: under Wine the images are checked against
// images.conf and the rest below.
#if defined(Q_OS_LINUX)
// The description cryptsetup shows, from an image whose first metadata copy is intact. cryptsetup 2.6
// checks the CRC of a later copy but reads the entries of the first one, so for an image with a damaged
// first copy it shows that copy's damaged description: compare with the image it was made from instead.
QString expectedDescription(const BitLockerImage& image, const BitLockerMetadata& metadata, const BitlkDump& dump)
{
    if (metadata.metadataCopy == 0)
        return dump.description;
    for (const BitLockerImage& other : bitlockerImages())
        if (other.guid == image.guid && other.name != image.name && readImage(other.path()).metadataCopy == 0)
            return bitlkDump(other.path()).description;
    FAIL("No intact image with the volume GUID of " << image.name.toStdString());
    return{};
}

void compareVmks(const BitLockerMetadata& metadata, const BitlkDump& dump)
{
    REQUIRE(metadata.vmks.size() == dump.vmks.size());
    REQUIRE(metadata.volume.protectors.size() == dump.vmks.size());
    for (qsizetype i = 0; i < dump.vmks.size(); ++i) {
        const BitLockerVmk& vmk = metadata.vmks[i];
        const DumpedVmk& dumped = dump.vmks[i];
        INFO("keyslot " << i << " " << dumped.guid.toStdString());
        CHECK(vmk.protector.id.toString() == idOf(dumped.guid));
        CHECK(vmk.protector.type == protectorTypeFromDump(dumped.protection));
        CHECK(metadata.volume.protectors[i].id == vmk.protector.id);
        CHECK(metadata.volume.protectors[i].type == vmk.protector.type);
        CHECK(vmk.name == dumped.name);
        REQUIRE(vmk.wrappedVmk);
        CHECK(vmk.wrappedVmk->ciphertext.size() == dumped.keyDataSize);
        if (dumped.salt != QString(32, QLatin1Char('0'))) {
            REQUIRE(vmk.stretchSalt);
            const QByteArray salt(reinterpret_cast<const char*>(vmk.stretchSalt->data()), 16);
            CHECK(QString::fromLatin1(salt.toHex()) == dumped.salt);
        }
    }
}
#endif

ProtectorType typeOf(const BitLockerMetadata& metadata, const QString& guid)
{
    for (const Protector& protector : metadata.volume.protectors)
        if (protector.id.toString() == idOf(guid))
            return protector.type;
    FAIL("No protector " << guid.toStdString());
    return ProtectorType::Unknown;
}

} // namespace

#if defined(Q_OS_LINUX)
TEST_CASE("Every test image reads as cryptsetup bitlkDump shows it", "[volumes][bitlocker]")
{
    for (const BitLockerImage& image : bitlockerImages()) {
        INFO(image.name.toStdString());
        const BitLockerMetadata metadata = readImage(image.path());
        const BitlkDump dump = bitlkDump(image.path());
        const Volume& volume = metadata.volume;
        CHECK(volume.path == image.path());
        CHECK(volume.type == VolumeType::BitLocker);
        REQUIRE(volume.guid);
        CHECK(volume.guid->toString() == idOf(dump.guid));
        CHECK(volume.description == expectedDescription(image, metadata, dump));
        REQUIRE(dump.created.isValid());
        CHECK(volume.created.timeSpec() == Qt::UTC);
        CHECK(volume.created.toSecsSinceEpoch() == dump.created.toSecsSinceEpoch());
        CHECK(dump.cipherName == QLatin1String("aes"));
        CHECK(volume.encryption == encryptionNameFromDump(dump));
        CHECK(volume.bitLockerToGo == dump.toGo);
        compareVmks(metadata, dump);
        REQUIRE(metadata.wrappedFvek);
        CHECK(metadata.wrappedFvek->ciphertext.size() == dump.fvekDataSize);
    }
}
#endif

TEST_CASE("Every test image agrees with images.conf", "[volumes][bitlocker]")
{
    for (const BitLockerImage& image : bitlockerImages()) {
        INFO(image.name.toStdString());
        const BitLockerMetadata metadata = readImage(image.path());
        CHECK(metadata.volume.guid->toString() == idOf(image.guid));
        const QList<std::pair<QString, ProtectorType>> expected {
            { image.recoveryPasswordVmk, ProtectorType::RecoveryPassword },
            { image.passwordVmk, ProtectorType::Password },
            { image.startupKeyVmk, ProtectorType::StartupKey },
            { image.smartCardVmk, ProtectorType::SmartCard },
            { image.clearKeyVmk, ProtectorType::ClearKey },
        };
        for (const auto& [guid, type] : expected)
            if (!guid.isEmpty())
                CHECK(typeOf(metadata, guid) == type);
        const QString& encryption = metadata.volume.encryption;
        if (image.cipher == QLatin1String("aes-xts-plain64"))
            CHECK(encryption.startsWith(QLatin1String("AES-XTS ")));
        else if (image.cipher == QLatin1String("aes-cbc-elephant"))
            CHECK(encryption.endsWith(QLatin1String(" with Elephant diffuser")));
        else
            CHECK((encryption == QLatin1String("AES-CBC 128") || encryption == QLatin1String("AES-CBC 256")));
    }
    CHECK(readImage(bitlockerImage(QStringLiteral("bitlk-aes-xts-256"))).volume.encryption
          == QLatin1String("AES-XTS 256"));
    CHECK(readImage(bitlockerImage(QStringLiteral("bitlk-aes-cbc-elephant-128"))).volume.encryption
          == QLatin1String("AES-CBC 128 with Elephant diffuser"));
}

TEST_CASE("What key verification needs is read for every protector", "[volumes][bitlocker]")
{
    for (const BitLockerImage& image : bitlockerImages()) {
        INFO(image.name.toStdString());
        const BitLockerMetadata metadata = readImage(image.path());
        REQUIRE(metadata.wrappedFvek);
        CHECK(metadata.wrappedFvek->ciphertext.size() >= 28);
        CHECK(metadata.wrappedFvek->nonce != decltype(metadata.wrappedFvek->nonce){});
        for (const BitLockerVmk& vmk : metadata.vmks) {
            INFO(vmk.protector.id.toString().toStdString());
            const ProtectorType type = vmk.protector.type;
            if (type == ProtectorType::RecoveryPassword || type == ProtectorType::Password)
                CHECK(vmk.stretchSalt);
            REQUIRE(vmk.wrappedVmk); // a clear key wraps the VMK too
            CHECK(vmk.wrappedVmk->ciphertext.size() == 44);
            CHECK(vmk.wrappedVmk->tag != decltype(vmk.wrappedVmk->tag){});
            CHECK(vmk.clearKey.size() == (type == ProtectorType::ClearKey ? 32 : 0));
            if (type == ProtectorType::StartupKey)
                CHECK(vmk.name == QLatin1String("ExternalKey"));
            CHECK(vmk.protector.created.isValid());
        }
    }
}

TEST_CASE("The first intact metadata copy is used", "[volumes][bitlocker]")
{
    const BitLockerMetadata crc = readImage(bitlockerImage(QStringLiteral("bitlk-aes-xts-128-crc")));
    const BitLockerMetadata intact = readImage(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    CHECK(crc.metadataCopy == 2);
    CHECK(intact.metadataCopy == 0);
    CHECK(crc.volume.description == intact.volume.description);
    CHECK(crc.volume.guid == intact.volume.guid);
    CHECK(crc.vmks.size() == intact.vmks.size());
    CHECK(crc.volume.notes.join(QLatin1Char(' ')).contains(QLatin1String("copy 3 of 3")));

    QByteArray image = compactImage(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    image[CompactCopyOffsets[0] + 130] = char(image[CompactCopyOffsets[0] + 130] ^ 0x55);
    CHECK(readBuffer(image).metadata->metadataCopy == 1);
    image[CompactCopyOffsets[1] + 130] = char(image[CompactCopyOffsets[1] + 130] ^ 0x55);
    CHECK(readBuffer(image).metadata->metadataCopy == 2);
    image[CompactCopyOffsets[2] + 130] = char(image[CompactCopyOffsets[2] + 130] ^ 0x55);
    const auto damaged = readBuffer(image);
    CHECK(damaged.status == BitLockerMetadataReader::Result::Status::Damaged);
    CHECK(damaged.error.contains(QLatin1String("none of its three metadata copies")));
}

TEST_CASE("BitLocker To Go is told apart from an ordinary FAT volume", "[volumes][bitlocker]")
{
    const BitLockerMetadata toGo = readImage(bitlockerImage(QStringLiteral("bitlk-togo-aes-cbc-128")));
    CHECK(toGo.volume.bitLockerToGo);
    CHECK(toGo.volume.protectors.size() == 2);

    QFile file(bitlockerImage(QStringLiteral("bitlk-togo-aes-cbc-128")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray fat = file.read(512);
    CHECK(BitLockerMetadataReader::looksLikeBitLocker(fat));
    fat.replace(424, 16, QByteArray(16, '\x11')); // an ordinary FAT32 boot sector says MSWIN4.1 too
    CHECK_FALSE(BitLockerMetadataReader::looksLikeBitLocker(fat));
    CHECK(readBuffer(fat).status == BitLockerMetadataReader::Result::Status::NotBitLocker);
}

TEST_CASE("Windows Vista metadata is reported as unsupported", "[volumes][bitlocker]")
{
    QByteArray image = compactImage(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    image.replace(0, 3, QByteArray("\xEB\x52\x90"));
    CHECK(BitLockerMetadataReader::looksLikeBitLocker(image.left(512)));
    const auto result = readBuffer(image);
    CHECK(result.status == BitLockerMetadataReader::Result::Status::Unsupported);
    CHECK(result.error.contains(QLatin1String("Vista")));
    CHECK_FALSE(result.metadata);
}

TEST_CASE("A used-space-only volume says so and still lists its protectors", "[volumes][bitlocker]")
{
    const QString original = bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    ScratchDir scratch;
    // The identifier is in the volume header, which the metadata CRC does not cover.
    const QString patched = sparseMetadataCopy(original, scratch.file(QStringLiteral("eow.img")), [](QByteArray& s) {
        s.replace(160, 16, QByteArray("\x3b\x4d\xa8\x92\x80\xdd\x0e\x4d\x9e\x4e\xb1\xe3\x28\x4e\xae\xd8"));
    });
    const BitLockerMetadata metadata = readImage(patched);
    CHECK(metadata.volume.usedSpaceOnly);
    CHECK(metadata.volume.notes.join(QLatin1Char(' ')).contains(QLatin1String("used space only")));
    CHECK(metadata.volume.protectors.size() == 2);
    CHECK(metadata.metadataCopy == 0);
    CHECK_FALSE(readImage(original).volume.usedSpaceOnly);
    // The "partially encrypted" test image is such a volume, made by Windows.
    const BitLockerMetadata real = readImage(bitlockerImage(QStringLiteral("bitlk-partially-encrypted-aes-cbc-128")));
    CHECK(real.volume.usedSpaceOnly);
    CHECK(real.volume.protectors.size() == 3);
}

TEST_CASE("Input that is not intact BitLocker metadata gets a status and a message", "[volumes][bitlocker]")
{
    using Status = BitLockerMetadataReader::Result::Status;
    CHECK(readBuffer(QByteArray()).status == Status::NotBitLocker);
    CHECK(readBuffer(QByteArray(1 << 20, '\0')).status == Status::NotBitLocker);
    CHECK(readBuffer(pseudoRandomBytes(1 << 16, 7)).status == Status::NotBitLocker);

    QFile file(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto truncated = readBuffer(file.read(1 << 20));
    CHECK(truncated.status == Status::Damaged);
    CHECK(truncated.error.contains(QLatin1String("truncated")));

    QByteArray farAway = compactImage(file.fileName());
    for (int i = 0; i < 3; ++i)
        farAway.replace(160 + 16 + 8 * i, 8, QByteArray(8, '\xff'));
    CHECK(readBuffer(farAway).status == Status::Damaged);

    QBuffer closed;
    const auto notOpen = BitLockerMetadataReader::read(closed, QStringLiteral("closed"));
    CHECK(notOpen.status == Status::ReadError);
    CHECK_FALSE(notOpen.error.isEmpty());
}
