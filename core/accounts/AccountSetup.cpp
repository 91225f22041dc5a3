// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSetup.h"

#include "AccountStore.h"
#include "HttpClient.h"
#include "PendingUploads.h"
#include "SecretStore.h"

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
    const QString key = SecretStore::accountPasswordKey(account.name);
    const SecretStore::Result stored = password.isEmpty() ? secrets.remove(key) : secrets.write(key, password);
    if (!stored.ok()) {
        saved.keychainProblem = stored.error;
        saved.problem = tr("The account was not saved: %1").arg(stored.error);
        return saved;
    }
    AccountStore store(settingsFile);
    saved.existed = store.find(account.name).has_value();
    if (!store.save(account)) {
        saved.problem = tr("Could not write the settings; the account was not saved.");
        return saved;
    }
    saved.ok = true;
    return saved;
}

AccountSetup::Removed AccountSetup::remove(const QString& name, SecretStore& secrets, const QString& settingsFile)
{
    Removed removed;
    AccountStore store(settingsFile);
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
        removed.problems.append(tr("Could not write the settings; the account was not removed."));
    return removed;
}

} // namespace keyhaven
