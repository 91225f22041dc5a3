// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeLabels.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace keyhaven {

QString VolumeLabels::displayName(const Volume& volume)
{
    if (!volume.description.isEmpty())
        return volume.description;
    const QString name = QFileInfo(volume.path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(volume.path) : name;
}

QString VolumeLabels::typeLabel(const Volume& volume)
{
    if (volume.type == VolumeType::FileVault)
        return tr("FileVault 2");
    return volume.bitLockerToGo ? tr("BitLocker To Go") : tr("BitLocker");
}

QString VolumeLabels::protectorLabel(const Protector& protector)
{
    switch (protector.type) {
    case ProtectorType::RecoveryPassword:
        return tr("recovery key (48 digits)");
    case ProtectorType::Password:
        return tr("password");
    case ProtectorType::StartupKey:
        return tr("startup key (.BEK file)");
    case ProtectorType::Tpm:
        return tr("TPM");
    case ProtectorType::TpmPin:
        return tr("TPM and PIN");
    case ProtectorType::SmartCard:
        return tr("smart card");
    case ProtectorType::ClearKey:
        return tr("clear key (protection suspended)");
    case ProtectorType::Unknown:
        break;
    }
    return tr("unknown kind (0x%1)").arg(protector.rawType, 4, 16, QLatin1Char('0'));
}

QString VolumeLabels::dateLabel(const QDateTime& time)
{
    if (!time.isValid())
        return tr("not known");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace keyhaven
