// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "keys/SecureBytes.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyhaven {

class SecretStore;

// Adding, changing and removing an account, the same for `keyhaven-cli account` and the wizard's account page:
// the rules an account must meet, its password into the system keychain, the account into the settings.
class AccountSetup
{
    Q_DECLARE_TR_FUNCTIONS(AccountSetup)

public:
    // Fills in what follows from the kind (a WebDAV account's folder, Keyhaven unless `folderGiven`; a Crypt
    // Server has none), makes the certificate paths absolute, and checks every rule, certificates included.
    // Returns a translated problem, or empty.
    static QString complete(Account& account, bool folderGiven);
    // A WebDAV server always wants a password (or app password); a Crypt Server only when it asks for one.
    static QString checkPassword(const Account& account, const SecureBytes& password);

    struct Saved
    {
        bool ok = false;
        bool existed = false; // an account of that name was replaced
        QString problem; // translated, when not ok
        QString keychainProblem; // the keychain's own words, when it refused the password
    };
    // Puts the password into `secrets` (removes the old one when `password` is empty), then the account into the
    // settings. `settingsFile` empty: the app's own settings.
    static Saved save(const Account& account, const SecureBytes& password, SecretStore& secrets,
                      const QString& settingsFile = {});

    struct Removed
    {
        bool found = false; // there was an account of that name
        bool removed = false; // it is gone from the settings
        QStringList dropped; // the key IDs (or upload IDs) of uploads that were waiting for it
        QStringList problems; // translated
    };
    // Drops the uploads waiting for the account, its password, then the account itself.
    static Removed remove(const QString& name, SecretStore& secrets, const QString& settingsFile = {});
};

} // namespace keyhaven
