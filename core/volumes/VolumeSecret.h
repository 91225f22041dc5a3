// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"
#include "keys/KeyProblem.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>

#include <optional>

namespace keyhaven {

// What someone offers to open a volume with, already validated and in the exact form the volume needs.
struct VolumeSecret
{
    enum class Kind {
        RecoveryPassword,    // BitLocker, canonical 55-character form
        ExternalKey,         // BitLocker .BEK: 32 key bytes, with the protector ID it belongs to
        Password,            // a BitLocker or FileVault user password, exactly as typed
        PersonalRecoveryKey, // FileVault, canonical upper case with dashes
    };
    Kind kind = Kind::Password;
    SecureBytes material;
    std::optional<KeyId> id;         // external keys: the startup-key protector they belong to
    std::optional<KeyId> volumeGuid; // external keys written by Windows 11: the volume they belong to

    static VolumeSecret fromRecoveryKey(const RecoveryKey& key);
};

// Decides what typed text is meant to be: a recovery password (validated: a mistyped one is an error,
// not a password), a FileVault recovery key (normalised), or a user password.
class TypedSecret
{
    Q_DECLARE_TR_FUNCTIONS(TypedSecret)

public:
    struct Classified
    {
        std::optional<VolumeSecret> secret;
        KeyProblems problems;
    };
    static Classified classify(const SecureBytes& typed, VolumeType volumeType);
};

} // namespace keyhaven
