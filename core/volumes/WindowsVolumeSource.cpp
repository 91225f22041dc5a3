// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsVolumeSource.h"

#include "keys/RecoveryPassword.h"
#include "platform/ProcessRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstring>
#include <initializer_list>
#include <vector>

namespace keyhaven {

namespace {

using Status = WindowsVolumeSource::Result::Status;

// The enumerations as ConvertTo-Json writes them: numbers, or names with -EnumsAsStrings.
const std::initializer_list<const char*> VolumeStatusNames = {
    "FullyDecrypted",      "FullyEncrypted",      "EncryptionInProgress",         "DecryptionInProgress",
    "EncryptionSuspended", "DecryptionSuspended", "FullyEncryptedWipeInProgress", "FullyEncryptedWipeSuspended"};
const std::initializer_list<const char*> ProtectionStatusNames = {"Off", "On", "Unknown"};
const std::initializer_list<const char*> LockStatusNames = {"Unlocked", "Locked"};
const std::initializer_list<const char*> EncryptionMethodNames = {
    "None", "Aes128Diffuser", "Aes256Diffuser", "Aes128", "Aes256", "Hardware", "XtsAes128", "XtsAes256"};
const std::initializer_list<const char*> ProtectorTypeNames = {
    "Unknown",          "Tpm",       "ExternalKey", "RecoveryPassword", "TpmPin",          "TpmStartupKey",
    "TpmPinStartupKey", "PublicKey", "Password",    "TpmNetworkKey",    "AdAccountOrGroup"};

enum VolumeStatusCode { FullyDecrypted = 0, EncryptionInProgress = 2, DecryptionInProgress = 3,
                        EncryptionSuspended = 4, DecryptionSuspended = 5 };
enum ProtectorTypeCode { RecoveryPasswordCode = 3 };

// A number, a name from `names` (its index is its value) or a number in a string; -1 when neither.
int enumCode(const QJsonValue& value, std::initializer_list<const char*> names)
{
    if (value.isDouble())
        return value.toInt(-1);
    const QString text = value.toString().trimmed();
    int index = 0;
    for (const char* name : names) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return index;
        ++index;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok ? number : -1;
}

QJsonArray arrayOf(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    return value.isObject() ? QJsonArray{value} : QJsonArray{};
}

qsizetype skipSpace(const QByteArray& text, qsizetype i)
{
    while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\r' || text.at(i) == '\n'))
        ++i;
    return i;
}

// Copies every non-empty "RecoveryPassword" value into SecureBytes and overwrites it in `json` with a
// placeholder "#<index>", padded with spaces, so that the JSON parser never holds a password.
std::vector<SecureBytes> takeRecoveryPasswords(QByteArray& json)
{
    static const QByteArray key = QByteArrayLiteral("\"RecoveryPassword\"");
    std::vector<SecureBytes> secrets;
    char* data = json.data(); // detaches once, before anything is copied
    for (qsizetype from = json.indexOf(key); from >= 0; from = json.indexOf(key, from)) {
        from += key.size();
        qsizetype i = skipSpace(json, from);
        if (i >= json.size() || json.at(i) != ':')
            continue;
        i = skipSpace(json, i + 1);
        if (i >= json.size() || json.at(i) != '"')
            continue;
        const qsizetype begin = i + 1;
        qsizetype end = begin;
        while (end < json.size() && json.at(end) != '"')
            end += json.at(end) == '\\' ? 2 : 1;
        if (end >= json.size())
            break; // unterminated: the parser reports the JSON as invalid
        if (end > begin) {
            secrets.emplace_back(data + begin, static_cast<std::size_t>(end - begin));
            std::memset(data + begin, ' ', static_cast<std::size_t>(end - begin));
            const QByteArray placeholder = '#' + QByteArray::number(qsizetype(secrets.size()) - 1);
            if (placeholder.size() <= end - begin)
                std::memcpy(data + begin, placeholder.constData(), static_cast<std::size_t>(placeholder.size()));
        }
        from = end + 1;
    }
    return secrets;
}

QString encryptionName(int method)
{
    switch (method) {
    case 1:
        return QStringLiteral("AES-CBC 128 + Elephant diffuser");
    case 2:
        return QStringLiteral("AES-CBC 256 + Elephant diffuser");
    case 3:
        return QStringLiteral("AES-CBC 128");
    case 4:
        return QStringLiteral("AES-CBC 256");
    case 5:
        return QStringLiteral("hardware");
    case 6:
        return QStringLiteral("AES-XTS 128");
    case 7:
        return QStringLiteral("AES-XTS 256");
    default:
        return {};
    }
}

ProtectorType protectorType(int code)
{
    switch (code) {
    case 1:
        return ProtectorType::Tpm;
    case 2:
        return ProtectorType::StartupKey;
    case RecoveryPasswordCode:
        return ProtectorType::RecoveryPassword;
    case 4:
        return ProtectorType::TpmPin;
    case 7:
        return ProtectorType::SmartCard; // a public-key (certificate) protector
    case 8:
        return ProtectorType::Password;
    default:
        return ProtectorType::Unknown;
    }
}

// What people call the protector types that the CLI contract shows as "unknown".
QString unlistedProtectorLabel(int code)
{
    switch (code) {
    case 5:
        return WindowsVolumeSource::tr("TPM and startup key");
    case 6:
        return WindowsVolumeSource::tr("TPM, PIN and startup key");
    case 9:
        return WindowsVolumeSource::tr("TPM and network unlock");
    case 10:
        return WindowsVolumeSource::tr("Active Directory account or group");
    default:
        return WindowsVolumeSource::tr("code %1").arg(code);
    }
}

QString percentOf(const QJsonObject& volume)
{
    return QString::number(qRound(volume.value(QLatin1String("EncryptionPercentage")).toDouble()));
}

void addStatusNotes(const QJsonObject& object, Volume& volume)
{
    const int status = enumCode(object.value(QLatin1String("VolumeStatus")), VolumeStatusNames);
    if (status == EncryptionInProgress)
        volume.notes.append(WindowsVolumeSource::tr("Encryption is in progress (%1 % done).").arg(percentOf(object)));
    else if (status == DecryptionInProgress)
        volume.notes.append(WindowsVolumeSource::tr("BitLocker is being turned off: decryption is in progress "
                                                    "(%1 % still encrypted).").arg(percentOf(object)));
    else if (status == EncryptionSuspended || status == DecryptionSuspended)
        volume.notes.append(WindowsVolumeSource::tr("Encryption or decryption is paused (%1 % encrypted).")
                                .arg(percentOf(object)));
    if (enumCode(object.value(QLatin1String("ProtectionStatus")), ProtectionStatusNames) == 0)
        volume.notes.append(WindowsVolumeSource::tr("Protection is off or suspended: until it is turned on or resumed, "
                                                    "the volume opens without any key."));
    if (enumCode(object.value(QLatin1String("LockStatus")), LockStatusNames) == 1)
        volume.notes.append(WindowsVolumeSource::tr("The volume is locked."));
}

struct Parser
{
    std::vector<SecureBytes> secrets;
    WindowsVolumeSource::Result result;

    void keepRecoveryPassword(const QJsonObject& object, const Protector& protector, const QString& computer,
                              Volume& volume)
    {
        const QString value = object.value(QLatin1String("RecoveryPassword")).toString().trimmed();
        bool ok = false;
        const qsizetype index = value.startsWith(QLatin1Char('#')) ? value.mid(1).toLongLong(&ok) : -1;
        if (!ok || index < 0 || index >= qsizetype(secrets.size()))
            return; // not shown (the value is empty without elevation or on a locked volume)
        const RecoveryPassword::Parsed parsed = RecoveryPassword::parse(secrets[std::size_t(index)]);
        if (!parsed.password) {
            volume.notes.append(WindowsVolumeSource::tr("Windows showed a recovery password for protector %1 that "
                                                        "is not well formed; it was not kept.")
                                    .arg(protector.id.toString()));
            return;
        }
        RecoveryKey key;
        key.kind = KeyKind::BitLockerRecoveryPassword;
        key.id = protector.id;
        key.secret = parsed.password->canonical();
        key.format = QStringLiteral("powershell-json");
        key.deviceName = computer;
        key.volumeLabel = volume.path;
        result.recoveryPasswords.append(key);
    }

    void addProtector(const QJsonObject& object, const QString& computer, Volume& volume)
    {
        const std::optional<KeyId> id = KeyId::parse(object.value(QLatin1String("KeyProtectorId")).toString());
        if (!id) {
            volume.notes.append(WindowsVolumeSource::tr("A protector without a readable ID was left out."));
            return;
        }
        const int code = enumCode(object.value(QLatin1String("KeyProtectorType")), ProtectorTypeNames);
        Protector protector{*id, protectorType(code), static_cast<quint16>(code < 0 ? 0 : code), {}};
        if (protector.type == ProtectorType::Unknown)
            volume.notes.append(WindowsVolumeSource::tr("Protector %1 (%2) is listed as “unknown”.")
                                    .arg(id->toString(), unlistedProtectorLabel(code)));
        if (code == RecoveryPasswordCode)
            keepRecoveryPassword(object, protector, computer, volume);
        volume.protectors.append(protector);
    }

    void addVolume(const QJsonObject& object)
    {
        const QJsonArray protectors = arrayOf(object.value(QLatin1String("KeyProtector")));
        const int status = enumCode(object.value(QLatin1String("VolumeStatus")), VolumeStatusNames);
        if (status == FullyDecrypted && protectors.isEmpty())
            return; // Get-BitLockerVolume lists every volume, encrypted or not
        Volume volume;
        volume.type = VolumeType::BitLocker;
        volume.path = object.value(QLatin1String("MountPoint")).toString();
        const QString computer = object.value(QLatin1String("ComputerName")).toString();
        volume.description = computer.isEmpty() ? QString() : computer + QLatin1Char(' ') + volume.path;
        volume.encryption =
            encryptionName(enumCode(object.value(QLatin1String("EncryptionMethod")), EncryptionMethodNames));
        addStatusNotes(object, volume);
        for (const QJsonValue& protector : protectors)
            addProtector(protector.toObject(), computer, volume);
        if (protectors.isEmpty())
            volume.notes.append(WindowsVolumeSource::tr("Windows listed no protectors for this volume."));
        result.volumes.append(volume);
    }
};

bool mentionsAny(const QByteArray& text, std::initializer_list<const char*> markers)
{
    const QByteArray lower = text.toLower();
    for (const char* marker : markers)
        if (lower.contains(QByteArray(marker).toLower()))
            return true;
    return false;
}

// The first line of what PowerShell wrote to stderr that says something, for the error message.
QString firstErrorLine(const QByteArray& stdErr)
{
    for (const QByteArray& line : stdErr.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("#< CLIXML")))
            return text.left(200);
    }
    return {};
}

WindowsVolumeSource::Result failure(Status status, const QString& error)
{
    WindowsVolumeSource::Result result;
    result.status = status;
    result.error = error;
    return result;
}

} // namespace

WindowsVolumeSource::WindowsVolumeSource()
    : m_ownRunner(std::make_unique<SystemProcessRunner>())
    , m_runner(*m_ownRunner)
    , m_timeoutMs(DefaultTimeoutMs)
{
}

WindowsVolumeSource::WindowsVolumeSource(ProcessRunner& runner, int timeoutMs)
    : m_runner(runner)
    , m_timeoutMs(timeoutMs)
{
}

WindowsVolumeSource::~WindowsVolumeSource() = default;

VolumeScan WindowsVolumeSource::listVolumes()
{
    Result result = list();
    VolumeScan scan;
    scan.volumes = std::move(result.volumes);
    if (result.status == Status::NeedsElevation)
        scan.problems.append({QString(), VolumeProblem::Kind::PermissionDenied, result.error});
    else if (result.status != Status::Ok)
        scan.problems.append({QString(), VolumeProblem::Kind::IoError, result.error});
    return scan;
}

RecoveredKeys WindowsVolumeSource::recoveryKeysOf(const Volume& volume)
{
    RecoveredKeys recovered;
    recovered.volume = volume;
    recovered.proven = false;
    QList<KeyId> ids;
    for (const Protector& protector : volume.protectors)
        if (protector.type == ProtectorType::RecoveryPassword)
            ids.append(protector.id);
    if (ids.isEmpty()) {
        recovered.outcome = RecoveredKeys::Outcome::NoRecoveryKey;
        recovered.message = RecoveryKeyReader::noRecoveryKeyMessage(volume.path);
        return recovered;
    }
    Result listed = list();
    if (listed.status != Status::Ok) {
        recovered.outcome = RecoveredKeys::Outcome::CannotRead;
        recovered.message = listed.error;
        return recovered;
    }
    for (RecoveryKey& key : listed.recoveryPasswords) {
        if (!key.id || !ids.contains(*key.id))
            continue;
        key.source = volume.path;
        key.volumeGuid = volume.guid;
        key.volumeLabel = volume.description.isEmpty() ? volume.path : volume.description;
        recovered.keys.append(std::move(key));
    }
    listed.recoveryPasswords.clear();
    if (recovered.keys.isEmpty()) {
        recovered.outcome = RecoveredKeys::Outcome::CannotRead;
        recovered.message = tr("Windows did not show the recovery key of %1: it shows it only to administrators, and "
                               "only while the drive is unlocked.")
                                .arg(volume.path);
        return recovered;
    }
    recovered.outcome = RecoveredKeys::Outcome::Read;
    recovered.message = tr("Windows handed over %n recovery key(s) of %1 (Get-BitLockerVolume, as administrator). "
                           "They were not also checked against the drive here, so they are not verified.",
                           nullptr, static_cast<int>(recovered.keys.size()))
                            .arg(volume.path);
    return recovered;
}

QString WindowsVolumeSource::program()
{
    return QStringLiteral("powershell");
}

QStringList WindowsVolumeSource::arguments()
{
    // UTF-8 without a BOM, so that a computer name outside ASCII survives the console code page.
    return {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
            QStringLiteral("[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false; "
                           "Get-BitLockerVolume | ConvertTo-Json -Depth 4")};
}

WindowsVolumeSource::Result WindowsVolumeSource::parse(QByteArray& json)
{
    Parser parser;
    parser.secrets = takeRecoveryPasswords(json);
    const qsizetype start = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const bool empty = json.mid(start).trimmed().isEmpty();
    QJsonParseError error{};
    const QJsonDocument document = empty ? QJsonDocument() : QJsonDocument::fromJson(json.mid(start), &error);
    wipe(json);
    if (empty)
        return parser.result; // no volumes at all
    if (error.error != QJsonParseError::NoError || !(document.isArray() || document.isObject()))
        return failure(Status::BadOutput, tr("The output of Get-BitLockerVolume is not the JSON it should be (%1 at "
                                             "offset %2).").arg(error.errorString()).arg(error.offset));
    const QJsonArray volumes = document.isArray() ? document.array() : QJsonArray{document.object()};
    for (const QJsonValue& volume : volumes)
        if (volume.isObject())
            parser.addVolume(volume.toObject());
    return parser.result;
}

WindowsVolumeSource::Result WindowsVolumeSource::list()
{
    ProcessRunner::Result run = m_runner.run(program(), arguments(), SecureBytes(), m_timeoutMs);
    if (!run.started)
        return failure(Status::ToolMissing, tr("Windows PowerShell was not found, so BitLocker volumes cannot be "
                                               "listed."));
    QByteArray out = std::move(run.stdOut);
    if (run.timedOut || run.crashed) {
        wipe(out);
        return run.timedOut ? failure(Status::ToolFailed,
                                      tr("PowerShell did not answer within %n second(s).", nullptr, m_timeoutMs / 1000))
                            : failure(Status::ToolFailed, tr("PowerShell stopped unexpectedly."));
    }
    if (!out.trimmed().isEmpty()) {
        Result parsed = parse(out);
        if (parsed.status == Status::Ok || run.exitCode == 0)
            return parsed;
    }
    wipe(out);
    if (mentionsAny(run.stdErr, {"Access denied", "Access is denied", "PermissionDenied", "0x80041003",
                                 "0x80070005", "requires elevation"}))
        return failure(Status::NeedsElevation, tr("Windows allows only administrators to read BitLocker volumes. "
                                                  "Run Keyhaven as administrator (right-click, “Run as "
                                                  "administrator”) and try again."));
    if (mentionsAny(run.stdErr, {"CommandNotFoundException", "is not recognized as the name of a cmdlet"}))
        return failure(Status::ToolMissing, tr("PowerShell has no Get-BitLockerVolume command on this computer: "
                                               "BitLocker's PowerShell module is not installed."));
    if (run.exitCode != 0)
        return failure(Status::ToolFailed, tr("PowerShell could not list the BitLocker volumes (exit code %1): %2")
                                               .arg(run.exitCode).arg(firstErrorLine(run.stdErr)));
    return Result{}; // nothing printed, nothing wrong: no volumes
}

} // namespace keyhaven
