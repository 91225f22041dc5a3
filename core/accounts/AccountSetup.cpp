// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSetup.h"

#include "AccountStore.h"
#include "HttpClient.h"
#include "PendingUploads.h"
#include "SecretStore.h"
#include "SettingsHealth.h"

#include <QFileInfo>

namespace keyhaven {

namespace {

QString absolutePath(const QString& path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

QString AccountSetup::complete(Account& account, bool folderGiven)
{
    account.caBundle = absolutePath(account.caBundle);
    account.clientCert = absolutePath(account.clientCert);
    if (account.kind == AccountKind::CryptServer)
        account.folder.clear();
    else if (!folderGiven)
        account.folder = QString(Account::DefaultFolder);
    QString problem = AccountRules::checkName(account.name);
    if (problem.isEmpty())
        problem = AccountRules::checkUrl(account.url);
    if (problem.isEmpty() && account.user.isEmpty() && account.kind == AccountKind::WebDav)
        problem = tr("A WebDAV account needs the user name you sign in to the server with.");
    if (problem.isEmpty())
        problem = HttpClient().configure(account);
    return problem;
}

QString AccountSetup::checkPassword(const Account& account, const SecureBytes& password)
{
    if (password.isEmpty() && account.kind == AccountKind::WebDav)
        return tr("A WebDAV account needs its password (or app password).");
    return {};
}

AccountSetup::Saved AccountSetup::save(const Account& account, const SecureBytes& password, SecretStore& secrets,
                                       const QString& settingsFile)
{
    Saved saved;
    AccountStore store(settingsFile);
    // Nothing is touched when the settings cannot take the account: not even the keychain.
    if (const SettingsHealth health = SettingsHealth::keepCopy(store.health(), settingsFile); !health.ok()) {
        saved.problem = tr("The account was not saved, and nothing was changed: %1").arg(health.problem);
        return saved;
    }
    const QString key = SecretStore::accountPasswordKey(account.name);
    saved.existed = store.find(account.name).has_value();
    const SecretStore::Result stored = password.isEmpty() ? secrets.remove(key) : secrets.write(key, password);
    if (!stored.ok()) {
        saved.keychainProblem = stored.error;
        saved.problem = tr("The account was not saved, and nothing was changed: the system keychain did not take "
                           "its password (%1).")
                            .arg(stored.error);
        return saved;
    }
    if (!store.save(account)) {
        if (saved.existed) {
            saved.problem = tr("The account “%1” was not updated: %2 Its password in the system keychain was "
                               "already replaced by the new one.")
                                .arg(account.name, store.lastError());
        } else {
            const bool undone = secrets.remove(key).ok();
            saved.problem = undone ? tr("The account was not saved: %1 Its password was taken out of the system "
                                        "keychain again.")
                                         .arg(store.lastError())
                                   : tr("The account was not saved: %1 Its password stays in the system keychain "
                                        "(entry %2) and could not be taken out again.")
                                         .arg(store.lastError(), key);
        }
        return saved;
    }
    saved.ok = true;
    return saved;
}

AccountSetup::Removed AccountSetup::remove(const QString& name, SecretStore& secrets, const QString& settingsFile)
{
    Removed removed;
    AccountStore store(settingsFile);
    if (const SettingsHealth health = SettingsHealth::keepCopy(store.health(), settingsFile); !health.ok()) {
        removed.found = store.find(name).has_value();
        removed.problems.append(tr("The account was not removed, and nothing was changed: %1").arg(health.problem));
        return removed;
    }
    if (!store.find(name))
        return removed;
    removed.found = true;
    PendingUploads pending(secrets, settingsFile);
    for (const PendingUpload& upload : pending.forAccount(name)) {
        QString error;
        if (pending.remove(upload.id, &error))
            removed.dropped.append(upload.keyId ? upload.keyId->toString() : upload.id);
        else
            removed.problems.append(error);
    }
    const SecretStore::Result password = secrets.remove(SecretStore::accountPasswordKey(name));
    if (!password.ok())
        removed.problems.append(
            tr("The account's password could not be removed from the system keychain: %1").arg(password.error));
    removed.removed = store.remove(name);
    if (!removed.removed)
        removed.problems.append(tr("The account was not removed: %1").arg(store.lastError()));
    return removed;
}

} // namespace keyhaven
