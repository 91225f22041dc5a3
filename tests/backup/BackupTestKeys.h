// SPDX-License-Identifier: GPL-3.0-or-later
// Keys for the backup tests: the recovery keys of the public test images, and made-up IDs.
#pragma once

#include "keys/RecoveryKey.h"

#include <QString>

namespace keyhaven::test {

// The recovery key of bitlk-aes-xts-128 (protector 64311DEA-…, volume 8F595209-…).
inline const QString xts128Password = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
inline const QString xts128Id = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
inline const QString xts128Volume = QStringLiteral("8F595209-F5B9-49A0-85D4-CB8F80258C27");
// The recovery key of bitlk-aes-xts-256.
inline const QString xts256Password = QStringLiteral("404558-436711-420860-678557-638220-018909-039941-695321");
inline const QString xts256Id = QStringLiteral("83ABDB8F-3218-4BFD-ACED-215E1E189BDF");

inline RecoveryKey bitLockerKey(const QString& password, const QString& id)
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(id);
    key.secret = SecureBytes::fromUtf8(password);
    return key;
}

} // namespace keyhaven::test
