// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyhaven {

enum class ProtectorType { RecoveryPassword, Password, StartupKey, Tpm, TpmPin, SmartCard, ClearKey, Unknown };

// The stable names of the CLI contract: "recovery-password", "password", "startup-key", …
QString protectorTypeName(ProtectorType type);

struct Protector
{
    KeyId id;
    ProtectorType type = ProtectorType::Unknown;
    quint16 rawType = 0; // as stored, so that unknown codes can be shown
    QDateTime created;   // UTC; invalid when not known
};

enum class VolumeType { BitLocker, FileVault };
QString volumeTypeName(VolumeType type); // "bitlocker" | "filevault"

// An encrypted volume as the user should see it: no key material, only what identifies it.
struct Volume
{
    QString path;
    VolumeType type = VolumeType::BitLocker;
    std::optional<KeyId> guid;
    QString description;
    QDateTime created;   // UTC; invalid when not known
    QString encryption;  // e.g. "AES-XTS 128"
    QList<Protector> protectors;
    bool usedSpaceOnly = false;
    bool bitLockerToGo = false;
    QStringList notes;   // translated remarks for people, e.g. why something could not be read
};

} // namespace keyhaven
