// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionCheck.h"

#include "MachineIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyhaven {

namespace {

const QByteArray acceptJson = QByteArrayLiteral("application/json");

QJsonObject jsonObject(const SecureBytes& body)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(body.data()),
                                                           static_cast<qsizetype>(body.size())))
        .object();
}

} // namespace

ConnectionCheck::ConnectionCheck(QObject* parent)
    : QObject(parent)
{
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start(const Account& account, const SecureBytes& password)
{
    cancel();
    m_account = account;
    m_running = true;
    m_http = std::make_unique<HttpClient>();
    if (!password.isEmpty())
        m_http->setCredentials(account.user, password);
    const QString problem = m_http->configure(account);
    if (!problem.isEmpty()) {
        finish(false, problem);
        return;
    }
    if (account.kind == AccountKind::WebDav) {
        m_http->send("PROPFIND", under({}), {}, { { QByteArrayLiteral("Depth"), QByteArrayLiteral("0") } },
                     [this](HttpResponse& response) { webDavSignedIn(response); });
    } else {
        m_http->send("GET", under({ QStringLiteral("checkin") }), {}, { { QByteArrayLiteral("Accept"), acceptJson } },
                     [this](HttpResponse& response) { cryptCheckInFound(response); });
    }
}

void ConnectionCheck::cancel()
{
    if (!m_http)
        return;
    m_running = false; // a cancelled check says nothing
    m_http->cancel();
}

QUrl ConnectionCheck::under(const QStringList& segments) const
{
    QUrl url = m_account.url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    for (const QString& segment : segments)
        path += segment + QLatin1Char('/');
    url.setPath(path);
    return url;
}

QString ConnectionCheck::server() const
{
    return m_account.url.toString(QUrl::RemoveUserInfo);
}

QString ConnectionCheck::unreachable(const HttpResponse& response) const
{
    return tr("Could not connect to %1. %2").arg(server(), response.problem);
}

void ConnectionCheck::webDavSignedIn(HttpResponse& response)
{
    if (!response.answered()) {
        finish(false, unreachable(response));
        return;
    }
    if (response.status == 401) {
        finish(false, tr("The server at %1 answered, but refused the user name or password. Check both; Nextcloud "
                         "and ownCloud want an app password (made in their security settings).")
                          .arg(server()));
        return;
    }
    if (response.status != 207) {
        finish(false, tr("The server at %1 answered, but not as a WebDAV folder. Check the address. %2")
                          .arg(server(), HttpClient::statusProblem(response.status)));
        return;
    }
    const QStringList folder = m_account.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (folder.isEmpty()) {
        finish(true, tr("Signed in to %1 as %2. Keys will be saved at the top of your files.")
                         .arg(server(), m_account.user));
        return;
    }
    m_http->send("PROPFIND", under(folder), {}, { { QByteArrayLiteral("Depth"), QByteArrayLiteral("0") } },
                 [this](HttpResponse& answer) { webDavFolderChecked(answer); });
}

void ConnectionCheck::webDavFolderChecked(HttpResponse& response)
{
    if (response.answered() && response.status == 207) {
        finish(true, tr("Signed in to %1 as %2. The folder “%3” is there; keys will be saved in it.")
                         .arg(server(), m_account.user, m_account.folder));
    } else if (response.answered() && response.status == 404) {
        finish(true, tr("Signed in to %1 as %2. The folder “%3” is not there yet; Keyhaven makes it with the first "
                        "backup.")
                         .arg(server(), m_account.user, m_account.folder));
    } else {
        const QString problem
            = response.answered() ? HttpClient::statusProblem(response.status) : response.problem;
        finish(false, tr("Signed in to %1 as %2, but the folder “%3” could not be opened. %4")
                          .arg(server(), m_account.user, m_account.folder, problem));
    }
}

void ConnectionCheck::cryptCheckInFound(HttpResponse& response)
{
    if (!response.answered()) {
        finish(false, unreachable(response));
        return;
    }
    if (response.status == 401) {
        finish(false,
               tr("The server at %1 answered, but refused the user name or password. Check both.").arg(server()));
        return;
    }
    // A Crypt Server's check-in address takes only a POST with a form: asked with a GET, it answers 500 (or 405).
    if (response.status != 500 && response.status != 405) {
        finish(false, tr("The server at %1 answered, but it has no Crypt Server check-in there. Check the address: "
                         "it is the part before /checkin/.")
                          .arg(server()));
        return;
    }
    m_serial = MachineIdentity::hardwareSerial();
    if (m_serial.isEmpty()) {
        finish(true, tr("Reached the Crypt Server at %1. Its check-in address answers.").arg(server()));
        return;
    }
    m_http->send("GET", under({ QStringLiteral("verify"), m_serial, QStringLiteral("recovery_key") }), {},
                 { { QByteArrayLiteral("Accept"), acceptJson } },
                 [this](HttpResponse& answer) { cryptAsked(answer); });
}

void ConnectionCheck::cryptAsked(HttpResponse& response)
{
    // Crypt's verify answers per kind of secret, and this test has no key: what it can tell is whether the server
    // has this computer on record (made at its first check-in), not which keys it holds.
    const QJsonObject answer = response.isSuccess() ? jsonObject(response.body) : QJsonObject();
    if (answer.contains(QStringLiteral("escrowed"))) {
        finish(true, tr("Reached the Crypt Server at %1. It already has this computer (%2) on record.")
                         .arg(server(), m_serial));
    } else if (response.answered() && response.status == 404) {
        finish(true, tr("Reached the Crypt Server at %1. It has no key for this computer (%2) yet.")
                         .arg(server(), m_serial));
    } else {
        finish(true, tr("Reached the Crypt Server at %1. Its check-in address answers.").arg(server()));
    }
}

void ConnectionCheck::finish(bool ok, const QString& message)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(ok, message);
}

} // namespace keyhaven
