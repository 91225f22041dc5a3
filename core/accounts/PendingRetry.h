// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PendingUploads.h"
#include "backup/BackupTarget.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>

#include <memory>

namespace keyhaven {

// Tries the pending uploads again, one after the other, each through its account's AccountTarget:
// a confirmed one leaves the list and the keychain and is recorded in the ledger; a failed one moves its
// next try out.
class PendingRetry
{
    Q_DECLARE_TR_FUNCTIONS(PendingRetry)

public:
    struct Outcome
    {
        PendingUpload upload;
        BackupResult result;
    };

    static constexpr int DefaultRunDeadlineMs = 300000;

    // `onlyDue`: only those whose next try has come; otherwise all of them, now. `ledgerPath` empty:
    // Ledger::defaultPath(). The whole run ends by runDeadlineMs(): uploads not reached by then stay pending.
    static QList<Outcome> run(const std::shared_ptr<SecretStore>& secrets, bool onlyDue,
                              const QString& settingsFile = {}, const QString& ledgerPath = {});
    static Outcome retry(const PendingUpload& upload, const std::shared_ptr<SecretStore>& secrets,
                         const QString& settingsFile = {}, const QString& ledgerPath = {},
                         QDeadlineTimer runDeadline = QDeadlineTimer::Forever);
    // How long one retry run may take: KEYHAVEN_RETRY_DEADLINE_MS, else 5 minutes.
    static int runDeadlineMs();
};

} // namespace keyhaven
