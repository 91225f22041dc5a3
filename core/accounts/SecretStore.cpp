// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

namespace keyhaven {

QString SecretStore::accountPasswordKey(const QString& accountName)
{
    return QStringLiteral("account/") + accountName + QStringLiteral("/password");
}

QString SecretStore::pendingKey(const QString& uploadId)
{
    return QStringLiteral("pending/") + uploadId;
}

} // namespace keyhaven
