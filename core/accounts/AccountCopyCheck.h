// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "HttpClient.h"

#include "backup/CopyCheck.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace keyhaven {

class SecretStore;

// Checks a copy on an account (CopyChecker::setAccountCheck): WebDAV reads the file back and judges its bytes
// like a file's; a Crypt Server is asked what its verify endpoint says — that it holds a recovery key for this
// computer — and no more, since it never gives a key back. Blocks while the request runs (a local event loop):
// call it off the UI thread.
class AccountCopyCheck
{
    Q_DECLARE_TR_FUNCTIONS(AccountCopyCheck)

public:
    // `settingsFile` empty: the app's own settings. `secrets` gives the accounts' passwords.
    explicit AccountCopyCheck(std::shared_ptr<SecretStore> secrets, QString settingsFile = {});

    // `found` (when given) gets the key read back from a WebDAV copy.
    CopyCheck check(const LedgerEntry& entry, RecoveryKey* found = nullptr) const;
    // The account a copy went to: the WebDAV account whose files hold its location, or the Crypt Server at it.
    std::optional<Account> accountFor(const LedgerEntry& entry) const;

private:
    HttpResponse get(const Account& account, const QUrl& url, QString* problem) const;
    CopyCheck checkWebDav(const Account& account, const LedgerEntry& entry, RecoveryKey* found) const;
    CopyCheck checkCryptServer(const Account& account, const LedgerEntry& entry) const;

    std::shared_ptr<SecretStore> m_secrets;
    QString m_settingsFile;
};

} // namespace keyhaven
