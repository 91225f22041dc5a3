// SPDX-License-Identifier: GPL-3.0-or-later
#include "PowerShellJson.h"

#include "JsonInput.h"

#include "keys/RecoveryPassword.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyhaven {

namespace {

class PowerShellJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellJsonReader)
};

constexpr int RecoveryPasswordType = 3; // BitLockerVolumeKeyProtectorType.RecoveryPassword

const QString keyProtector = QStringLiteral("KeyProtector");
const QString keyProtectorId = QStringLiteral("KeyProtectorId");
const QString keyProtectorType = QStringLiteral("KeyProtectorType");
const QString recoveryPassword = QStringLiteral("RecoveryPassword");

struct VolumeInfo
{
    QString mountPoint;
    QString computerName;
};

bool isRecoveryPasswordType(const QJsonValue& type)
{
    if (type.isDouble())
        return type.toInt() == RecoveryPasswordType;
    const QString name = type.toString();
    return name.compare(recoveryPassword, Qt::CaseInsensitive) == 0 || name == QString::number(RecoveryPasswordType);
}

class ProtectorReader
{
public:
    explicit ProtectorReader(FormatResult& result)
        : m_result(result)
    {
    }

    void readVolume(const QJsonObject& volume)
    {
        const VolumeInfo info { volume.value(QStringLiteral("MountPoint")).toString(),
                                volume.value(QStringLiteral("ComputerName")).toString() };
        const QJsonValue protectors = volume.value(keyProtector);
        const QJsonArray list = protectors.isArray() ? protectors.toArray() : QJsonArray { protectors };
        for (const QJsonValue& protector : list)
            readProtector(protector, info);
    }

    void readProtector(const QJsonValue& value, const VolumeInfo& volume)
    {
        if (value.isString()) {
            m_flattened = true;
            return;
        }
        const QJsonObject protector = value.toObject();
        QString password = protector.value(recoveryPassword).toString();
        const QJsonValue type = protector.value(keyProtectorType);
        const bool isPassword
            = type.isUndefined() || type.isNull() ? !password.isEmpty() : isRecoveryPasswordType(type);
        if (isPassword)
            addPassword(protector, password, volume);
        wipe(password);
    }

    // When PowerShell was not told a deep enough -Depth it writes each protector as its type name.
    bool sawFlattenedProtectors() const { return m_flattened; }

private:
    void addPassword(const QJsonObject& protector, const QString& password, const VolumeInfo& volume)
    {
        const std::optional<KeyId> id = KeyId::parse(protector.value(keyProtectorId).toString());
        const QString name = id ? id->toString() : PowerShellJsonReader::tr("(without an ID)");
        if (password.trimmed().isEmpty()) {
            m_result.problems.append(PowerShellJsonReader::tr("Protector %1 is a recovery password, but the output "
                                                              "does not include its digits.")
                                         .arg(name));
            return;
        }
        auto parsed = RecoveryPassword::parse(QStringView(password));
        for (const KeyProblem& problem : parsed.problems)
            m_result.problems.append(PowerShellJsonReader::tr("Protector %1: %2").arg(name, problem.message));
        if (!parsed.password)
            return;
        RecoveryKey key;
        key.kind = KeyKind::BitLockerRecoveryPassword;
        key.id = id;
        key.secret = parsed.password->canonical();
        key.volumeLabel = volume.mountPoint;
        key.deviceName = volume.computerName;
        m_result.keys.append(std::move(key));
    }

    FormatResult& m_result;
    bool m_flattened = false;
};

} // namespace

FormatResult readPowerShellJson(QByteArrayView bytes)
{
    FormatResult result;
    const JsonInput input = parseJsonInput(bytes);
    if (input.document.isNull())
        return result;

    ProtectorReader reader(result);
    for (const QJsonObject& object : objectsOf(rootOf(input.document))) {
        if (object.contains(keyProtector)) {
            result.recognised = true;
            reader.readVolume(object);
        } else if (object.contains(keyProtectorId) || object.contains(keyProtectorType)) {
            result.recognised = true;
            reader.readProtector(object, {});
        }
    }
    if (reader.sawFlattenedProtectors() && result.keys.isEmpty())
        result.problems.append(PowerShellJsonReader::tr("The PowerShell output names the protectors but leaves out "
                                                        "their details: run ConvertTo-Json with -Depth 4."));
    else if (result.recognised && result.keys.isEmpty() && result.problems.isEmpty())
        result.problems.append(PowerShellJsonReader::tr("The PowerShell output lists no recovery password, only "
                                                        "protectors without key material (such as a TPM)."));
    return result;
}

} // namespace keyhaven
