// SPDX-License-Identifier: GPL-3.0-or-later
#include "Volume.h"

namespace keyhaven {

QString protectorTypeName(ProtectorType type)
{
    switch (type) {
    case ProtectorType::RecoveryPassword:
        return QStringLiteral("recovery-password");
    case ProtectorType::Password:
        return QStringLiteral("password");
    case ProtectorType::StartupKey:
        return QStringLiteral("startup-key");
    case ProtectorType::Tpm:
        return QStringLiteral("tpm");
    case ProtectorType::TpmPin:
        return QStringLiteral("tpm-pin");
    case ProtectorType::SmartCard:
        return QStringLiteral("smart-card");
    case ProtectorType::ClearKey:
        return QStringLiteral("clear-key");
    case ProtectorType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString volumeTypeName(VolumeType type)
{
    return type == VolumeType::FileVault ? QStringLiteral("filevault") : QStringLiteral("bitlocker");
}

} // namespace keyhaven
