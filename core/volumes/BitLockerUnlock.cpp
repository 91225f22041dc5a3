// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitLockerUnlock.h"

#include "BitLockerKeyStretch.h"
#include "keys/RecoveryPassword.h"

#include <openssl/evp.h>

#include <memory>

namespace keyhaven {

namespace {

constexpr std::size_t AesKeySize = 32;
constexpr std::size_t KeyEntryHeaderSize = 12; // u16 size, u16 type, u16 value type, u16 version, u32 method

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool fits(const BitLockerVmk& vmk, const VolumeSecret& secret)
{
    if (!vmk.wrappedVmk)
        return false;
    switch (secret.kind) {
    case VolumeSecret::Kind::RecoveryPassword:
        return vmk.protector.type == ProtectorType::RecoveryPassword && vmk.stretchSalt.has_value();
    case VolumeSecret::Kind::Password:
        return vmk.protector.type == ProtectorType::Password && vmk.stretchSalt.has_value();
    case VolumeSecret::Kind::ExternalKey:
        return secret.id && vmk.protector.id == *secret.id;
    case VolumeSecret::Kind::PersonalRecoveryKey:
        return false;
    }
    return false;
}

// The hash that the key stretch starts from; empty for secrets that are used as keys directly.
SecureBytes initialHash(const VolumeSecret& secret)
{
    switch (secret.kind) {
    case VolumeSecret::Kind::RecoveryPassword: {
        auto parsed = RecoveryPassword::parse(secret.material);
        return parsed.password ? recoveryPasswordInitialHash(parsed.password->keyBytes()) : SecureBytes();
    }
    case VolumeSecret::Kind::Password:
        return passwordInitialHash(secret.material);
    case VolumeSecret::Kind::ExternalKey:
    case VolumeSecret::Kind::PersonalRecoveryKey:
        break;
    }
    return {};
}

// The VMK behind one protector, when the secret opens it; the FVEK must open with it too, which proves that
// the VMK belongs to this volume.
std::optional<SecureBytes> vmkThrough(const BitLockerMetadata& metadata, const BitLockerVmk& vmk,
                                      const VolumeSecret& secret, const SecureBytes& initial)
{
    const SecureBytes unwrappingKey =
        secret.kind == VolumeSecret::Kind::ExternalKey ? secret.material : stretchBitLockerKey(initial, *vmk.stretchSalt);
    std::optional<SecureBytes> volumeMasterKey = BitLockerUnlock::unwrap(unwrappingKey, *vmk.wrappedVmk);
    if (!volumeMasterKey)
        return std::nullopt;
    // The VMK's own tag already proves the secret; opening the FVEK proves the VMK belongs to this volume.
    if (!metadata.wrappedFvek || !BitLockerUnlock::unwrap(*volumeMasterKey, *metadata.wrappedFvek))
        return std::nullopt;
    return volumeMasterKey;
}

} // namespace

QList<const BitLockerVmk*> BitLockerUnlock::candidates(const BitLockerMetadata& metadata, const VolumeSecret& secret)
{
    QList<const BitLockerVmk*> result;
    for (const BitLockerVmk& vmk : metadata.vmks)
        if (fits(vmk, secret))
            result.append(&vmk);
    return result;
}

BitLockerUnlock::Result BitLockerUnlock::open(const BitLockerMetadata& metadata, const VolumeSecret& secret)
{
    OpenedVmk opened = openVmk(metadata, secret);
    opened.vmk.clear();
    return Result { opened.protector, opened.protectorsTried, opened.problem, opened.noVolumeKey };
}

BitLockerUnlock::OpenedVmk BitLockerUnlock::openVmk(const BitLockerMetadata& metadata, const VolumeSecret& secret)
{
    OpenedVmk result;
    const Volume& volume = metadata.volume;
    if (secret.kind == VolumeSecret::Kind::ExternalKey && secret.volumeGuid && volume.guid
        && *secret.volumeGuid != *volume.guid) {
        result.problem = tr("This startup key belongs to another volume (%1).").arg(secret.volumeGuid->toString());
        return result;
    }
    if (!metadata.wrappedFvek) {
        // Without it, opening a VMK would not prove that the key opens this volume's data.
        result.noVolumeKey = true;
        result.problem = tr("The volume's metadata holds no encrypted volume key (FVEK), so no key can be proven "
                            "to open it.");
        return result;
    }
    const QList<const BitLockerVmk*> fitting = candidates(metadata, secret);
    if (fitting.isEmpty()) {
        result.problem = secret.kind == VolumeSecret::Kind::ExternalKey
            ? tr("The volume has no startup-key protector with this key's ID, so the key belongs to another volume.")
            : secret.kind == VolumeSecret::Kind::RecoveryPassword
            ? tr("The volume has no recovery-key protector, so no recovery key can open it.")
            : tr("The volume has no password protector, so no password can open it.");
        return result;
    }
    const SecureBytes initial = initialHash(secret);
    for (const BitLockerVmk* vmk : fitting) {
        ++result.protectorsTried;
        if (std::optional<SecureBytes> key = vmkThrough(metadata, *vmk, secret, initial)) {
            result.protector = vmk->protector;
            result.vmk = std::move(*key);
            break;
        }
    }
    return result;
}

BitLockerUnlock::OpenedVmk BitLockerUnlock::openVmkWithClearKey(const BitLockerMetadata& metadata)
{
    OpenedVmk result;
    for (const BitLockerVmk& vmk : metadata.vmks) {
        if (vmk.protector.type != ProtectorType::ClearKey || !vmk.wrappedVmk || vmk.clearKey.isEmpty())
            continue;
        ++result.protectorsTried;
        VolumeSecret clear;
        clear.kind = VolumeSecret::Kind::ExternalKey; // a key used as it is, without a stretch
        clear.material = SecureBytes(vmk.clearKey.constData(), static_cast<std::size_t>(vmk.clearKey.size()));
        if (std::optional<SecureBytes> key = vmkThrough(metadata, vmk, clear, {})) {
            result.protector = vmk.protector;
            result.vmk = std::move(*key);
            break;
        }
    }
    return result;
}

bool BitLockerUnlock::opensProtector(const BitLockerMetadata& metadata, const BitLockerVmk& vmk,
                                     const VolumeSecret& secret)
{
    if (!fits(vmk, secret))
        return false;
    return vmkThrough(metadata, vmk, secret, initialHash(secret)).has_value();
}

std::optional<SecureBytes> BitLockerUnlock::unwrap(const SecureBytes& key, const AesCcmWrappedKey& wrapped)
{
    if (key.size() != AesKeySize || wrapped.ciphertext.size() < static_cast<qsizetype>(KeyEntryHeaderSize))
        return std::nullopt;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_ccm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_IVLEN, static_cast<int>(wrapped.nonce.size()), nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_CCM_SET_TAG, static_cast<int>(wrapped.tag.size()),
                               const_cast<std::uint8_t*>(wrapped.tag.data()))
            != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), wrapped.nonce.data()) != 1)
        return std::nullopt;

    SecureBytes plain(static_cast<std::size_t>(wrapped.ciphertext.size()));
    int length = 0;
    const bool tagMatches =
        EVP_DecryptUpdate(context.get(), plain.data(), &length,
                          reinterpret_cast<const unsigned char*>(wrapped.ciphertext.constData()),
                          static_cast<int>(wrapped.ciphertext.size()))
        == 1;
    if (!tagMatches)
        return std::nullopt;
    // As cryptsetup: the entry's own size is exactly what was decrypted.
    const std::size_t entrySize = plain.data()[0] | (static_cast<std::size_t>(plain.data()[1]) << 8);
    if (entrySize <= KeyEntryHeaderSize || entrySize != plain.size())
        return std::nullopt;
    return SecureBytes(plain.data() + KeyEntryHeaderSize, entrySize - KeyEntryHeaderSize);
}

} // namespace keyhaven
