// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTarget.h"

#include "AccountStore.h"
#include "HttpClient.h"
#include "CryptServerProvider.h"
#include "KeychainSecretStore.h"
#include "PendingUploads.h"
#include "WebDavProvider.h"

#include <QTimer>

namespace keyhaven {

AccountTarget::AccountTarget(Account account, std::shared_ptr<SecretStore> secrets, QString settingsFile,
                             QObject* parent)
    : BackupTarget(parent)
    , m_account(std::move(account))
    , m_secrets(std::move(secrets))
    , m_settingsFile(std::move(settingsFile))
{
}

AccountTarget::~AccountTarget() = default;

std::unique_ptr<BackupTarget> AccountTarget::make(const QString& accountName, QString* error)
{
    if (accountName.isEmpty()) {
        *error = tr("“account:” needs an account name, for example account:work. “keyhaven-cli account list” "
                    "lists them.");
        return nullptr;
    }
    std::optional<Account> account = AccountStore().find(accountName);
    if (!account) {
        *error = tr("There is no account called “%1”. Add it with “keyhaven-cli account add”.").arg(accountName);
        return nullptr;
    }
    return std::make_unique<AccountTarget>(*account, std::make_shared<KeychainSecretStore>());
}

void AccountTarget::setSheet(const QString& fileName, SecureBytes pdf)
{
    m_sheetName = fileName;
    m_sheet = std::move(pdf);
}

void AccountTarget::finishSoon(BackupResult result)
{
    result.target = name();
    if (result.location.isEmpty())
        result.location = m_account.url.toString(QUrl::RemoveUserInfo);
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void AccountTarget::start(const RecoveryKey& key)
{
    BackupResult refused;
    refused.status = BackupResult::Status::Refused;
    if (const QString problem = AccountRules::checkUrl(m_account.url); !problem.isEmpty()) {
        refused.message = problem;
        finishSoon(refused);
        return;
    }
    SecretStore::Result password = m_secrets->read(SecretStore::accountPasswordKey(m_account.name));
    const bool needsPassword = m_account.kind == AccountKind::WebDav;
    if (!password.ok() && (needsPassword || password.status != SecretStore::Result::Status::NotFound)) {
        BackupResult failed;
        failed.message = password.status == SecretStore::Result::Status::NotFound
            ? tr("The password of the account “%1” is not in the system keychain; add the account again.")
                  .arg(m_account.name)
            : tr("Could not read the password of the account “%1”: %2").arg(m_account.name, password.error);
        finishSoon(failed);
        return;
    }

    m_key = key;
    UploadProvider* provider = nullptr;
    if (m_account.kind == AccountKind::CryptServer) {
        provider = new CryptServerProvider(m_account, this);
    } else {
        auto* webDav = new WebDavProvider(m_account, this);
        if (!m_sheet.isEmpty())
            webDav->addFile(m_sheetName, m_sheet, QByteArrayLiteral("application/pdf"));
        provider = webDav;
    }
    m_provider = provider;
    if (const QString problem = provider->prepare(password.secret); !problem.isEmpty()) {
        BackupResult failed;
        failed.message = problem;
        finishSoon(failed);
        return;
    }
    QDeadlineTimer deadline(HttpClient::deadlineMs());
    if (!m_runDeadline.isForever() && m_runDeadline.deadlineNSecs() < deadline.deadlineNSecs())
        deadline = m_runDeadline;
    provider->setDeadline(deadline);
    connect(provider, &UploadProvider::progress, this, &BackupTarget::progress);
    connect(provider, &UploadProvider::finished, this, &AccountTarget::providerFinished);
    provider->start(key);
}

void AccountTarget::cancel()
{
    m_keepPending = false; // the user stopped it: do not keep the key behind their back
    if (m_provider)
        m_provider->cancel();
}

void AccountTarget::providerFinished(BackupResult result)
{
    result.target = name();
    if (result.status == BackupResult::Status::Pending) {
        keepPending(result);
    } else if (result.status == BackupResult::Status::Failed && !m_pendingId.isEmpty()) {
        QString error;
        if (!PendingUploads(*m_secrets, m_settingsFile).noteFailure(m_pendingId, result.message, &error))
            result.advice.append(tr("This try could not be noted in the settings: %1").arg(error));
        result.message = tr("%1 The key still waits in the system keychain.").arg(result.message);
    } else if (result.succeeded()) {
        landed(result);
    }
    m_key = RecoveryKey();
    if (m_provider)
        m_provider->deleteLater();
    emit finished(result);
}

void AccountTarget::keepPending(BackupResult& result)
{
    const QString problem = result.message;
    PendingUploads pending(*m_secrets, m_settingsFile);
    if (!m_pendingId.isEmpty()) {
        QString error;
        if (!pending.noteFailure(m_pendingId, problem, &error))
            result.advice.append(tr("This try could not be noted in the settings: %1").arg(error));
        result.message = tr("%1 The key still waits in the system keychain and will be tried again.").arg(problem);
        return;
    }
    if (!m_keepPending) {
        result.status = BackupResult::Status::Failed;
        return;
    }
    QString error;
    const std::optional<PendingUpload> kept = pending.add(m_account.name, m_key, problem, &error);
    if (!kept) {
        result.status = BackupResult::Status::Failed;
        result.message = tr("%1 The key could not be kept for a later try either: %2").arg(problem, error);
        return;
    }
    m_pendingId = kept->id;
    result.message = tr("%1 Nothing is saved on the server yet. The key waits in the system keychain (never in a "
                        "file) for the next try.")
                         .arg(problem);
    result.advice.append(tr("Pending upload %1 to the account “%2”.").arg(kept->id, m_account.name));
}

void AccountTarget::landed(BackupResult& result)
{
    if (m_pendingId.isEmpty())
        return;
    PendingUploads pending(*m_secrets, m_settingsFile);
    QString error;
    if (!pending.remove(m_pendingId, &error))
        result.advice.append(tr("The key landed, but its waiting copy could not be removed from the system keychain: "
                                "%1")
                                 .arg(error));
}

} // namespace keyhaven
