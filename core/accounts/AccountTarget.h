// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "SecretStore.h"
#include "backup/BackupTarget.h"

#include <QDeadlineTimer>
#include <QPointer>

#include <memory>

namespace keyhaven {

class UploadProvider;

// Saves a key to an account (`backup --to account:NAME`): reads the account's password from the
// keychain, runs the Crypt Server or WebDAV provider, and reports success only once the server
// confirmed it. When the upload cannot finish now (offline, timeout, 5xx) the key waits in the
// keychain as a pending upload (status Pending) and `pending --retry` tries again. The caller records
// successful uploads in the ledger (the backup command, PendingRetry).
class AccountTarget : public BackupTarget
{
    Q_OBJECT

public:
    AccountTarget(Account account, std::shared_ptr<SecretStore> secrets, QString settingsFile = {},
                  QObject* parent = nullptr);
    ~AccountTarget() override;

    // For the CLI's target table: the account of that name, with the system keychain.
    static std::unique_ptr<BackupTarget> make(const QString& accountName, QString* error);

    // WebDAV only: the sheet PDF to upload beside the text file.
    void setSheet(const QString& fileName, SecureBytes pdf) override;
    // Retrying that pending upload: no second pending entry; its keychain copy goes once confirmed.
    void setPendingId(const QString& id) { m_pendingId = id; }
    // Off: a failed upload is only reported (for tests and for callers that keep the key themselves).
    void setKeepPending(bool keep) { m_keepPending = keep; }
    QString pendingId() const { return m_pendingId; }
    // A retry run's own deadline: the upload ends by then even when its own time (HttpClient::deadlineMs())
    // would go on.
    void setRunDeadline(QDeadlineTimer deadline) { m_runDeadline = deadline; }

    QString name() const override { return QStringLiteral("account"); }
    void start(const RecoveryKey& key) override;
    void cancel() override;

private:
    void providerFinished(BackupResult result);
    void keepPending(BackupResult& result);
    void landed(BackupResult& result);
    void finishSoon(BackupResult result);

    Account m_account;
    std::shared_ptr<SecretStore> m_secrets;
    QString m_settingsFile;
    QString m_pendingId;
    QString m_sheetName;
    SecureBytes m_sheet;
    bool m_keepPending = true;
    QDeadlineTimer m_runDeadline = QDeadlineTimer::Forever;
    RecoveryKey m_key;
    QPointer<UploadProvider> m_provider;
};

} // namespace keyhaven
