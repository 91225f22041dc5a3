// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectorEdits.h"

#include "keys/KeyId.h"
#include "keys/RecoveryPassword.h"
#include "volumes/BitLockerKeyStretch.h"
#include "volumes/BitLockerMetadata.h"
#include "volumes/ByteView.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QFile>
#include <QtEndian>

#include <functional>
#include <memory>

namespace keyhaven::test {

namespace {

constexpr qsizetype MetadataArea = 64 * 1024;
constexpr qsizetype BlockHeaderSize = 64;
constexpr qsizetype FirstEntry = 64 + 48;
constexpr std::uint16_t TpmProtection = 0x0100;

quint16 u16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

QByteArray mixedEndian(const KeyId& id)
{
    QByteArray bytes = id.uuid().toRfc4122();
    std::reverse(bytes.begin(), bytes.begin() + 4);
    std::reverse(bytes.begin() + 4, bytes.begin() + 6);
    std::reverse(bytes.begin() + 6, bytes.begin() + 8);
    return bytes;
}

// A sparse copy: sector 0 and the three metadata areas at their own offsets, and the original's size.
QList<qint64> sparseCopy(const QString& original, const QString& target)
{
    QFile in(original);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QByteArray sector = in.read(512);
    const qsizetype header = sector.mid(3, 8) == "MSWIN4.1" ? 424 : 160;
    QList<qint64> offsets;
    for (qsizetype i = 0; i < 3; ++i) {
        const auto offset = qint64(qFromLittleEndian<quint64>(sector.constData() + header + 16 + 8 * i));
        if (!in.seek(offset) || !out.seek(offset) || out.write(in.read(MetadataArea)) != MetadataArea)
            return {};
        offsets << offset;
    }
    if (!out.seek(0) || out.write(sector) != 512 || !out.resize(in.size()))
        return {};
    return offsets;
}

// Applies `edit` to every metadata copy and fixes its CRC-32, as Windows would.
bool editCopies(const QString& path, const QList<qint64>& offsets, const std::function<bool(QByteArray&)>& edit)
{
    QFile file(path);
    if (offsets.size() != 3 || !file.open(QIODevice::ReadWrite))
        return false;
    for (const qint64 offset : offsets) {
        if (!file.seek(offset))
            return false;
        QByteArray block = file.read(MetadataArea);
        if (block.size() != MetadataArea || !edit(block))
            return false;
        const qsizetype blockSize = qsizetype(u16(block, 8)) * 16;
        qToLittleEndian(crc32Ieee(QByteArrayView(block).first(blockSize)), block.data() + blockSize + 4);
        if (!file.seek(offset) || file.write(block) != MetadataArea)
            return false;
    }
    return true;
}

// The offset of the VMK entry of protector `id` in a metadata block, or -1.
qsizetype vmkEntry(const QByteArray& block, const KeyId& id)
{
    const qsizetype end = BlockHeaderSize + qFromLittleEndian<quint32>(block.constData() + BlockHeaderSize);
    const QByteArray guid = mixedEndian(id);
    for (qsizetype at = FirstEntry; at + 8 <= end && u16(block, at) >= 8; at += u16(block, at))
        if (u16(block, at + 2) == 0x0002 && u16(block, at + 4) == 0x0008 && block.mid(at + 8, 16) == guid)
            return at;
    return -1;
}

// The offset of the first datum of value type `value` (and entry type `type`) among [from, end), or -1.
qsizetype datum(const QByteArray& bytes, qsizetype from, qsizetype end, quint16 type, quint16 value)
{
    for (qsizetype at = from; at + 8 <= end && u16(bytes, at) >= 8; at += u16(bytes, at))
        if (u16(bytes, at + 2) == type && u16(bytes, at + 4) == value)
            return at;
    return -1;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// AES-256-CCM with a 12-byte nonce and a 16-byte tag, as BitLocker stores keys: nonce, tag, ciphertext.
QByteArray aesCcm(const QByteArray& key, const QByteArray& nonce, const QByteArray& input, QByteArray& tag,
                  bool encrypt)
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* n = reinterpret_cast<const unsigned char*>(nonce.constData());
    int length = 0;
    QByteArray output(input.size(), '\0');
    auto* out = reinterpret_cast<unsigned char*>(output.data());
    const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
    if (encrypt) {
        tag.resize(16);
        if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_ccm(), nullptr, nullptr, nullptr) != 1
            || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_IVLEN, 12, nullptr) != 1
            || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_TAG, 16, nullptr) != 1
            || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, k, n) != 1
            || EVP_EncryptUpdate(context.get(), out, &length, in, int(input.size())) != 1
            || EVP_EncryptFinal_ex(context.get(), out + length, &length) != 1
            || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_GET_TAG, 16, tag.data()) != 1)
            return {};
        return output;
    }
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_ccm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_IVLEN, 12, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_TAG, 16, tag.data()) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, k, n) != 1
        || EVP_DecryptUpdate(context.get(), out, &length, in, int(input.size())) != 1)
        return {};
    return output;
}

QByteArray decrypt(const QByteArray& key, const AesCcmWrappedKey& wrapped)
{
    QByteArray tag(reinterpret_cast<const char*>(wrapped.tag.data()), 16);
    return aesCcm(key, QByteArray(reinterpret_cast<const char*>(wrapped.nonce.data()), 12), wrapped.ciphertext, tag,
                  false);
}

// Writes nonce, tag and ciphertext of `plain` encrypted with `key` over the AES-CCM datum at `at`.
void encryptInto(QByteArray& bytes, qsizetype at, const QByteArray& key, const QByteArray& plain)
{
    QByteArray nonce(12, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), 12);
    QByteArray tag;
    const QByteArray cipher = aesCcm(key, nonce, plain, tag, true);
    bytes.replace(at + 8, 12, nonce);
    bytes.replace(at + 20, 16, tag);
    bytes.replace(at + 36, cipher.size(), cipher);
}

QByteArray toBytes(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// What the new protector needs: the VMK's plain key datum and the recovery-password datum's, from the original.
struct Plaintexts
{
    QByteArray vmkDatum;      // 44 bytes: key datum header, method, 32-byte VMK
    QByteArray passwordDatum; // 28 bytes: key datum header, method, 16 key bytes
};

std::optional<Plaintexts> readPlaintexts(const QString& path, const ImageFacts& image)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto read = BitLockerMetadataReader::read(file, path);
    const std::optional<KeyId> id = KeyId::parse(image.recoveryPasswordVmk);
    if (!read.metadata || !id)
        return std::nullopt;
    for (const BitLockerVmk& vmk : read.metadata->vmks) {
        if (vmk.protector.id != *id || !vmk.stretchSalt || !vmk.wrappedVmk || vmk.nestedWrappedKeys.isEmpty())
            continue;
        const auto password = RecoveryPassword::parse(SecureBytes::fromUtf8(image.recoveryPassword)).password;
        const QByteArray stretched
            = toBytes(stretchBitLockerKey(recoveryPasswordInitialHash(password->keyBytes()), *vmk.stretchSalt));
        Plaintexts plain;
        plain.vmkDatum = decrypt(stretched, *vmk.wrappedVmk);
        if (plain.vmkDatum.size() != 44)
            return std::nullopt;
        plain.passwordDatum = decrypt(plain.vmkDatum.mid(12, 32), vmk.nestedWrappedKeys.first());
        if (plain.passwordDatum.size() != 28)
            return std::nullopt;
        return plain;
    }
    return std::nullopt;
}

// The original recovery protector's entry, made into the new one: ID, salt, both wrapped keys.
QByteArray newProtectorEntry(QByteArray entry, const Plaintexts& plain, const QString& password, const KeyId& id)
{
    entry.replace(8, 16, mixedEndian(id));
    const qsizetype stretch = datum(entry, 8 + 28, entry.size(), 0, 0x0003);
    const qsizetype wrappedVmk = datum(entry, 8 + 28, entry.size(), 0, 0x0005);
    if (stretch < 0 || wrappedVmk < 0)
        return {};
    const qsizetype nested = datum(entry, stretch + 8 + 20, stretch + u16(entry, stretch), 0x0012, 0x0005);
    if (nested < 0)
        return {};
    QByteArray salt(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), 16);
    entry.replace(stretch + 8 + 4, 16, salt);

    const SecureBytes keyBytes = RecoveryPassword::parse(SecureBytes::fromUtf8(password)).password->keyBytes();
    std::array<std::uint8_t, 16> saltArray {};
    std::copy_n(reinterpret_cast<const std::uint8_t*>(salt.constData()), 16, saltArray.begin());
    const QByteArray stretched = toBytes(stretchBitLockerKey(recoveryPasswordInitialHash(keyBytes), saltArray));
    encryptInto(entry, wrappedVmk, stretched, plain.vmkDatum);
    QByteArray passwordDatum = plain.passwordDatum;
    passwordDatum.replace(12, 16, toBytes(keyBytes));
    encryptInto(entry, nested, plain.vmkDatum.mid(12, 32), passwordDatum);
    return entry;
}

// Appends an entry after the last one; the metadata sizes, the block size and the validation block follow.
bool appendEntry(QByteArray& block, const QByteArray& entry)
{
    const quint32 metadataSize = qFromLittleEndian<quint32>(block.constData() + BlockHeaderSize);
    const qsizetype oldBlockSize = qsizetype(u16(block, 8)) * 16;
    const QByteArray validation = block.mid(oldBlockSize, 512);
    const quint32 newSize = metadataSize + quint32(entry.size());
    const qsizetype newBlockSize = (BlockHeaderSize + qsizetype(newSize) + 15) / 16 * 16;
    if (newBlockSize + validation.size() > block.size())
        return false;
    const qsizetype end = BlockHeaderSize + qsizetype(metadataSize);
    block.replace(end, newBlockSize + validation.size() - end, QByteArray(newBlockSize + validation.size() - end, '\0'));
    block.replace(end, entry.size(), entry);
    block.replace(newBlockSize, validation.size(), validation);
    qToLittleEndian(newSize, block.data() + BlockHeaderSize);
    qToLittleEndian(newSize, block.data() + BlockHeaderSize + 12);
    qToLittleEndian(quint16(newBlockSize / 16), block.data() + 8);
    return true;
}

} // namespace

QString tpmOnlyCopy(const ImageFacts& image, const QString& target)
{
    const std::optional<KeyId> password = KeyId::parse(image.passwordVmk);
    if (!password)
        return {};
    const bool edited = editCopies(target, sparseCopy(image.path, target), [&](QByteArray& block) {
        const qsizetype at = vmkEntry(block, *password);
        if (at < 0)
            return false;
        qToLittleEndian(TpmProtection, block.data() + at + 8 + 26);
        return true;
    });
    return edited ? target : QString();
}

QString copyWithSecondRecoveryKey(const ImageFacts& image, const QString& target, const QString& password,
                                  const QString& id)
{
    const std::optional<KeyId> original = KeyId::parse(image.recoveryPasswordVmk);
    const std::optional<KeyId> newId = KeyId::parse(id);
    const QList<qint64> offsets = sparseCopy(image.path, target);
    const std::optional<Plaintexts> plain = readPlaintexts(target, image);
    if (!original || !newId || !plain || !RecoveryPassword::parse(SecureBytes::fromUtf8(password)).password)
        return {};
    QByteArray entry; // made once, so that the three copies agree
    const bool edited = editCopies(target, offsets, [&](QByteArray& block) {
        const qsizetype at = vmkEntry(block, *original);
        if (at < 0)
            return false;
        if (entry.isEmpty())
            entry = newProtectorEntry(block.mid(at, u16(block, at)), *plain, password, *newId);
        return !entry.isEmpty() && appendEntry(block, entry);
    });
    return edited ? target : QString();
}

QString copyWithDamagedRecoveryDatum(const ImageFacts& image, const QString& target, bool breakSize)
{
    const std::optional<KeyId> id = KeyId::parse(image.recoveryPasswordVmk);
    if (!id)
        return {};
    const bool edited = editCopies(target, sparseCopy(image.path, target), [&](QByteArray& block) {
        const qsizetype at = vmkEntry(block, *id);
        const qsizetype stretch = at < 0 ? -1 : datum(block, at + 8 + 28, at + u16(block, at), 0, 0x0003);
        const qsizetype end = stretch < 0 ? -1 : stretch + u16(block, stretch);
        const qsizetype nested = stretch < 0 ? -1 : datum(block, stretch + 8 + 20, end, 0x0012, 0x0005);
        if (nested < 0)
            return false;
        if (breakSize)
            qToLittleEndian(quint16(end - nested + 2), block.data() + nested);
        else
            block[nested + 36 + 5] = char(block[nested + 36 + 5] ^ 0x5A);
        return true;
    });
    return edited ? target : QString();
}

} // namespace keyhaven::test
