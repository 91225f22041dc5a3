// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryKey.h"

namespace keyhaven {

QString keyKindName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::BitLockerRecoveryPassword:
        return QStringLiteral("bitlocker-recovery-password");
    case KeyKind::BitLockerExternalKey:
        return QStringLiteral("bitlocker-external-key");
    case KeyKind::FileVaultPersonalRecoveryKey:
        return QStringLiteral("filevault-personal-recovery-key");
    }
    return {};
}

std::optional<KeyKind> keyKindFromName(QStringView name)
{
    for (KeyKind kind : {KeyKind::BitLockerRecoveryPassword, KeyKind::BitLockerExternalKey,
                         KeyKind::FileVaultPersonalRecoveryKey})
        if (keyKindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace keyhaven
