// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ledger.h"

#include "platform/SafeFile.h"
#include "volumes/KeyBelonging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace keyhaven {

namespace {

constexpr int FormatVersion = 1;
constexpr qint64 MaximumLedgerSize = 16 * 1024 * 1024;

QJsonObject toJson(const LedgerEntry& entry)
{
    QJsonObject object {
        { QStringLiteral("keyId"), entry.keyId },
        { QStringLiteral("kind"), entry.kind },
        { QStringLiteral("target"), entry.target },
        { QStringLiteral("location"), entry.location },
        { QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODate) },
    };
    if (entry.volumeGuid)
        object.insert(QStringLiteral("volumeGuid"), entry.volumeGuid->toString());
    if (!entry.sha256.isEmpty())
        object.insert(QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex()));
    return object;
}

LedgerEntry fromJson(const QJsonObject& object)
{
    LedgerEntry entry;
    entry.keyId = object.value(QStringLiteral("keyId")).toString();
    entry.kind = object.value(QStringLiteral("kind")).toString();
    entry.volumeGuid = KeyId::parse(object.value(QStringLiteral("volumeGuid")).toString());
    entry.target = object.value(QStringLiteral("target")).toString();
    entry.location = object.value(QStringLiteral("location")).toString();
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate).toUTC();
    entry.sha256 = QByteArray::fromHex(object.value(QStringLiteral("sha256")).toString().toLatin1());
    return entry;
}

bool sameCopy(const LedgerEntry& a, const LedgerEntry& b)
{
    return a.keyId == b.keyId && a.kind == b.kind && a.target == b.target && a.location == b.location
        && a.sha256 == b.sha256;
}

bool hasProtector(const Volume& volume, const QString& keyId)
{
    const std::optional<KeyId> id = KeyId::parse(keyId);
    return id && isProtectorOf(*id, volume);
}

} // namespace

Ledger::Ledger(QString path)
    : m_path(std::move(path))
{
}

QString Ledger::defaultPath()
{
    const QString overridden = qEnvironmentVariable("KEYHAVEN_LEDGER");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ledger.json");
}

bool Ledger::load(QList<LedgerEntry>* entries, QString* error) const
{
    entries->clear();
    const SafeFile::Read file = SafeFile::readRegular(m_path, MaximumLedgerSize);
    if (file.missing)
        return true;
    if (!file.ok) {
        if (error)
            *error = tr("The list of saved copies (%1) could not be read: %2").arg(m_path, file.message);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.bytes, &parseError);
    const QJsonValue list = document.object().value(QStringLiteral("entries"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        if (error)
            *error = tr("The list of saved copies (%1) is damaged and was not changed.").arg(m_path);
        return false;
    }
    if (const int version = document.object().value(QStringLiteral("version")).toInt(); version > FormatVersion) {
        if (error)
            *error = tr("The list of saved copies (%1) was written by a newer version of Keyhaven (format %2); "
                        "this version reads it but does not change it.")
                         .arg(m_path)
                         .arg(version);
        for (const QJsonValue& value : list.toArray())
            entries->append(fromJson(value.toObject()));
        return false;
    }
    for (const QJsonValue& value : list.toArray())
        entries->append(fromJson(value.toObject()));
    return true;
}

QList<LedgerEntry> Ledger::entries() const
{
    QList<LedgerEntry> result;
    load(&result, nullptr);
    return result;
}

bool Ledger::record(const LedgerEntry& entry, QString* error)
{
    QList<LedgerEntry> all;
    if (!load(&all, error))
        return false; // damaged, unreadable or newer: never rewritten (a newer format would lose its fields)
    auto same = std::find_if(all.begin(), all.end(), [&](const LedgerEntry& other) { return sameCopy(entry, other); });
    if (same != all.end())
        same->time = entry.time;
    else
        all.append(entry);

    QJsonArray list;
    for (const LedgerEntry& each : std::as_const(all))
        list.append(toJson(each));
    const QJsonObject root { { QStringLiteral("version"), FormatVersion }, { QStringLiteral("entries"), list } };

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Flushed before it replaces the old list: a crash leaves the old list or the new one, never a gap.
    const SafeFile::Write written
        = SafeFile::writeAtomically(m_path, QJsonDocument(root).toJson(), SafeFile::Replace::RegularFileOnly);
    if (!written.ok && error)
        *error = tr("The list of saved copies (%1) could not be updated: %2").arg(m_path, written.message);
    return written.ok;
}

Ledger::Freshness Ledger::freshness(const LedgerEntry& entry, const QList<Volume>& volumes)
{
    for (const Volume& volume : volumes) {
        const bool ours
            = entry.volumeGuid ? volume.guid && *volume.guid == *entry.volumeGuid : hasProtector(volume, entry.keyId);
        if (!ours)
            continue;
        // A FileVault key's ID is the volume's own UUID: it goes stale only with the volume.
        if (volume.type == VolumeType::FileVault || hasProtector(volume, entry.keyId))
            return Freshness::Current;
        return Freshness::Stale;
    }
    return Freshness::Unknown;
}

QList<LedgerEntry> Ledger::staleEntries(const Volume& volume) const
{
    QList<LedgerEntry> result;
    for (const LedgerEntry& entry : entries())
        if (freshness(entry, { volume }) == Freshness::Stale)
            result.append(entry);
    return result;
}

} // namespace keyhaven
