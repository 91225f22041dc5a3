// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingRetry.h"

#include "AccountStore.h"
#include "AccountTarget.h"
#include "backup/Ledger.h"

namespace keyhaven {

int PendingRetry::runDeadlineMs()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("KEYHAVEN_RETRY_DEADLINE_MS", &ok);
    return ok && configured > 0 ? configured : DefaultRunDeadlineMs;
}

PendingRetry::Outcome PendingRetry::retry(const PendingUpload& upload, const std::shared_ptr<SecretStore>& secrets,
                                          const QString& settingsFile, const QString& ledgerPath,
                                          QDeadlineTimer runDeadline)
{
    Outcome outcome;
    outcome.upload = upload;
    outcome.result.target = QStringLiteral("account");
    outcome.result.status = BackupResult::Status::Failed;
    const std::optional<Account> account = AccountStore(settingsFile).find(upload.account);
    if (!account) {
        outcome.result.message
            = tr("The account “%1” no longer exists; the key still waits in the system keychain.").arg(upload.account);
        return outcome;
    }
    PendingUploads pending(*secrets, settingsFile);
    QString error;
    const std::optional<RecoveryKey> key = pending.key(upload, &error);
    if (!key) {
        outcome.result.message = error;
        return outcome;
    }
    AccountTarget target(*account, secrets, settingsFile);
    target.setPendingId(upload.id);
    target.setRunDeadline(runDeadline);
    outcome.result = runToCompletion(target, *key);
    if (outcome.result.succeeded()) {
        LedgerEntry entry;
        entry.keyId = key->id ? key->id->toString() : QString();
        entry.kind = keyKindName(key->kind);
        entry.volumeGuid = key->volumeGuid;
        entry.target = outcome.result.target;
        entry.location = outcome.result.location;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.sha256 = outcome.result.sha256;
        if (!Ledger(ledgerPath.isEmpty() ? Ledger::defaultPath() : ledgerPath).record(entry, &error))
            outcome.result.advice.append(tr("The upload is done, but the ledger could not note it: %1").arg(error));
    }
    return outcome;
}

QList<PendingRetry::Outcome> PendingRetry::run(const std::shared_ptr<SecretStore>& secrets, bool onlyDue,
                                               const QString& settingsFile, const QString& ledgerPath)
{
    QList<Outcome> outcomes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDeadlineTimer runDeadline(runDeadlineMs());
    const QList<PendingUpload> uploads = PendingUploads(*secrets, settingsFile).list();
    for (const PendingUpload& upload : uploads) {
        if (onlyDue && upload.nextRetry.isValid() && upload.nextRetry > now)
            continue;
        if (runDeadline.hasExpired()) {
            Outcome skipped;
            skipped.upload = upload;
            skipped.result.target = QStringLiteral("account");
            skipped.result.status = BackupResult::Status::Pending;
            skipped.result.message = tr("Not tried this time: the retries took all the %n second(s) they may take "
                                        "together. The key still waits in the system keychain.",
                                        nullptr, (runDeadlineMs() + 999) / 1000);
            outcomes.append(skipped);
            continue;
        }
        outcomes.append(retry(upload, secrets, settingsFile, ledgerPath, runDeadline));
    }
    return outcomes;
}

} // namespace keyhaven
