// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyJson.h"

namespace keyhaven::cli {

QJsonValue idToJson(const std::optional<KeyId>& id)
{
    return id ? QJsonValue(id->toString()) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject keyToJson(const RecoveryKey& key)
{
    QJsonObject object{
        {QStringLiteral("kind"), keyKindName(key.kind)},
        {QStringLiteral("id"), idToJson(key.id)},
        {QStringLiteral("source"), key.source},
        {QStringLiteral("format"), key.format},
    };
    if (key.kind != KeyKind::BitLockerExternalKey)
        object.insert(QStringLiteral("key"), key.secret.toQString());
    if (key.volumeGuid)
        object.insert(QStringLiteral("volumeGuid"), key.volumeGuid->toString());
    if (!key.identifier.isEmpty())
        object.insert(QStringLiteral("identifier"), key.identifier);
    if (!key.deviceName.isEmpty())
        object.insert(QStringLiteral("device"), key.deviceName);
    if (!key.volumeLabel.isEmpty())
        object.insert(QStringLiteral("volume"), key.volumeLabel);
    if (key.created.isValid())
        object.insert(QStringLiteral("created"), isoUtc(key.created));
    return object;
}

QJsonObject volumeToJson(const Volume& volume)
{
    QJsonArray protectors;
    for (const Protector& protector : volume.protectors) {
        QJsonObject p{
            {QStringLiteral("id"), protector.id.toString()},
            {QStringLiteral("type"), protectorTypeName(protector.type)},
        };
        if (protector.type == ProtectorType::Unknown)
            p.insert(QStringLiteral("rawType"), QStringLiteral("0x%1").arg(protector.rawType, 4, 16, QLatin1Char('0')));
        if (protector.created.isValid())
            p.insert(QStringLiteral("created"), isoUtc(protector.created));
        protectors.append(p);
    }
    QJsonObject object{
        {QStringLiteral("path"), volume.path},
        {QStringLiteral("type"), volumeTypeName(volume.type)},
        {QStringLiteral("guid"), idToJson(volume.guid)},
        {QStringLiteral("description"), volume.description},
        {QStringLiteral("created"), isoUtc(volume.created)},
        {QStringLiteral("encryption"), volume.encryption},
        {QStringLiteral("protectors"), protectors},
    };
    if (volume.usedSpaceOnly)
        object.insert(QStringLiteral("usedSpaceOnly"), true);
    if (volume.bitLockerToGo)
        object.insert(QStringLiteral("bitLockerToGo"), true);
    if (!volume.notes.isEmpty())
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(volume.notes));
    return object;
}

QJsonArray problemsToJson(const KeyProblems& problems)
{
    QJsonArray array;
    for (const KeyProblem& problem : problems)
        array.append(QJsonObject{
            {QStringLiteral("severity"),
             problem.severity == KeyProblem::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("group"), problem.group > 0 ? QJsonValue(problem.group) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), problem.message},
        });
    return array;
}

} // namespace keyhaven::cli
