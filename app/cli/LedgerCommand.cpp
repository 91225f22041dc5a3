// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli ledger: lists what was saved where, and which copies are stale.
#include "Cli.h"
#include "KeyJson.h"

#include "backup/Ledger.h"
#include "volumes/VolumeProbe.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

namespace {

QString freshnessName(Ledger::Freshness freshness)
{
    switch (freshness) {
    case Ledger::Freshness::Current:
        return QStringLiteral("current");
    case Ledger::Freshness::Stale:
        return QStringLiteral("stale");
    case Ledger::Freshness::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString freshnessText(Ledger::Freshness freshness)
{
    switch (freshness) {
    case Ledger::Freshness::Current:
        return Cli::tr("current: the key still unlocks its volume");
    case Ledger::Freshness::Stale:
        return Cli::tr("STALE: the volume no longer has this key; this copy will not unlock it");
    case Ledger::Freshness::Unknown:
        break;
    }
    return {};
}

QJsonObject entryToJson(const LedgerEntry& entry, Ledger::Freshness freshness)
{
    return {
        { QStringLiteral("keyId"), entry.keyId },
        { QStringLiteral("kind"), entry.kind },
        { QStringLiteral("volumeGuid"), idToJson(entry.volumeGuid) },
        { QStringLiteral("target"), entry.target },
        { QStringLiteral("location"), entry.location },
        { QStringLiteral("time"), isoUtc(entry.time) },
        { QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex()) },
        { QStringLiteral("status"), freshnessName(freshness) },
    };
}

void printEntry(const LedgerEntry& entry, Ledger::Freshness freshness)
{
    QString text = Cli::tr("%1  %2  %3: %4").arg(isoUtc(entry.time), entry.keyId, entry.target, entry.location);
    if (freshness != Ledger::Freshness::Unknown)
        text += QStringLiteral("\n  ") + freshnessText(freshness);
    Cli::out(text);
}

} // namespace

int runLedger(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("ledger"),
                     Cli::tr("Lists the copies of keys Keyhaven made: which key, where, when. Given the volumes "
                             "(--volume), marks the copies whose key no longer unlocks their volume as stale."));
    parser.addOption({ QStringLiteral("volume"),
                       Cli::tr("A volume (device or image) to check the copies against; "
                               "may be repeated."),
                       Cli::tr("PATH") });
    parser.addOption({ QStringLiteral("ledger"),
                       Cli::tr("The ledger file (default: $KEYHAVEN_LEDGER, else the "
                               "app's data folder)."),
                       Cli::tr("FILE") });
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        Cli::error(Cli::tr("Usage: keyhaven-cli ledger [--volume PATH…] [--ledger FILE]"));
        return UsageError;
    }
    int code = Success;
    QList<Volume> volumes;
    for (const QString& path : parser.values(QStringLiteral("volume"))) {
        ProbeResult probe = VolumeProbe::probePath(path);
        if (probe.volume) {
            volumes.append(std::move(*probe.volume));
            continue;
        }
        Cli::error(probe.problem->message);
        code = Environment;
    }
    const Ledger ledger(parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger"))
                                                               : Ledger::defaultPath());
    QList<LedgerEntry> entries;
    QString error;
    if (!ledger.load(&entries, &error)) {
        Cli::error(error);
        return Environment;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray list;
    bool stale = false;
    for (const LedgerEntry& entry : std::as_const(entries)) {
        const Ledger::Freshness freshness = Ledger::freshness(entry, volumes);
        stale = stale || freshness == Ledger::Freshness::Stale;
        json ? list.append(entryToJson(entry, freshness)) : printEntry(entry, freshness);
    }
    if (json)
        Cli::json(QJsonDocument(
            QJsonObject { { QStringLiteral("ledger"), ledger.path() }, { QStringLiteral("entries"), list } }));
    else if (entries.isEmpty())
        Cli::error(Cli::tr("No copies are recorded in %1 yet.").arg(ledger.path()));
    return code != Success ? code : stale ? Negative : Success;
}

} // namespace keyhaven::cli
