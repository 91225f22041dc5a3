// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptServerProvider.h"

#include "MachineIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyhaven {

namespace {

// application/x-www-form-urlencoded, byte by byte, without leaving the key in a QByteArray.
void appendEncoded(SecureBytes& out, const std::uint8_t* data, std::size_t size)
{
    static const char hex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint8_t c = data[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '*') {
            out.append(static_cast<char>(c));
        } else if (c == ' ') {
            out.append('+');
        } else {
            const char escaped[3] = { '%', hex[c >> 4], hex[c & 0x0F] };
            out.append(escaped, 3);
        }
    }
}

void appendField(SecureBytes& out, const char* name, const std::uint8_t* data, std::size_t size)
{
    if (!out.isEmpty())
        out.append('&');
    out.append(name, std::strlen(name));
    out.append('=');
    appendEncoded(out, data, size);
}

void appendField(SecureBytes& out, const char* name, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    appendField(out, name, reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                static_cast<std::size_t>(utf8.size()));
}

QJsonObject jsonObject(const SecureBytes& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(body.data()), static_cast<qsizetype>(body.size())));
    return document.object();
}

} // namespace

SecureBytes CryptServerProvider::checkInForm(const QString& serial, const SecureBytes& secret, const QString& userName,
                                             const QString& computerName)
{
    SecureBytes form;
    appendField(form, "serial", serial);
    appendField(form, "recovery_password", secret.data(), secret.size());
    appendField(form, "username", userName);
    appendField(form, "macname", computerName.isEmpty() ? serial : computerName);
    appendField(form, "secret_type", QStringLiteral("recovery_key"));
    return form;
}

QUrl CryptServerProvider::endpoint(const QStringList& segments) const
{
    QUrl url = m_account.url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    for (const QString& segment : segments)
        path += segment + QLatin1Char('/'); // Crypt's paths end in a slash
    url.setPath(path);
    return url;
}

void CryptServerProvider::start(const RecoveryKey& key)
{
    m_serial = MachineIdentity::serial(key);
    if (key.kind == KeyKind::BitLockerExternalKey || key.secret.isEmpty() || m_serial.isEmpty()) {
        BackupResult result = baseResult();
        result.status = BackupResult::Status::Refused;
        result.message = m_serial.isEmpty() ? tr("This computer has no serial number Keyhaven can read and the key "
                                                 "has no ID, so a Crypt Server could not file it.")
                                            : tr("A Crypt Server takes recovery keys and passwords, not a startup "
                                                 "key file (.BEK).");
        finishWith(result);
        return;
    }
    emit progress(10, tr("Checking the key in to %1").arg(m_account.url.host()));
    const SecureBytes form
        = checkInForm(m_serial, key.secret, MachineIdentity::userName(), MachineIdentity::computerName());
    m_http.send("POST", endpoint({ QStringLiteral("checkin") }), form,
                { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") },
                  { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } },
                [this](HttpResponse& response) { checkedIn(response); });
}

void CryptServerProvider::checkedIn(HttpResponse& response)
{
    if (!response.answered() || response.status != 200) {
        finishWithProblem(response, tr("The Crypt Server did not take the key."));
        return;
    }
    const QJsonObject answer = jsonObject(response.body);
    if (!answer.contains(QStringLiteral("rotation_required"))) {
        BackupResult result = baseResult();
        result.message = tr("The server's answer to the check-in is not a Crypt Server's; the key may not have "
                            "been stored. Check the account's URL.");
        finishWith(result);
        return;
    }
    m_rotationRequired = answer.value(QStringLiteral("rotation_required")).toBool();
    emit progress(60, tr("Asking the server to confirm it holds the key"));
    m_http.send("GET", endpoint({ QStringLiteral("verify"), m_serial, QStringLiteral("recovery_key") }), {},
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } },
                [this](HttpResponse& verify) { verified(verify); });
}

void CryptServerProvider::verified(HttpResponse& response)
{
    if (!response.answered() || response.status != 200) {
        finishWithProblem(response, tr("The server took the key but could not confirm holding it."));
        return;
    }
    const QJsonObject answer = jsonObject(response.body);
    BackupResult result = baseResult();
    if (!answer.value(QStringLiteral("escrowed")).toBool()) {
        result.message = tr("The server took the key but says it holds no recovery key for %1.").arg(m_serial);
        finishWith(result);
        return;
    }
    const QString date = answer.value(QStringLiteral("date_escrowed")).toString();
    result.status = BackupResult::Status::Saved;
    result.message = tr("Checked in to the Crypt Server as %1; the server confirmed it holds the key.").arg(m_serial);
    result.checks.append(
        date.isEmpty() ? tr("the server confirmed it holds a recovery key for %1").arg(m_serial)
                       : tr("the server confirmed it holds a recovery key for %1 (escrowed %2)").arg(m_serial, date));
    if (m_rotationRequired) {
        const QString rotation = tr("The server asks for this key to be replaced (rotation required): an "
                                    "administrator has looked at it. Make a new recovery key and back that one up.");
        result.message += QLatin1Char(' ') + rotation;
        result.advice.append(rotation);
    }
    emit progress(100, tr("Confirmed"));
    finishWith(result);
}

} // namespace keyhaven
