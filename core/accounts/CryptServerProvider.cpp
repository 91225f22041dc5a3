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
                                             const QString& computerName, const QString& secretType)
{
    SecureBytes form;
    appendField(form, "serial", serial);
    appendField(form, "recovery_password", secret.data(), secret.size());
    appendField(form, "username", userName);
    appendField(form, "macname", computerName.isEmpty() ? serial : computerName);
    appendField(form, "secret_type", secretType);
    return form;
}

QString CryptServerProvider::secretType(const RecoveryKey& key)
{
    if (key.kind == KeyKind::FileVaultPersonalRecoveryKey)
        return QStringLiteral("recovery_key");
    return key.id ? QStringLiteral("bitlocker:") + key.id->toString() : QStringLiteral("bitlocker");
}

std::optional<CryptServerProvider::CheckInAnswer> CryptServerProvider::readCheckIn(const SecureBytes& body)
{
    const QJsonObject answer = jsonObject(body);
    if (!answer.value(QStringLiteral("rotation_required")).isBool())
        return std::nullopt;
    return CheckInAnswer { answer.value(QStringLiteral("rotation_required")).toBool() };
}

std::optional<CryptServerProvider::VerifyAnswer> CryptServerProvider::readVerify(const SecureBytes& body)
{
    const QJsonObject answer = jsonObject(body);
    if (!answer.value(QStringLiteral("escrowed")).isBool())
        return std::nullopt;
    VerifyAnswer verify;
    verify.escrowed = answer.value(QStringLiteral("escrowed")).toBool();
    verify.date = answer.value(QStringLiteral("date_escrowed")).toString();
    // Django writes "2026-01-05T10:15:00.123Z"; an offset instead of Z is read too.
    const QDateTime date = QDateTime::fromString(verify.date, Qt::ISODateWithMs);
    if (date.isValid() && date.timeSpec() != Qt::LocalTime)
        verify.escrowedAt = date.toUTC();
    return verify;
}

QUrl CryptServerProvider::endpoint(const QUrl& base, const QStringList& segments)
{
    QByteArray path = base.path(QUrl::FullyEncoded).toUtf8();
    if (!path.endsWith('/'))
        path += '/';
    for (const QString& segment : segments)
        path += QUrl::toPercentEncoding(segment) + '/'; // Crypt's paths end in a slash
    QUrl url = base;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
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
    m_secretType = secretType(key);
    m_keyDescription = key.kind == KeyKind::FileVaultPersonalRecoveryKey ? tr("a FileVault recovery key")
        : key.id ? tr("the BitLocker recovery key %1").arg(key.id->toString())
                 : tr("a BitLocker recovery key");
    m_form = checkInForm(m_serial, key.secret, MachineIdentity::userName(), MachineIdentity::computerName(),
                         m_secretType);
    emit progress(5, tr("Asking %1 what it holds for this computer").arg(m_account.url.host()));
    askWhatIsHeld([this](HttpResponse& response) { heldBefore(response); });
}

void CryptServerProvider::askWhatIsHeld(std::function<void(HttpResponse&)> then)
{
    m_http.send("GET", endpoint(m_account.url, { QStringLiteral("verify"), m_serial, m_secretType }), {},
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } }, std::move(then));
}

void CryptServerProvider::heldBefore(HttpResponse& response)
{
    // 404: the server does not know the computer yet. Anything but an answer stops here, before the key is sent.
    if (response.answered() && response.status == 404) {
        checkIn();
        return;
    }
    const std::optional<VerifyAnswer> answer
        = response.answered() && response.status == 200 ? readVerify(response.body) : std::nullopt;
    if (!response.answered() || response.status != 200) {
        finishWithProblem(response, tr("The Crypt Server could not be asked what it holds; the key was not sent."));
        return;
    }
    if (!answer) {
        BackupResult result = baseResult();
        result.message = tr("The server's answer is not a Crypt Server's; the key was not sent. Check the account's "
                            "URL.");
        finishWith(result);
        return;
    }
    if (answer->escrowed)
        m_before = answer;
    checkIn();
}

void CryptServerProvider::checkIn()
{
    emit progress(20, tr("Checking the key in to %1").arg(m_account.url.host()));
    m_checkInStarted = QDateTime::currentDateTimeUtc();
    m_http.send("POST", endpoint(m_account.url, { QStringLiteral("checkin") }), m_form,
                { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") },
                  { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } },
                [this](HttpResponse& response) { checkedIn(response); });
    m_form = SecureBytes();
}

bool CryptServerProvider::storedNow(const VerifyAnswer& after) const
{
    // The newest secret of the type changed since before the check-in: it is the one just stored. Without an
    // earlier one to compare with, its date must fall after the check-in began (give or take the clocks).
    if (m_before && m_before->escrowedAt.isValid())
        return after.escrowedAt > m_before->escrowedAt;
    if (m_before)
        return false;
    return after.escrowedAt >= m_checkInStarted.addSecs(-ClockSlackSeconds);
}

void CryptServerProvider::checkedIn(HttpResponse& response)
{
    if (!response.answered() || response.status != 200) {
        finishWithProblem(response, tr("The Crypt Server did not take the key."));
        return;
    }
    const std::optional<CheckInAnswer> answer = readCheckIn(response.body);
    if (!answer) {
        BackupResult result = baseResult();
        result.message = tr("The server's answer to the check-in is not a Crypt Server's; the key may not have "
                            "been stored. Check the account's URL.");
        finishWith(result);
        return;
    }
    m_rotationRequired = answer->rotationRequired;
    emit progress(60, tr("Asking the server what it holds now"));
    askWhatIsHeld([this](HttpResponse& verify) { verified(verify); });
}

void CryptServerProvider::verified(HttpResponse& response)
{
    BackupResult result = baseResult();
    if (response.answered() && response.status == 404 && m_serial.contains(QLatin1Char('/'))) {
        // Web servers decode %2F before Crypt (Django) sees the path, so this serial can never be looked up.
        result.message = tr("The server took the check-in, but could not be asked to confirm it: its confirmation "
                            "address cannot hold a serial number with “/” (%1). Not confirmed; ask the server's "
                            "administrator to look for the computer %1.")
                             .arg(m_serial);
        finishWith(result);
        return;
    }
    if (!response.answered() || response.status != 200) {
        finishWithProblem(response, tr("The server took the check-in but could not be asked what it holds."));
        return;
    }
    const std::optional<VerifyAnswer> answer = readVerify(response.body);
    if (!answer || !answer->escrowed) {
        result.message = answer ? tr("The server took the check-in but says it holds no key of this kind for %1.")
                                      .arg(m_serial)
                                : tr("The server's answer to the confirmation is not a Crypt Server's; the key "
                                     "may not have been stored.");
        finishWith(result);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!answer->escrowedAt.isValid()) {
        result.message = tr("The server says it has a key of this kind for %1, but gives no date Keyhaven can read, "
                            "so it cannot show that it holds %2. Not confirmed.")
                             .arg(m_serial, m_keyDescription);
        finishWith(result);
        return;
    }
    if (answer->escrowedAt > now.addSecs(ClockSlackSeconds)) {
        result.message = tr("The server says its newest key for %1 was stored at %2, which is in the future by "
                            "this computer's clock; Keyhaven cannot tell whether it holds %3. Not confirmed.")
                             .arg(m_serial, answer->date, m_keyDescription);
        finishWith(result);
        return;
    }
    if (storedNow(*answer))
        confirmedNow(result, *answer);
    else
        alreadyThere(result, *answer);
    emit progress(100, tr("Done"));
    finishWith(result);
}

void CryptServerProvider::confirmedNow(BackupResult& result, const VerifyAnswer& answer)
{
    result.status = BackupResult::Status::Saved;
    result.message = tr("Checked in to the Crypt Server as %1; the server confirmed it stored %2 just now.")
                         .arg(m_serial, m_keyDescription);
    result.checks.append(tr("the server's newest key of this kind for %1 is new since before this check-in "
                            "(escrowed %2)")
                             .arg(m_serial, answer.date));
    if (m_rotationRequired) { // about the newest key of this type, which is this one
        const QString rotation = tr("The server asks for this key to be replaced (rotation required): an "
                                    "administrator has looked at it. Make a new recovery key and back that one up.");
        result.message += QLatin1Char(' ') + rotation;
        result.advice.append(rotation);
    }
}

void CryptServerProvider::alreadyThere(BackupResult& result, const VerifyAnswer& answer)
{
    if (!typeNamesTheKey()) {
        // FileVault keys of one Mac share a type: the newest may be another key.
        result.message = tr("The server stored nothing new: it says it already has a key of this kind for %1, "
                            "escrowed %2, before this check-in. That is all it can show; it cannot show that it "
                            "holds %3. Not confirmed.")
                             .arg(m_serial, answer.date, m_keyDescription);
        result.advice.append(tr("If this key was checked in to this server before, the server already has it; "
                                "otherwise ask its administrator."));
        return;
    }
    result.status = BackupResult::Status::AlreadySaved;
    result.message = tr("The server stored nothing new: it already had %1 for %2 (escrowed %3). It cannot show that "
                        "the key it has is this one, only that it has one with this ID.")
                         .arg(m_keyDescription, m_serial, answer.date);
    result.checks.append(tr("the server has a key with this ID for %1 (escrowed %2)").arg(m_serial, answer.date));
    if (m_rotationRequired) { // the newest key with this key ID's type: this key
        const QString rotation = tr("The server asks for this key to be replaced (rotation required): an "
                                    "administrator has looked at it. Make a new recovery key and back that one up.");
        result.message += QLatin1Char(' ') + rotation;
        result.advice.append(rotation);
    }
}

} // namespace keyhaven
