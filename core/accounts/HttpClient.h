// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <optional>
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
// CA and a client certificate, certificate errors shown and never ignored, a transfer timeout, a cap on
// the size of answers. Redirects are decided here, before anything is sent again: only to the same scheme,
// host and port (Qt never follows one by itself). One overall deadline and a bounded number of requests
// per client, so that no server can hold or loop an upload. One request at a time.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Header = std::pair<QByteArray, QByteArray>;
    using Callback = std::function<void(HttpResponse&)>;

    static constexpr qint64 MaximumAnswer = 4 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int DefaultDeadlineMs = 120000;
    static constexpr int MaximumRedirects = 5;
    static constexpr int MaximumRequests = 40; // per client: an upload needs about ten

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // Loads the account's CA bundle and client certificate. Returns a translated problem, or empty.
    QString configure(const Account& account);
    // Sent with every request as HTTP basic authentication (pre-emptively; the link is encrypted).
    void setCredentials(const QString& user, const SecureBytes& password);

    // Every request sent from now on must finish before `deadline` (the whole upload's time).
    void setDeadline(QDeadlineTimer deadline);
    void send(const QByteArray& method, const QUrl& url, const SecureBytes& body, const QList<Header>& headers,
              Callback done);
    void cancel();

    // How long a request may go without any data moving: KEYHAVEN_NETWORK_TIMEOUT_MS, else 30 s.
    static int timeoutMs();
    // How long one whole upload may take: KEYHAVEN_UPLOAD_DEADLINE_MS, else 120 s.
    static int deadlineMs();
    // Same scheme, host and port: the only redirects Keyhaven follows.
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    // A translated sentence for an HTTP status the caller did not expect, in the words of the account's kind.
    static QString statusProblem(int status, AccountKind kind = AccountKind::WebDav);
    static bool isTransientStatus(int status) { return status >= 500 || status == 408 || status == 429; }

signals:
    void transferProgress(qint64 done, qint64 total);

private:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QList<Header> headers;
        int redirects = 0;
    };

    void sendNow();
    void finish();
    void finishWith(HttpResponse response);
    void restartTimer();
    // A redirect to follow, or a refusal (set in `refusal`); nothing when the answer is not a redirect.
    std::optional<QUrl> redirectTarget(HttpResponse* refusal);
    HttpResponse responseFromReply();
    HttpResponse networkFailure();
    static HttpResponse permanentFailure(const QString& problem);

    QNetworkAccessManager* m_manager = nullptr;
    QSslConfiguration m_ssl;
    QByteArray m_authorization;
    QPointer<QNetworkReply> m_reply;
    Request m_request;
    SecureBytes m_body; // the request body while it is sent (and sent again to a same-origin redirect)
    QPointer<QIODevice> m_bodyDevice; // reads m_body for Qt without copying it into a QByteArray
    Callback m_done;
    QTimer m_timer;
    QDeadlineTimer m_deadline = QDeadlineTimer::Forever;
    int m_deadlineSeconds = 0; // how long the requests were given when the deadline was set, for messages
    QList<QSslError> m_sslErrors;
    int m_requestsSent = 0;
    bool m_timedOut = false;
    bool m_pastDeadline = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace keyhaven
