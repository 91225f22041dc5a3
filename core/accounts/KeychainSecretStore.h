// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QString>

namespace keyhaven {

// The system keychain through QtKeychain: Secret Service or KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows. The insecure plain-text fallback is off.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static constexpr QLatin1String ServiceName { "keyhaven" };

    explicit KeychainSecretStore(QString service = ServiceName);

    Result read(const QString& key) override;
    Result write(const QString& key, const SecureBytes& secret) override;
    Result remove(const QString& key) override;

private:
    QString entryName(const QString& key) const;

    QString m_service;
};

} // namespace keyhaven
