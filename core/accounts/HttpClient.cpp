// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QAuthenticator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>

#include <algorithm>
#include <cstring>

namespace keyhaven {

namespace {

// The private key block of a PEM file that holds a certificate and its key.
QByteArray privateKeyBlock(const QByteArray& pem)
{
    const qsizetype begin = pem.indexOf("-----BEGIN ");
    for (qsizetype at = begin; at >= 0; at = pem.indexOf("-----BEGIN ", at + 1)) {
        const qsizetype lineEnd = pem.indexOf("-----", at + 11);
        if (lineEnd < 0)
            break;
        if (!pem.mid(at, lineEnd - at).endsWith("PRIVATE KEY"))
            continue;
        const qsizetype end = pem.indexOf("-----END ", lineEnd);
        const qsizetype close = end < 0 ? -1 : pem.indexOf("-----", end + 9);
        if (close < 0)
            break;
        return pem.mid(at, close + 5 - at);
    }
    return {};
}

// Hands the request body to Qt straight from SecureBytes (wiped when the device goes). A QBuffer would
// give Qt an implicitly shared QByteArray, and wiping ours would then only wipe a detached copy.
class SecureBodyDevice : public QIODevice
{
public:
    SecureBodyDevice(SecureBytes body, QObject* parent)
        : QIODevice(parent)
        , m_body(std::move(body))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return static_cast<qint64>(m_body.size()); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 available = size() - pos();
        const qint64 count = std::min(maxSize, std::max<qint64>(available, 0));
        if (count > 0)
            std::memcpy(data, m_body.data() + pos(), static_cast<std::size_t>(count));
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    SecureBytes m_body;
};

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Qt's codes below 200 are failures of the connection itself (refused, reset, timed out, TLS, proxy); from
// 200 on they only mirror an HTTP status the server did send in full.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

QSslKey loadKey(const QByteArray& block)
{
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(block, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_pastDeadline = !m_deadline.isForever() && m_deadline.remainingTime() <= 20;
        if (m_reply)
            m_reply->abort();
    });
    m_manager->setAutoDeleteReplies(false);
    // Answering nothing makes the request end with 401: the password was wrong.
    connect(m_manager, &QNetworkAccessManager::authenticationRequired, this, [](QNetworkReply*, QAuthenticator*) {});
}

HttpClient::~HttpClient()
{
    m_done = nullptr;
    if (m_reply)
        m_reply->abort();
    delete m_reply;
    delete m_bodyDevice;
    wipe(m_authorization);
}

QString HttpClient::configure(const Account& account)
{
    if (!account.caBundle.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(account.caBundle, QSsl::Pem);
        if (authorities.isEmpty())
            return tr("No certificate could be read from the CA bundle %1.").arg(account.caBundle);
        m_ssl.addCaCertificates(authorities);
    }
    if (!account.clientCert.isEmpty()) {
        QFile file(account.clientCert);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Could not read the client certificate %1: %2").arg(account.clientCert, file.errorString());
        QByteArray pem = file.read(MaximumAnswer);
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
        QByteArray block = privateKeyBlock(pem);
        const QSslKey key = loadKey(block);
        wipe(block);
        wipe(pem);
        if (certificates.isEmpty() || key.isNull())
            return tr("%1 must hold the client certificate and its private key (PEM, without a passphrase).")
                .arg(account.clientCert);
        m_ssl.setLocalCertificate(certificates.first());
        m_ssl.setPrivateKey(key);
    }
    return {};
}

void HttpClient::setCredentials(const QString& user, const SecureBytes& password)
{
    SecureBytes pair = SecureBytes::fromUtf8(user);
    pair.append(':');
    pair.append(password.data(), password.size());
    QByteArray raw(reinterpret_cast<const char*>(pair.data()), static_cast<qsizetype>(pair.size()));
    wipe(m_authorization);
    m_authorization = QByteArrayLiteral("Basic ") + raw.toBase64();
    wipe(raw);
}

int HttpClient::timeoutMs()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("KEYHAVEN_NETWORK_TIMEOUT_MS", &ok);
    return ok && configured > 0 ? configured : DefaultTimeoutMs;
}

int HttpClient::deadlineMs()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("KEYHAVEN_UPLOAD_DEADLINE_MS", &ok);
    return ok && configured > 0 ? configured : DefaultDeadlineMs;
}

bool HttpClient::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& url) { return url.scheme().toLower() == u"https" ? 443 : 80; };
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && !a.host().isEmpty()
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

void HttpClient::setDeadline(QDeadlineTimer deadline)
{
    m_deadline = deadline;
    m_deadlineSeconds = deadline.isForever() ? 0 : static_cast<int>((deadline.remainingTime() + 999) / 1000);
}

HttpResponse HttpClient::permanentFailure(const QString& problem)
{
    HttpResponse response;
    response.failure = HttpResponse::Failure::Permanent;
    response.problem = problem;
    return response;
}

void HttpClient::send(const QByteArray& method, const QUrl& url, const SecureBytes& body, const QList<Header>& headers,
                      Callback done)
{
    Q_ASSERT(!m_reply);
    m_done = std::move(done);
    m_request = Request { method, url, headers, 0 };
    m_body = body;
    if (const QString problem = AccountRules::checkUrl(url); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, refused = permanentFailure(problem)]() mutable { finishWith(refused); });
        return;
    }
    sendNow();
}

void HttpClient::sendNow()
{
    m_sslErrors.clear();
    m_timedOut = m_pastDeadline = m_cancelled = m_tooLarge = false;
    if (m_requestsSent >= MaximumRequests || m_deadline.hasExpired()) {
        HttpResponse stopped;
        if (m_requestsSent >= MaximumRequests) {
            stopped = permanentFailure(tr("The server kept asking for more: Keyhaven stopped after %n request(s) "
                                          "for this upload.",
                                          nullptr, m_requestsSent));
        } else {
            stopped.failure = HttpResponse::Failure::Transient;
            stopped.problem
                = tr("The upload did not finish within the %n second(s) it may take.", nullptr, m_deadlineSeconds);
        }
        QTimer::singleShot(0, this, [this, stopped]() mutable { finishWith(stopped); });
        return;
    }
    ++m_requestsSent;

    QNetworkRequest request(m_request.url);
    request.setSslConfiguration(m_ssl);
    // Qt follows nothing: finish() decides, before anything is sent again.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(timeoutMs());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Keyhaven"));
    if (!m_authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    for (const Header& header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);

    const QByteArray& method = m_request.method;
    if (m_body.isEmpty() && method != "PUT" && method != "POST") {
        m_reply = m_manager->sendCustomRequest(request, method);
    } else {
        m_bodyDevice = new SecureBodyDevice(m_body, this);
        m_reply = m_manager->sendCustomRequest(request, method, m_bodyDevice);
    }

    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        restartTimer();
        emit transferProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        restartTimer();
        if (received > MaximumAnswer && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpClient::finish);
    restartTimer();
}

void HttpClient::restartTimer()
{
    // A second guard beside Qt's transfer timeout, which does not cover every stage of a connection; and the
    // overall deadline, which no trickle of data moves.
    qint64 interval = timeoutMs() + timeoutMs() / 4;
    if (!m_deadline.isForever())
        interval = std::clamp<qint64>(m_deadline.remainingTime(), 0, interval);
    m_timer.start(static_cast<int>(interval));
}

void HttpClient::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void HttpClient::finish()
{
    m_timer.stop();
    HttpResponse refusal;
    const std::optional<QUrl> next = redirectTarget(&refusal);
    HttpResponse response = next || !refusal.answered() ? std::move(refusal) : responseFromReply();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reply->deleteLater();
    m_reply = nullptr;
    if (m_bodyDevice)
        m_bodyDevice->deleteLater();
    if (next) {
        ++m_request.redirects;
        m_request.url = *next;
        if (status == 303) { // "see other": fetch the answer; the body is not sent again
            m_request.method = "GET";
            m_body = SecureBytes();
        }
        sendNow();
        return;
    }
    finishWith(std::move(response));
}

void HttpClient::finishWith(HttpResponse response)
{
    m_body = SecureBytes();
    if (auto callback = std::exchange(m_done, nullptr))
        callback(response);
}

std::optional<QUrl> HttpClient::redirectTarget(HttpResponse* refusal)
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isConnectionError(m_reply->error()) || !isRedirect(status) || !m_reply->hasRawHeader("Location"))
        return std::nullopt;
    const QUrl target = m_request.url.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
    const QString shown = target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!sameOrigin(m_request.url, target)) {
        *refusal = permanentFailure(tr("The server sent the request on to another address (%1). Keyhaven follows a "
                                       "redirect only on the same server, so it did not go there: nothing was sent "
                                       "to that address.")
                                        .arg(shown));
        return std::nullopt;
    }
    if (m_request.redirects >= MaximumRedirects) {
        *refusal = permanentFailure(
            tr("The server redirected the request more than %n time(s); Keyhaven stopped.", nullptr, MaximumRedirects));
        return std::nullopt;
    }
    return target;
}

HttpResponse HttpClient::responseFromReply()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A connection cut in the middle of an answer is no answer: what arrived may be half of it.
    if (!status.isValid() || m_timedOut || m_cancelled || m_tooLarge || isConnectionError(m_reply->error()))
        return networkFailure();
    HttpResponse response;
    response.status = status.toInt();
    QByteArray data = m_reply->readAll();
    response.body = SecureBytes::takeFrom(data);
    return response;
}

HttpResponse HttpClient::networkFailure()
{
    HttpResponse response;
    response.failure = HttpResponse::Failure::Transient;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_cancelled) {
        response.failure = HttpResponse::Failure::Permanent;
        response.problem = tr("The upload was cancelled.");
    } else if (m_tooLarge) {
        response.failure = HttpResponse::Failure::Permanent;
        response.problem = tr("The server's answer was far too large; this does not look like the right server.");
    } else if (m_pastDeadline) {
        response.problem
            = tr("The upload did not finish within the %n second(s) it may take.", nullptr, m_deadlineSeconds);
    } else if (m_timedOut || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        response.problem = tr("The server did not answer within %n second(s).", nullptr, (timeoutMs() + 999) / 1000);
    } else if (!m_sslErrors.isEmpty()) {
        response.failure = HttpResponse::Failure::Permanent;
        QStringList reasons;
        for (const QSslError& sslError : std::as_const(m_sslErrors))
            reasons.append(sslError.errorString());
        reasons.removeDuplicates();
        response.problem = tr("The server's certificate is not trusted (%1), so nothing was sent. If the server "
                              "uses your organisation's own certificate authority, add that certificate authority's file to the "
                              "account.")
                               .arg(reasons.join(QStringLiteral("; ")));
    } else if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError) {
        response.problem = tr("Could not reach the server (%1).").arg(m_reply->errorString());
    } else if (m_reply->errorString().contains(QLatin1String("alert"), Qt::CaseInsensitive)) {
        // A TLS alert is the server's deliberate refusal (often: no client certificate); retrying will not help.
        response.failure = HttpResponse::Failure::Permanent;
        response.problem = tr("The server refused the secure connection (%1). If it asks for a client certificate, "
                              "add the client certificate's file to the account.")
                               .arg(m_reply->errorString());
    } else if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::TemporaryNetworkFailureError
               || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::UnknownNetworkError) {
        response.problem = tr("The connection to the server was cut off (%1).").arg(m_reply->errorString());
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        response.failure = HttpResponse::Failure::Permanent;
        response.problem = tr("A secure connection to the server could not be set up (%1). If the server asks "
                              "for a client certificate, add the client certificate's file to the account.")
                               .arg(m_reply->errorString());
    } else {
        response.failure = HttpResponse::Failure::Permanent;
        response.problem = tr("The request failed: %1").arg(m_reply->errorString());
    }
    return response;
}

QString HttpClient::statusProblem(int status, AccountKind kind)
{
    switch (status) {
    case 401:
        if (kind == AccountKind::CryptServer)
            return tr("The server asked to log in (401), but a Crypt Server's check-in takes no password: the "
                      "address may lead to something else, or a proxy in front of the server wants a log-in. Check "
                      "the account's URL and ask the server's administrator (a client certificate is added with "
                      "--client-cert).");
        return tr("The server refused the user name or password (401). Check the account's user and password "
                  "(Nextcloud and ownCloud want an app password).");
    case 403:
        return tr("The server does not allow this account to do that (403 Forbidden).");
    case 404:
        return tr("The server has nothing at this address (404 Not Found). Check the account's URL.");
    case 405:
        return tr("The server does not accept this here (405 Method Not Allowed). Check that the account's URL "
                  "points at the right kind of server.");
    case 409:
        return tr("The server reported a conflict (409): something on the server is in the way, such as a "
                  "missing folder above this one.");
    case 412:
        return tr("A file appeared at the same place while uploading (412); nothing was overwritten.");
    case 413:
        return tr("The server will not take a file this large (413).");
    case 507:
        return tr("The server has no room left for the file (507 Insufficient Storage).");
    default:
        break;
    }
    if (status >= 500)
        return tr("The server had an internal problem (HTTP %1).").arg(status);
    return tr("The server answered with HTTP status %1.").arg(status);
}

} // namespace keyhaven
