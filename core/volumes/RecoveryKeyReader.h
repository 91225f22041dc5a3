// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BitLockerMetadata.h"
#include "VolumeSecret.h"

#include <QCoreApplication>
#include <QFuture>

#include <optional>

namespace keyhaven {

// The recovery keys read back from a BitLocker volume, each one proven to open its own protector.
struct RecoveredKeys
{
    enum class Outcome {
        Read,               // at least one key was read and proven; `keys` holds them
        SecretOpensNothing, // the secret given (or no secret: no clear key) opened no protector
        NoRecoveryKey,      // the volume has no recovery-password protector (or is not BitLocker at all)
        OnlyOnWindows,      // its other protectors (TPM, smart card, …) open only on Windows
        Damaged,            // the secret opened the volume, but no key could be read back and proven
        CannotRead,         // the volume could not be read (missing, not readable, metadata damaged)
    };
    Outcome outcome = Outcome::CannotRead;
    std::optional<Volume> volume;
    std::optional<Protector> unlockedWith; // the protector whose secret opened the VMK
    QList<RecoveryKey> keys;               // proven; `id` is the protector's, `format` is "volume"
    QStringList problems;                  // translated; keys that could not be read or proven (no digits)
    QString message;                       // translated, for people; never contains a key
    // False only for keys the system handed over (Windows, as administrator) that could not also be checked
    // against the drive here: `message` says so, and they must not be called verified.
    bool proven = true;
};

// Which secrets can read a volume's recovery keys, from its protector types alone (no key needed).
struct RecoveryKeyAccess
{
    bool hasRecoveryKey = false; // at least one recovery-password protector
    bool password = false;       // a password protector: the password reads the keys
    bool startupKey = false;     // a startup-key protector: its .BEK reads the keys
    bool clearKey = false;       // a clear-key protector: nothing is needed
    bool readable() const { return hasRecoveryKey && (password || startupKey || clearKey); }
};

// Reads a BitLocker volume's recovery passwords from its metadata with any secret that opens the VMK
// (bitlocker.md §5b): the password, a startup key, or nothing for a clear-key volume. Each password's
// digits are then proven by opening its own protector (one key stretch each, run in parallel) before
// it is returned. The VMK is wiped as soon as the passwords are decrypted.
class RecoveryKeyReader
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeyReader)

public:
    static RecoveryKeyAccess access(const Volume& volume);

    // The volume's metadata, or the final answer when the keys cannot be read whatever the secret
    // (unreadable, not BitLocker, no recovery key, only TPM or smart card besides).
    struct Loaded
    {
        std::optional<BitLockerMetadata> metadata;
        std::optional<RecoveredKeys> answer;
    };
    static Loaded load(const QString& volumePath);

    // `secret` empty: use the clear key. A typed secret goes through TypedSecret first (see readTyped).
    static RecoveredKeys read(const QString& volumePath, const std::optional<VolumeSecret>& secret);
    static RecoveredKeys readMetadata(const BitLockerMetadata& metadata, const std::optional<VolumeSecret>& secret);
    // What someone typed: empty means "try the clear key"; otherwise the password (or a recovery key).
    static std::optional<VolumeSecret> typedSecret(const SecureBytes& typed);
    // read(), off the calling thread.
    static QFuture<RecoveredKeys> readInBackground(const QString& volumePath, const std::optional<VolumeSecret>& secret);

    // The words for a volume that has no recovery key, and how to add one on Windows.
    static QString noRecoveryKeyMessage(const QString& volumeName);
};

} // namespace keyhaven
