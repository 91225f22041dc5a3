// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyId.h"
#include "SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyhaven {

enum class KeyKind {
    BitLockerRecoveryPassword, // 48 digits
    BitLockerExternalKey,      // the 32 key bytes of a .BEK file
    FileVaultPersonalRecoveryKey,
};

// The stable names used in JSON output and in the ledger.
QString keyKindName(KeyKind kind);
std::optional<KeyKind> keyKindFromName(QStringView name);

// What the rest of the program passes around: one piece of key material and what is known about it.
struct RecoveryKey
{
    KeyKind kind = KeyKind::BitLockerRecoveryPassword;
    std::optional<KeyId> id;  // the protector's ID (BitLocker) or the volume's UUID (FileVault)
    SecureBytes secret;       // canonical text for passwords and PRKs; 32 raw bytes for an external key
    QString source;           // the file it came from, or empty when typed
    QString format;           // the reader that found it, e.g. "recovery-text-file"

    // Metadata, when the source says it.
    std::optional<KeyId> volumeGuid;
    QString identifier;       // a non-GUID identifier (a Mac's serial number), when that is all there is
    QString deviceName;
    QString volumeLabel;      // drive letter, mount point or description
    QDateTime created;
};

} // namespace keyhaven
