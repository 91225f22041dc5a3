// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCopyCheck.h"

#include "CryptServerProvider.h"

#include "AccountStore.h"
#include "MachineIdentity.h"
#include "SecretStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyhaven {

namespace {

using Status = CopyCheck::Status;

QString withSlash(QString text)
{
    if (!text.endsWith(QLatin1Char('/')))
        text += QLatin1Char('/');
    return text;
}

QString plainUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace

AccountCopyCheck::AccountCopyCheck(std::shared_ptr<SecretStore> secrets, QString settingsFile)
    : m_secrets(std::move(secrets))
    , m_settingsFile(std::move(settingsFile))
{
}

std::optional<Account> AccountCopyCheck::accountFor(const LedgerEntry& entry) const
{
    for (const Account& account : AccountStore(m_settingsFile).accounts()) {
        const QString base = plainUrl(account.url);
        if (account.kind == AccountKind::WebDav && entry.location.startsWith(withSlash(base)))
            return account;
        if (account.kind == AccountKind::CryptServer && withSlash(entry.location) == withSlash(base))
            return account;
    }
    return std::nullopt;
}

CopyCheck AccountCopyCheck::check(const LedgerEntry& entry, RecoveryKey* found) const
{
    const std::optional<Account> account = accountFor(entry);
    if (!account)
        return CopyCheck::make(
            entry, Status::CannotCheck,
            tr("None of Keyhaven's accounts leads to %1 any more, so the upload was not checked.").arg(entry.location),
            tr("Add the account again (keyhaven-cli account add) and check again."));
    RecoveryKey ignored;
    return account->kind == AccountKind::WebDav ? checkWebDav(*account, entry, found ? found : &ignored)
                                                : checkCryptServer(*account, entry);
}

HttpResponse AccountCopyCheck::get(const Account& account, const QUrl& url, QString* problem) const
{
    HttpResponse response;
    SecureBytes password;
    if (m_secrets) {
        SecretStore::Result stored = m_secrets->read(SecretStore::accountPasswordKey(account.name));
        if (stored.status == SecretStore::Result::Status::Ok)
            password = std::move(stored.secret);
        else if (stored.status != SecretStore::Result::Status::NotFound) {
            *problem = tr("The password of the account “%1” could not be read: %2").arg(account.name, stored.error);
            return response;
        }
    }
    HttpClient http;
    if (const QString setUp = http.configure(account); !setUp.isEmpty()) {
        *problem = setUp;
        return response;
    }
    if (!password.isEmpty())
        http.setCredentials(account.user, password);
    QEventLoop loop;
    http.send("GET", url, {}, { { QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*") } }, [&](HttpResponse& answer) {
        response = std::move(answer);
        loop.quit();
    });
    loop.exec();
    if (!response.answered())
        *problem = response.problem;
    return response;
}

CopyCheck AccountCopyCheck::checkWebDav(const Account& account, const LedgerEntry& entry, RecoveryKey* found) const
{
    QString problem;
    const HttpResponse response = get(account, QUrl(entry.location), &problem);
    if (!problem.isEmpty())
        return CopyCheck::make(entry, Status::CannotCheck,
                               tr("The server of “%1” could not be asked: %2").arg(account.name, problem),
                               tr("Check again when the server can be reached."));
    if (response.status == 404 || response.status == 410)
        return CopyCheck::make(entry, Status::Missing,
                               tr("The file is no longer on the server of “%1”: %2.").arg(account.name, entry.location),
                               tr("Back up %1 to the account again.").arg(CopyChecker::keyIdText(entry)));
    if (response.status == 401 || response.status == 403)
        return CopyCheck::make(entry, Status::CannotCheck,
                               tr("The server of “%1” refused to show the file (%2).")
                                   .arg(account.name, HttpClient::statusProblem(response.status)),
                               tr("Check the account's user name and password (keyhaven-cli account add), then check "
                                  "again."));
    if (response.status != 200)
        return CopyCheck::make(entry, Status::Unreadable,
                               tr("The server of “%1” did not give the file back: %2")
                                   .arg(account.name, HttpClient::statusProblem(response.status)),
                               tr("Check again later; if it stays so, back up the key to the account again."));
    CopyCheck result = CopyChecker::judgeBytes(
        entry, QByteArrayView(reinterpret_cast<const char*>(response.body.data()), qsizetype(response.body.size())),
        found);
    if (result.status == Status::Ok)
        result.checks.prepend(tr("read back from the server"));
    return result;
}

CopyCheck AccountCopyCheck::checkCryptServer(const Account& account, const LedgerEntry& entry) const
{
    RecoveryKey identity; // only what the serial is made of: never the key
    identity.id = KeyId::parse(entry.keyId);
    identity.volumeGuid = entry.volumeGuid;
    identity.kind = keyKindFromName(entry.kind).value_or(KeyKind::BitLockerRecoveryPassword);
    const QString serial = MachineIdentity::serial(identity);
    // The secret type this key was checked in under (BitLocker keys carry their ID in it).
    const QUrl url = CryptServerProvider::endpoint(
        account.url, { QStringLiteral("verify"), serial, CryptServerProvider::secretType(identity) });
    QString problem;
    const HttpResponse response = get(account, url, &problem);
    if (!problem.isEmpty())
        return CopyCheck::make(entry, Status::CannotCheck,
                               tr("The Crypt Server of “%1” could not be asked: %2").arg(account.name, problem),
                               tr("Check again when the server can be reached."));
    // 404: the server knows no computer of that serial (escrow.md §1), so it holds no key for it either.
    const bool unknownSerial = response.status == 404;
    if (response.status != 200 && !unknownSerial)
        return CopyCheck::make(entry, Status::CannotCheck,
                               tr("The Crypt Server of “%1” did not answer the question: %2")
                                   .arg(account.name, HttpClient::statusProblem(response.status)),
                               tr("Check again later, or ask the server's administrator."));
    const QJsonObject answer = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(response.body.data()),
                                                                  qsizetype(response.body.size())))
                                   .object();
    if (unknownSerial || !answer.value(QStringLiteral("escrowed")).toBool())
        return CopyCheck::make(
            entry, Status::Missing,
            tr("The Crypt Server of “%1” says it holds no recovery key for %2.").arg(account.name, serial),
            tr("Back up %1 to the account again.").arg(CopyChecker::keyIdText(entry)));
    const QString date = answer.value(QStringLiteral("date_escrowed")).toString();
    CopyCheck result = CopyCheck::make(
        entry, Status::Ok,
        tr("The Crypt Server of “%1” says it holds a recovery key for %2. A Crypt Server never gives keys back, so "
           "whether it is this very key was not checked.")
            .arg(account.name, serial));
    result.checks.append(date.isEmpty()
                             ? tr("the server says it holds a recovery key for %1").arg(serial)
                             : tr("the server says it holds a recovery key for %1 (escrowed %2)").arg(serial, date));
    return result;
}

} // namespace keyhaven
