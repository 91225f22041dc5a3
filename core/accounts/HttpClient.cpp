// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QAuthenticator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>

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
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
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
    wipe(m_body);
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

void HttpClient::send(const QByteArray& method, const QUrl& url, const SecureBytes& body, const QList<Header>& headers,
                      Callback done)
{
    Q_ASSERT(!m_reply);
    m_done = std::move(done);
    m_sslErrors.clear();
    m_timedOut = m_cancelled = m_tooLarge = false;
    if (!AccountRules::checkUrl(url).isEmpty()) {
        HttpResponse refused;
        refused.failure = HttpResponse::Failure::Permanent;
        refused.problem = AccountRules::checkUrl(url);
        QTimer::singleShot(0, this, [this, refused]() mutable {
            if (auto callback = std::exchange(m_done, nullptr))
                callback(refused);
        });
        return;
    }

    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(timeoutMs());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Keyhaven"));
    if (!m_authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    for (const Header& header : headers)
        request.setRawHeader(header.first, header.second);

    wipe(m_body);
    m_body = QByteArray(reinterpret_cast<const char*>(body.data()), static_cast<qsizetype>(body.size()));
    m_reply = m_body.isEmpty() && method != "PUT" && method != "POST"
        ? m_manager->sendCustomRequest(request, method)
        : m_manager->sendCustomRequest(request, method, m_body);

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
    // A second guard beside Qt's transfer timeout, which does not cover every stage of a connection.
    m_timer.start(timeoutMs() + timeoutMs() / 4);
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
    HttpResponse response = responseFromReply();
    m_reply->deleteLater();
    m_reply = nullptr;
    wipe(m_body);
    if (auto callback = std::exchange(m_done, nullptr))
        callback(response);
}

HttpResponse HttpClient::responseFromReply()
{
    const QUrl finalUrl = m_reply->url();
    if (!AccountRules::checkUrl(finalUrl).isEmpty() || m_reply->error() == QNetworkReply::InsecureRedirectError) {
        HttpResponse response;
        response.failure = HttpResponse::Failure::Permanent;
        response.problem = tr("The server sent the upload on to an unprotected address (plain http://). Keyhaven "
                              "refused to follow; nothing was sent there.");
        return response;
    }
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || m_timedOut || m_cancelled || m_tooLarge)
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

QString HttpClient::statusProblem(int status)
{
    switch (status) {
    case 401:
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
