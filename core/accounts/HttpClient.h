// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace keyhaven {

// What one request came to. `problem` says, for people, why it did not get an answer.
struct HttpResponse
{
    enum class Failure {
        None, // the server answered; look at `status`
        Transient, // offline, refused, reset, timed out: worth retrying later
        Permanent, // certificate, insecure redirect, bad configuration: retrying will not help
    };
    Failure failure = Failure::None;
    int status = 0; // the HTTP status when the server answered
    SecureBytes body;
    QString problem; // translated; never contains the key

    bool answered() const { return failure == Failure::None; }
    bool isSuccess() const { return answered() && status >= 200 && status < 300; }
};

// The network rules of escrow.md §3 in one place: HTTPS only (plain HTTP only to loopback), a custom
// CA and a client certificate, certificate errors shown and never ignored, no redirect to plain HTTP,
// a transfer timeout, a cap on the size of answers. One request at a time.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Header = std::pair<QByteArray, QByteArray>;
    using Callback = std::function<void(HttpResponse&)>;

    static constexpr qint64 MaximumAnswer = 4 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // Loads the account's CA bundle and client certificate. Returns a translated problem, or empty.
    QString configure(const Account& account);
    // Sent with every request as HTTP basic authentication (pre-emptively; the link is encrypted).
    void setCredentials(const QString& user, const SecureBytes& password);

    void send(const QByteArray& method, const QUrl& url, const SecureBytes& body, const QList<Header>& headers,
              Callback done);
    void cancel();

    // How long a request may go without any data moving: KEYHAVEN_NETWORK_TIMEOUT_MS, else 30 s.
    static int timeoutMs();
    // A translated sentence for an HTTP status the caller did not expect.
    static QString statusProblem(int status);
    static bool isTransientStatus(int status) { return status >= 500 || status == 408 || status == 429; }

signals:
    void transferProgress(qint64 done, qint64 total);

private:
    void finish();
    void restartTimer();
    HttpResponse responseFromReply();
    HttpResponse networkFailure();

    QNetworkAccessManager* m_manager = nullptr;
    QSslConfiguration m_ssl;
    QByteArray m_authorization;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // the request body while it is sent; wiped afterwards
    Callback m_done;
    QTimer m_timer;
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace keyhaven
