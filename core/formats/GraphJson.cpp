// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphJson.h"

#include "JsonInput.h"

#include "keys/RecoveryPassword.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyhaven {

namespace {

class GraphJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(GraphJsonReader)
};

bool isRecoveryKeyObject(const QJsonObject& object)
{
    if (!object.value(QStringLiteral("id")).isString())
        return false;
    for (const char* field : { "key", "deviceId", "volumeType", "createdDateTime" })
        if (object.contains(QLatin1String(field)))
            return true;
    return false;
}

QList<QJsonObject> recoveryKeyObjects(const QJsonDocument& document)
{
    const QJsonValue root = rootOf(document);
    const QJsonValue list = root.isObject() && root.toObject().value(QStringLiteral("value")).isArray()
        ? root.toObject().value(QStringLiteral("value"))
        : root;
    QList<QJsonObject> objects;
    for (const QJsonObject& object : objectsOf(list))
        if (isRecoveryKeyObject(object))
            objects.append(object);
    return objects;
}

void readRecoveryKey(const QJsonObject& object, int number, FormatResult& result)
{
    const std::optional<KeyId> id = KeyId::parse(object.value(QStringLiteral("id")).toString());
    const QString name = id ? id->toString() : GraphJsonReader::tr("number %1").arg(number);
    const QJsonValue keyValue = object.value(QStringLiteral("key"));
    if (!keyValue.isString() || keyValue.toString().trimmed().isEmpty()) {
        result.problems.append(GraphJsonReader::tr("Recovery key %1 is listed without its digits: ask Microsoft "
                                                   "Graph for them with $select=key.")
                                   .arg(name));
        return;
    }
    QString password = keyValue.toString();
    auto parsed = RecoveryPassword::parse(QStringView(password));
    wipe(password);
    for (const KeyProblem& problem : parsed.problems)
        result.problems.append(GraphJsonReader::tr("Recovery key %1: %2").arg(name, problem.message));
    if (!parsed.password)
        return;
    if (!id)
        result.problems.append(GraphJsonReader::tr("Recovery key %1 has no valid key ID.").arg(name));

    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = id;
    key.secret = parsed.password->canonical();
    key.deviceName = object.value(QStringLiteral("deviceId")).toString();
    key.created = QDateTime::fromString(object.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODateWithMs);
    result.keys.append(std::move(key));
}

} // namespace

FormatResult readGraphJson(QByteArrayView bytes)
{
    FormatResult result;
    const JsonInput input = parseJsonInput(bytes);
    if (input.document.isNull())
        return result;
    const QList<QJsonObject> objects = recoveryKeyObjects(input.document);
    const QString context = rootOf(input.document).toObject().value(QStringLiteral("@odata.context")).toString();
    const bool emptyList = context.contains(QLatin1String("bitlocker"), Qt::CaseInsensitive)
        || context.contains(QLatin1String("recoveryKeys"), Qt::CaseInsensitive);
    result.recognised = !objects.isEmpty() || emptyList;
    if (objects.isEmpty() && emptyList)
        result.problems.append(GraphJsonReader::tr("The Microsoft Graph output lists no recovery keys."));
    for (qsizetype i = 0; i < objects.size(); ++i)
        readRecoveryKey(objects.at(i), static_cast<int>(i + 1), result);
    return result;
}

} // namespace keyhaven
