// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QString>

namespace keyhaven {

// A volume opened read-only through libcryptsetup, to check a passphrase without activating anything.
// Used for FileVault 2 (CoreStorage), which Keyhaven does not parse itself.
class CryptsetupVolume
{
public:
    enum class Type { FileVault2, BitLocker };
    enum class Answer {
        Opens,
        NotConfirmed, // any refusal: the exact code depends on protector order, so it never means "bad format"
        Unsupported,  // libcryptsetup recognised the volume but cannot check it (e.g. used-space-only BitLocker)
        NotThisType,  // not a volume of this type, or unreadable
        Unavailable,  // built without libcryptsetup
    };

    static Answer tryPassphrase(const QString& path, Type type, const SecureBytes& passphrase);
};

} // namespace keyhaven
