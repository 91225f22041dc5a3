// SPDX-License-Identifier: GPL-3.0-or-later
// BitLocker past its checksums: the input becomes the entries of one FVE metadata copy whose headers and
// CRC-32 this harness writes, so every input reaches the entry parser and BitLockerUnlock's choice of
// protectors (a startup key needs no key stretching). The same bytes are also encrypted with AES-CCM under a
// fixed key, so that BitLockerUnlock::unwrap reaches the payload behind the tag.
#include "volumes/BitLockerMetadata.h"
#include "volumes/BitLockerUnlock.h"
#include "volumes/ByteView.h"
#include "volumes/VolumeSecret.h"

#include <QBuffer>
#include <QtEndian>

#include <openssl/evp.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

constexpr qsizetype MetadataOffset = 0x10000;
constexpr qsizetype BlockHeaderSize = 64;
constexpr qsizetype MetadataHeaderSize = 48;
constexpr qsizetype MaximumEntries = 60 * 1024;

template <typename T>
void put(QByteArray& bytes, qsizetype at, T value)
{
    qToLittleEndian(value, bytes.data() + at);
}

// Sector 0 of a normal BitLocker volume whose three metadata copies are all at MetadataOffset's slots.
QByteArray volumeHeader()
{
    QByteArray sector(512, '\0');
    sector.replace(0, 3, "\xEB\x58\x90");
    sector.replace(3, 8, "-FVE-FS-");
    put<quint16>(sector, 11, 512);
    sector.replace(160, 16, "\x3b\xd6\x67\x49\x29\x2e\xd8\x4a\x83\x99\xf6\xa3\x39\xe3\xd0\x01");
    for (int i = 0; i < 3; ++i)
        put<quint64>(sector, 176 + 8 * i, quint64(MetadataOffset + i * 0x10000));
    return sector;
}

// One metadata copy around `entries`: block header, metadata header, entries, validation with its CRC.
QByteArray metadataCopy(QByteArrayView entries)
{
    const qsizetype metadataSize = MetadataHeaderSize + entries.size();
    const qsizetype blockSize = (BlockHeaderSize + metadataSize + 15) / 16 * 16;
    QByteArray copy(blockSize + 8, '\0');
    copy.replace(0, 8, "-FVE-FS-");
    put<quint16>(copy, 8, quint16(blockSize / 16));
    put<quint16>(copy, 10, 2);
    put<quint16>(copy, 12, 4);
    put<quint16>(copy, 14, 4);
    for (int i = 0; i < 3; ++i)
        put<quint64>(copy, 32 + 8 * i, quint64(MetadataOffset + i * 0x10000));
    put<quint32>(copy, BlockHeaderSize, quint32(metadataSize));
    put<quint32>(copy, BlockHeaderSize + 4, 1);
    put<quint16>(copy, BlockHeaderSize + 36, 0x8004);
    copy.replace(BlockHeaderSize + MetadataHeaderSize, entries.size(), entries.data(), entries.size());
    put<quint16>(copy, blockSize, 8);
    put<quint16>(copy, blockSize + 2, 1);
    put<quint32>(copy, blockSize + 4, keyhaven::crc32Ieee(QByteArrayView(copy).first(blockSize)));
    return copy;
}

void readVolume(QByteArrayView entries)
{
    QByteArray image = volumeHeader();
    image.resize(MetadataOffset, '\0');
    image.append(metadataCopy(entries));
    QBuffer buffer(&image);
    buffer.open(QIODevice::ReadOnly);
    const auto read = keyhaven::BitLockerMetadataReader::read(buffer, QStringLiteral("fuzz"));
    if (!read.metadata)
        return;
    keyhaven::VolumeSecret secret;
    secret.kind = keyhaven::VolumeSecret::Kind::ExternalKey;
    secret.material = keyhaven::SecureBytes(32);
    if (!read.metadata->vmks.isEmpty())
        secret.id = read.metadata->vmks.first().protector.id; // so that the first VMK fits and is unwrapped
    (void)keyhaven::BitLockerUnlock::open(*read.metadata, secret);
}

// AES-256-CCM with a fixed key and nonce, as BitLocker wraps keys.
void unwrapPayload(QByteArrayView payload)
{
    static const keyhaven::SecureBytes key = [] {
        keyhaven::SecureBytes fixed(32);
        for (std::size_t i = 0; i < fixed.size(); ++i)
            fixed.data()[i] = static_cast<std::uint8_t>(i * 7 + 1);
        return fixed;
    }();
    keyhaven::AesCcmWrappedKey wrapped;
    wrapped.nonce.fill(0x42);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(),
                                                                          &EVP_CIPHER_CTX_free);
    int length = 0;
    wrapped.ciphertext.resize(payload.size());
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_ccm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_IVLEN, 12, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_TAG, 16, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), wrapped.nonce.data()) != 1
        || EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char*>(wrapped.ciphertext.data()), &length,
                             reinterpret_cast<const unsigned char*>(payload.data()), int(payload.size()))
            != 1
        || EVP_EncryptFinal_ex(context.get(), nullptr, &length) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_GET_TAG, 16, wrapped.tag.data()) != 1)
        return;
    (void)keyhaven::BitLockerUnlock::unwrap(key, wrapped);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (bytes.size() > MaximumEntries)
        return 0;
    readVolume(bytes);
    if (!bytes.isEmpty())
        unwrapPayload(bytes);
    return 0;
}
