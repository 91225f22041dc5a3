// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyhaven {

// An upload that could not finish yet. Only what is not secret is here (and in the settings); the
// key itself waits in the system keychain under "pending/ID".
struct PendingUpload
{
    QString id;
    QString account;
    KeyKind kind = KeyKind::BitLockerRecoveryPassword;
    std::optional<KeyId> keyId;
    std::optional<KeyId> volumeGuid;
    QString identifier; // a Mac's serial, when the key's source named it
    QString deviceName;
    int attempts = 0;
    QDateTime created; // UTC
    QDateTime nextRetry; // UTC
    QString lastProblem; // translated; never the key
};

// The uploads waiting to be retried, with back-off: 1, 2, 4 … minutes after each failed try, at most a day.
class PendingUploads
{
    Q_DECLARE_TR_FUNCTIONS(PendingUploads)

public:
    explicit PendingUploads(SecretStore& secrets, QString settingsFile = {});

    // Reads only the settings: no keychain prompt, cheap enough for every start.
    QList<PendingUpload> list() const;
    std::optional<PendingUpload> find(const QString& id) const;
    QList<PendingUpload> forAccount(const QString& account) const;

    // Puts the key in the keychain and notes the upload in the settings (read back); the same key for the
    // same account is kept once. Returns nothing and sets `error` (translated) when the keychain did not
    // take it or the settings could not note it (then the keychain copy is removed again: none is orphaned).
    std::optional<PendingUpload> add(const QString& account, const RecoveryKey& key, const QString& problem,
                                     QString* error);
    // The key back from the keychain, with what the settings know about it.
    std::optional<RecoveryKey> key(const PendingUpload& upload, QString* error);
    // One more failed try: counts it and moves the next retry out. False (and `error`) when the settings
    // could not be written.
    bool noteFailure(const QString& id, const QString& problem, QString* error = nullptr);
    // The server confirmed it: deletes the keychain copy, then the note.
    bool remove(const QString& id, QString* error);

    static QDateTime nextRetryAfter(int attempts, const QDateTime& now);

private:
    bool write(const PendingUpload& upload, QString* error);

    SecretStore& m_secrets;
    QString m_settingsFile;
};

} // namespace keyhaven
