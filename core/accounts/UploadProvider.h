// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "HttpClient.h"
#include "backup/BackupTarget.h"

#include <QObject>

namespace keyhaven {

// One way of putting a key on a server (Crypt Server check-in, WebDAV upload). Asynchronous like a
// BackupTarget; finished() comes exactly once. Status Pending means "could not finish now, worth
// retrying" (offline, timeout, 5xx); AccountTarget decides whether the key waits in the keychain.
class UploadProvider : public QObject
{
    Q_OBJECT

public:
    explicit UploadProvider(Account account, QObject* parent = nullptr);

    // Loads certificates and sets the password; returns a translated problem, or empty.
    QString prepare(const SecureBytes& password);
    virtual void start(const RecoveryKey& key) = 0;
    void cancel() { m_http.cancel(); }
    // The whole upload, every request of it, ends by then.
    void setDeadline(QDeadlineTimer deadline) { m_http.setDeadline(deadline); }

signals:
    void progress(int percent, const QString& step);
    void finished(const keyhaven::BackupResult& result);

protected:
    // Ends with Failed, or Pending when `response` is worth retrying; `problem` is said first when given.
    void finishWithProblem(const HttpResponse& response, const QString& context = {});
    void finishWith(BackupResult result);
    BackupResult baseResult() const;

    Account m_account;
    HttpClient m_http;

private:
    bool m_finished = false;
};

} // namespace keyhaven
