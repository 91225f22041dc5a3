// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CryptsetupVolume.h"
#include "Volume.h"
#include "VolumeSecret.h"

#include <QCoreApplication>
#include <QFuture>

#include <optional>

namespace keyhaven {

// The honest answer to "does this key open this volume?".
struct Verification
{
    enum class Outcome {
        Opens,       // proven: the key unwrapped the volume's keys
        DoesNotOpen, // the volume was read and the key did not open it
        CannotCheck, // not checked here; `message` says why
    };
    Outcome outcome = Outcome::CannotCheck;
    std::optional<Volume> volume;       // what was read of the volume, when it could be read
    std::optional<Protector> protector; // the protector that opened it (BitLocker)
    int protectorsTried = 0;
    QString message;                    // translated, for people; never contains the key
};

QString outcomeName(Verification::Outcome outcome); // "opens" | "does-not-open" | "cannot-check"

// Checks a key against a volume (an image file or a block device) without mounting or activating
// anything. BitLocker is opened in memory from the metadata Keyhaven reads itself; FileVault 2
// (CoreStorage) through libcryptsetup.
class KeyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(KeyVerifier)

public:
    static Verification verify(const QString& volumePath, const VolumeSecret& secret);
    // Typed text: validated and normalised for the kind of volume first (see TypedSecret).
    static Verification verifyTyped(const QString& volumePath, const SecureBytes& typed);
    // The same, off the calling thread: the key stretch takes a noticeable fraction of a second.
    static QFuture<Verification> verifyInBackground(const QString& volumePath, const VolumeSecret& secret);
    // What libcryptsetup's answer about a FileVault volume means for people.
    static Verification fromFileVaultAnswer(const Volume& volume, const CryptsetupVolume::Result& answer);
};

} // namespace keyhaven
