// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BitLockerMetadata.h"
#include "VolumeSecret.h"

#include <QCoreApplication>

#include <optional>

namespace keyhaven {

// Opens BitLocker metadata with a secret, in memory, through OpenSSL: stretch the secret with each
// fitting protector's salt, unwrap that protector's VMK with AES-CCM, then unwrap the FVEK with it.
// Only protectors that fit the kind of secret are tried, so the one that opens is known.
class BitLockerUnlock
{
    Q_DECLARE_TR_FUNCTIONS(BitLockerUnlock)

public:
    struct Result
    {
        std::optional<Protector> opened; // the protector whose key opened the volume
        int protectorsTried = 0;
        QString problem;                 // translated; why nothing could be tried, when that is so
        bool noVolumeKey = false;        // the metadata has no FVEK: nothing can be proven
    };

    static Result open(const BitLockerMetadata& metadata, const VolumeSecret& secret);

    // The volume master key itself, and the protector that gave it.
    struct OpenedVmk
    {
        std::optional<Protector> protector;
        SecureBytes vmk; // empty unless `protector` is set
        int protectorsTried = 0;
        QString problem; // translated; why nothing could be tried, when that is so
        bool noVolumeKey = false; // the metadata has no FVEK: nothing can be proven
    };
    // Opens the VMK with a secret (only protectors that fit it are tried), proven by its AES-CCM tag and by
    // opening the FVEK with it.
    static OpenedVmk openVmk(const BitLockerMetadata& metadata, const VolumeSecret& secret);
    // Opens the VMK through a clear-key protector (a suspended volume), which needs no secret at all.
    static OpenedVmk openVmkWithClearKey(const BitLockerMetadata& metadata);
    // Whether the secret opens this one protector (one key stretch for passwords).
    static bool opensProtector(const BitLockerMetadata& metadata, const BitLockerVmk& vmk, const VolumeSecret& secret);

    // The protectors a secret of this kind can open.
    static QList<const BitLockerVmk*> candidates(const BitLockerMetadata& metadata, const VolumeSecret& secret);

    // AES-256-CCM unwrap as BitLocker stores keys; nothing when the tag does not match.
    static std::optional<SecureBytes> unwrap(const SecureBytes& key, const AesCcmWrappedKey& wrapped);
};

} // namespace keyhaven
