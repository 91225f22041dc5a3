// SPDX-License-Identifier: GPL-3.0-or-later
#include "FdesetupPlist.h"

#include "DecodedText.h"

#include "keys/PersonalRecoveryKey.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace keyhaven {

namespace {

class FdesetupPlistReader
{
    Q_DECLARE_TR_FUNCTIONS(FdesetupPlistReader)
};

// The entries of one dictionary that matter; the key is wiped when it goes.
struct PlistEntries
{
    PlistEntries() = default;
    PlistEntries(const PlistEntries&) = delete;
    PlistEntries& operator=(const PlistEntries&) = delete;
    ~PlistEntries() { wipe(recoveryKey); }

    bool hasRecoveryKey = false;
    QString recoveryKey;
    QString enabledDate;
    QString hardwareUuid;
    QString serialNumber;
    QString lvUuid;
    QString pvUuid;
};

void store(PlistEntries& entries, QStringView key, QString& value)
{
    if (key == u"RecoveryKey") {
        entries.hasRecoveryKey = true;
        std::swap(entries.recoveryKey, value);
    } else if (key == u"EnabledDate") {
        entries.enabledDate = value;
    } else if (key == u"HardwareUUID") {
        entries.hardwareUuid = value;
    } else if (key == u"SerialNumber") {
        entries.serialNumber = value.trimmed();
    } else if (key == u"LVUUID") {
        entries.lvUuid = value;
    } else if (key == u"PVUUID") {
        entries.pvUuid = value;
    }
    wipe(value);
}

// Reads the <dict> the reader is at, up to its end element.
void readDict(QXmlStreamReader& xml, PlistEntries& entries)
{
    QString key;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"key") {
            key = xml.readElementText();
            continue;
        }
        const bool scalar
            = xml.name() == u"string" || xml.name() == u"date" || xml.name() == u"integer" || xml.name() == u"real";
        if (scalar) {
            QString value = xml.readElementText();
            store(entries, key, value);
        } else {
            xml.skipCurrentElement();
        }
        key.clear();
    }
}

// `2019-06-05 14:21:33 -0700` as fdesetup writes it, or ISO 8601 as a plist <date> holds it.
QDateTime parseEnabledDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODate);
    if (iso.isValid())
        return iso.toUTC();
    const QDateTime local = QDateTime::fromString(trimmed.left(19), u"yyyy-MM-dd HH:mm:ss");
    const QStringView zone = QStringView(trimmed).mid(19).trimmed();
    if (!local.isValid() || zone.size() != 5 || (zone.at(0) != QLatin1Char('+') && zone.at(0) != QLatin1Char('-')))
        return {};
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = zone.mid(1, 2).toInt(&hoursOk);
    const int minutes = zone.mid(3, 2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours > 14 || minutes > 59)
        return {};
    const int offset = (zone.at(0) == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    return QDateTime(local.date(), local.time(), QTimeZone(offset)).toUTC();
}

void addKey(const PlistEntries& entries, int number, FormatResult& result)
{
    const QString where = number > 0 ? FdesetupPlistReader::tr("Entry %1: ").arg(number) : QString();
    if (!entries.hasRecoveryKey) {
        result.problems.append(where + FdesetupPlistReader::tr("The property list has no RecoveryKey entry."));
        return;
    }
    const auto parsed = PersonalRecoveryKey::parse(QStringView(entries.recoveryKey));
    for (const KeyProblem& problem : parsed.problems)
        result.problems.append(where + FdesetupPlistReader::tr("RecoveryKey: %1").arg(problem.message));
    if (!parsed.key)
        return;
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.secret = parsed.key->canonical();
    key.id = KeyId::parse(entries.hardwareUuid);
    key.volumeGuid = KeyId::parse(entries.lvUuid);
    if (!key.volumeGuid)
        key.volumeGuid = KeyId::parse(entries.pvUuid);
    key.identifier = entries.serialNumber;
    key.created = parseEnabledDate(entries.enabledDate);
    result.keys.append(std::move(key));
}

void readPlistBody(QXmlStreamReader& xml, FormatResult& result)
{
    if (!xml.readNextStartElement())
        return;
    if (xml.name() == u"dict") {
        PlistEntries entries;
        readDict(xml, entries);
        addKey(entries, 0, result);
    } else if (xml.name() == u"array") {
        int number = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"dict") {
                xml.skipCurrentElement();
                continue;
            }
            PlistEntries entries;
            readDict(xml, entries);
            addKey(entries, ++number, result);
        }
    }
}

} // namespace

FormatResult readFdesetupPlist(QByteArrayView bytes)
{
    FormatResult result;
    const DecodedText text(bytes);
    if (text.firstNonSpace() != QLatin1Char('<'))
        return result;
    QXmlStreamReader xml(text.text());
    if (!xml.readNextStartElement() || xml.name() != u"plist")
        return result;
    result.recognised = true;
    readPlistBody(xml, result);
    if (xml.hasError()) {
        result.keys.clear();
        result.problems.append(FdesetupPlistReader::tr("The property list is damaged at line %1: %2")
                                   .arg(xml.lineNumber())
                                   .arg(xml.errorString()));
    } else if (result.keys.isEmpty() && result.problems.isEmpty()) {
        result.problems.append(FdesetupPlistReader::tr("The property list has no RecoveryKey entry."));
    }
    return result;
}

} // namespace keyhaven
