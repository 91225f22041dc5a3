// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingUploads.h"

#include "AccountStore.h"
#include "SettingsHealth.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace keyhaven {

namespace {

const QString group = QStringLiteral("pending");

QString idText(const std::optional<KeyId>& id)
{
    return id ? id->toString() : QString();
}

PendingUpload readUpload(QSettings& settings, const QString& id)
{
    PendingUpload upload;
    upload.id = id;
    upload.account = settings.value(QStringLiteral("account")).toString();
    upload.kind = keyKindFromName(settings.value(QStringLiteral("kind")).toString())
                      .value_or(KeyKind::BitLockerRecoveryPassword);
    upload.keyId = KeyId::parse(settings.value(QStringLiteral("keyId")).toString());
    upload.volumeGuid = KeyId::parse(settings.value(QStringLiteral("volumeGuid")).toString());
    upload.identifier = settings.value(QStringLiteral("identifier")).toString();
    upload.deviceName = settings.value(QStringLiteral("deviceName")).toString();
    upload.attempts = settings.value(QStringLiteral("attempts")).toInt();
    upload.created = QDateTime::fromString(settings.value(QStringLiteral("created")).toString(), Qt::ISODate);
    upload.nextRetry = QDateTime::fromString(settings.value(QStringLiteral("nextRetry")).toString(), Qt::ISODate);
    upload.lastProblem = settings.value(QStringLiteral("lastProblem")).toString();
    return upload;
}

} // namespace

PendingUploads::PendingUploads(SecretStore& secrets, QString settingsFile)
    : m_secrets(secrets)
    , m_settingsFile(std::move(settingsFile))
{
}

QList<PendingUpload> PendingUploads::list() const
{
    auto settings = AccountStore::openSettings(m_settingsFile);
    settings->beginGroup(group);
    QList<PendingUpload> result;
    const QStringList ids = settings->childGroups();
    for (const QString& id : ids) {
        settings->beginGroup(id);
        result.append(readUpload(*settings, id));
        settings->endGroup();
    }
    std::sort(result.begin(), result.end(),
              [](const PendingUpload& a, const PendingUpload& b) { return a.created < b.created; });
    return result;
}

std::optional<PendingUpload> PendingUploads::find(const QString& id) const
{
    for (const PendingUpload& upload : list())
        if (upload.id == id)
            return upload;
    return std::nullopt;
}

QList<PendingUpload> PendingUploads::forAccount(const QString& account) const
{
    QList<PendingUpload> result = list();
    result.removeIf([&](const PendingUpload& upload) { return upload.account != account; });
    return result;
}

bool PendingUploads::write(const PendingUpload& upload, QString* error)
{
    const SettingsHealth health = SettingsHealth::keepCopy(SettingsHealth::check(m_settingsFile), m_settingsFile);
    if (!health.ok()) {
        *error = health.problem;
        return false;
    }
    auto settings = AccountStore::openSettings(m_settingsFile);
    settings->beginGroup(group);
    settings->beginGroup(upload.id);
    settings->setValue(QStringLiteral("account"), upload.account);
    settings->setValue(QStringLiteral("kind"), keyKindName(upload.kind));
    settings->setValue(QStringLiteral("keyId"), idText(upload.keyId));
    settings->setValue(QStringLiteral("volumeGuid"), idText(upload.volumeGuid));
    settings->setValue(QStringLiteral("identifier"), upload.identifier);
    settings->setValue(QStringLiteral("deviceName"), upload.deviceName);
    settings->setValue(QStringLiteral("attempts"), upload.attempts);
    settings->setValue(QStringLiteral("created"), upload.created.toUTC().toString(Qt::ISODate));
    settings->setValue(QStringLiteral("nextRetry"), upload.nextRetry.toUTC().toString(Qt::ISODate));
    settings->setValue(QStringLiteral("lastProblem"), upload.lastProblem);
    settings->sync();
    // Read back: a pending upload the settings do not show would never be retried.
    if (settings->status() != QSettings::NoError || !find(upload.id)) {
        *error = tr("The settings file %1 could not be written.").arg(settings->fileName());
        return false;
    }
    return true;
}

std::optional<PendingUpload> PendingUploads::add(const QString& account, const RecoveryKey& key, const QString& problem,
                                                 QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PendingUpload upload;
    for (const PendingUpload& existing : list())
        if (existing.account == account && existing.kind == key.kind && existing.keyId == key.id)
            upload = existing;
    const bool noted = !upload.id.isEmpty();
    if (!noted) {
        upload.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        upload.created = now;
    }
    upload.account = account;
    upload.kind = key.kind;
    upload.keyId = key.id;
    upload.volumeGuid = key.volumeGuid;
    upload.identifier = key.identifier;
    upload.deviceName = key.deviceName;
    upload.attempts += 1;
    upload.nextRetry = nextRetryAfter(upload.attempts, now);
    upload.lastProblem = problem;

    const SecretStore::Result stored = m_secrets.write(SecretStore::pendingKey(upload.id), key.secret);
    if (!stored.ok()) {
        *error = stored.error;
        return std::nullopt;
    }
    if (!write(upload, error)) {
        if (noted) // the earlier note still stands, with this key in the keychain
            return std::nullopt;
        // Not noted, so never retried: the keychain copy must not stay behind, orphaned.
        const SecretStore::Result removed = m_secrets.remove(SecretStore::pendingKey(upload.id));
        if (!removed.ok())
            *error += QLatin1Char(' ')
                + tr("Its copy in the system keychain (pending/%1) could not be removed either: %2")
                      .arg(upload.id, removed.error);
        return std::nullopt;
    }
    return upload;
}

std::optional<RecoveryKey> PendingUploads::key(const PendingUpload& upload, QString* error)
{
    SecretStore::Result stored = m_secrets.read(SecretStore::pendingKey(upload.id));
    if (!stored.ok()) {
        *error = stored.status == SecretStore::Result::Status::NotFound
            ? tr("The waiting key is no longer in the system keychain; back it up again.")
            : stored.error;
        return std::nullopt;
    }
    RecoveryKey key;
    key.kind = upload.kind;
    key.id = upload.keyId;
    key.volumeGuid = upload.volumeGuid;
    key.identifier = upload.identifier;
    key.deviceName = upload.deviceName;
    key.secret = std::move(stored.secret);
    return key;
}

bool PendingUploads::noteFailure(const QString& id, const QString& problem, QString* error)
{
    std::optional<PendingUpload> upload = find(id);
    if (!upload)
        return true;
    upload->attempts += 1;
    upload->nextRetry = nextRetryAfter(upload->attempts, QDateTime::currentDateTimeUtc());
    upload->lastProblem = problem;
    QString ignored;
    return write(*upload, error ? error : &ignored);
}

bool PendingUploads::remove(const QString& id, QString* error)
{
    const SecretStore::Result removed = m_secrets.remove(SecretStore::pendingKey(id));
    if (!removed.ok()) {
        *error = removed.error;
        return false;
    }
    const SettingsHealth health = SettingsHealth::keepCopy(SettingsHealth::check(m_settingsFile), m_settingsFile);
    if (!health.ok()) {
        *error = health.problem;
        return false;
    }
    auto settings = AccountStore::openSettings(m_settingsFile);
    settings->beginGroup(group);
    settings->remove(id);
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        *error = tr("The settings file %1 could not be written.").arg(settings->fileName());
        return false;
    }
    return true;
}

QDateTime PendingUploads::nextRetryAfter(int attempts, const QDateTime& now)
{
    constexpr qint64 minute = 60;
    constexpr qint64 day = 24 * 60 * minute;
    const int doublings = std::clamp(attempts - 1, 0, 20);
    return now.addSecs(std::min(day, minute << doublings));
}

} // namespace keyhaven
