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
        NotConfirmed, // the passphrase was refused (-EPERM): the exact meaning depends on protector order
        Unsupported,  // libcryptsetup recognised the volume but cannot check it (e.g. used-space-only BitLocker)
        Failed,       // the check itself failed (-EIO, -ENOMEM, …): neither confirmed nor refused
        NotThisType,  // not a volume of this type, or unreadable
        Unavailable,  // built without libcryptsetup
    };
    struct Result
    {
        Answer answer = Answer::Unavailable;
        int error = 0; // the errno behind Failed (positive)
    };

    // Whether this build has libcryptsetup (Linux): elsewhere every answer is Unavailable.
    static bool isAvailable();
    static Result tryPassphrase(const QString& path, Type type, const SecureBytes& passphrase);
    // What libcryptsetup's return value of crypt_activate_by_passphrase() means. Only -EPERM is its
    // "this passphrase does not fit"; any other error says nothing about the key.
    static Result answerFor(int result);
};

} // namespace keyhaven
