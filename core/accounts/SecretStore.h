// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QString>

namespace keyhaven {

// Where passwords and pending keys wait: the operating system's keychain, never a file. One small
// interface (like Nextcloud's client) so that the rest does not depend on QtKeychain and tests can
// give an in-memory one. Calls block until the keychain answered.
class SecretStore
{
public:
    struct Result
    {
        enum class Status {
            Ok,
            NotFound, // no such entry: "absent", not an error
            Unavailable, // no keychain to talk to (no Secret Service, locked, access denied)
            Failed, // the keychain answered with an error
        };
        Status status = Status::Failed;
        SecureBytes secret; // read(): the secret when Ok
        QString error; // translated, naming what failed; never a secret

        bool ok() const { return status == Status::Ok; }
    };

    virtual ~SecretStore() = default;

    virtual Result read(const QString& key) = 0;
    virtual Result write(const QString& key, const SecureBytes& secret) = 0;
    // Removing an entry that is not there is Ok.
    virtual Result remove(const QString& key) = 0;

    // Keys are namespaced by what they hold.
    static QString accountPasswordKey(const QString& accountName); // account/NAME/password
    static QString pendingKey(const QString& uploadId); // pending/ID
};

} // namespace keyhaven
