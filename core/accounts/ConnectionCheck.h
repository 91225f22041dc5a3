// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "HttpClient.h"

#include <QObject>

#include <memory>

namespace keyhaven {

// "Test connection": talks to an account's server the way an upload would (same address, certificates and
// password) without sending any key, and says in plain words what worked. WebDAV: signs in and looks for the
// folder. Crypt Server: finds its check-in address and asks whether it holds a key for this computer.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject* parent = nullptr);
    ~ConnectionCheck() override;

    // finished() comes exactly once per start, also when the account cannot be configured.
    void start(const Account& account, const SecureBytes& password);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(bool ok, const QString& message);

private:
    void webDavSignedIn(HttpResponse& response);
    void webDavFolderChecked(HttpResponse& response);
    void cryptCheckInFound(HttpResponse& response);
    void cryptAsked(HttpResponse& response);
    QString unreachable(const HttpResponse& response) const;
    QUrl under(const QStringList& segments) const;
    QString server() const;
    void finish(bool ok, const QString& message);

    Account m_account;
    std::unique_ptr<HttpClient> m_http;
    QString m_serial;
    bool m_running = false;
};

} // namespace keyhaven
