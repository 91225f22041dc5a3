// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli check: re-reads every copy in the ledger, like restic's and borg's check.
#include "Cli.h"
#include "KeyJson.h"

#include "accounts/AccountCopyCheck.h"
#include "accounts/KeychainSecretStore.h"
#include "backup/CopyCheck.h"
#include "volumes/VolumeProbe.h"
#include "volumes/VolumeSource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

namespace {

QJsonObject checkToJson(const CopyCheck& check)
{
    return {
        { QStringLiteral("keyId"), check.entry.keyId },
        { QStringLiteral("kind"), check.entry.kind },
        { QStringLiteral("volumeGuid"), idToJson(check.entry.volumeGuid) },
        { QStringLiteral("target"), check.entry.target },
        { QStringLiteral("location"), check.entry.location },
        { QStringLiteral("time"), isoUtc(check.entry.time) },
        { QStringLiteral("status"), copyCheckStatusName(check.status) },
        { QStringLiteral("finding"), check.finding },
        { QStringLiteral("advice"), check.advice },
        { QStringLiteral("checks"), QJsonArray::fromStringList(check.checks) },
    };
}

// One line: the status word (stable, for scripts and eyes), where the copy is, what was found, what to do.
QString checkLine(const CopyCheck& check)
{
    QString line = Cli::tr("%1  %2 %3: %4")
                       .arg(copyCheckStatusName(check.status).leftJustified(12), check.entry.target,
                            check.entry.location, check.finding);
    if (!check.advice.isEmpty())
        line += QLatin1Char(' ') + check.advice;
    return line;
}

QString summary(const QList<CopyCheck>& checks)
{
    const auto ok = std::count_if(checks.cbegin(), checks.cend(), [](const CopyCheck& check) { return check.ok(); });
    if (ok == checks.size())
        return Cli::tr("All %n copy/copies checked: ok.", nullptr, int(checks.size()));
    return Cli::tr("%1 of %n copy/copies need attention.", nullptr, int(checks.size())).arg(checks.size() - ok);
}

// The volumes named with --volume first (they answer for their GUID), then the drives found on this computer.
bool collectVolumes(const QStringList& paths, QList<Volume>* volumes)
{
    bool ok = true;
    for (const QString& path : paths) {
        ProbeResult probe = VolumeProbe::probePath(path);
        if (probe.volume) {
            volumes->append(std::move(*probe.volume));
            continue;
        }
        Cli::error(probe.problem->message);
        ok = false;
    }
    if (const std::unique_ptr<VolumeSource> source = createVolumeSource())
        *volumes += source->listVolumes().volumes;
    return ok;
}

} // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("check"),
                     Cli::tr("Re-reads every copy in the ledger: is it still there, the same bytes, the same key and "
                             "key ID; an upload still on its server; the key still one of its drive's keys and still "
                             "opening it, where the drive is at hand. One line per copy: ok, missing, changed, "
                             "unreadable, stale or cannot-check, and what to do. Exit code 0: all ok; 1: a copy "
                             "needs attention; 3: the ledger cannot be read."));
    parser.addOption({ QStringLiteral("volume"),
                       Cli::tr("A volume (device or image) to prove the copies against, besides the drives found; "
                               "may be repeated."),
                       Cli::tr("PATH") });
    parser.addOption({ QStringLiteral("ledger"),
                       Cli::tr("The ledger file (default: $KEYHAVEN_LEDGER, else the app's data folder)."),
                       Cli::tr("FILE") });
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        Cli::error(Cli::tr("Usage: keyhaven-cli check [--json] [--volume PATH…] [--ledger FILE]"));
        return UsageError;
    }
    const Ledger ledger(parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger"))
                                                               : Ledger::defaultPath());
    QList<LedgerEntry> entries;
    QString error;
    if (!ledger.load(&entries, &error)) {
        Cli::error(error);
        return Environment;
    }
    QList<Volume> volumes;
    if (!collectVolumes(parser.values(QStringLiteral("volume")), &volumes))
        return Environment;

    CopyChecker checker(volumes);
    std::shared_ptr<AccountCopyCheck> accounts;
    checker.setAccountCheck([&accounts](const LedgerEntry& entry, RecoveryKey* found) {
        if (!accounts) // the keychain only when an upload is to be checked
            accounts = std::make_shared<AccountCopyCheck>(std::make_shared<KeychainSecretStore>());
        return accounts->check(entry, found);
    });
    const bool json = parser.isSet(QStringLiteral("json"));
    QList<CopyCheck> checks;
    QJsonArray list;
    for (const LedgerEntry& entry : std::as_const(entries)) {
        checks.append(checker.check(entry));
        json ? list.append(checkToJson(checks.last())) : Cli::out(checkLine(checks.last()));
    }
    const bool allOk = std::all_of(checks.cbegin(), checks.cend(), [](const CopyCheck& check) { return check.ok(); });
    if (json)
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("ledger"), ledger.path() },
                                              { QStringLiteral("ok"), allOk },
                                              { QStringLiteral("copies"), list } }));
    else if (entries.isEmpty())
        Cli::out(Cli::tr("No copies are recorded in %1 yet: there is nothing to check.").arg(ledger.path()));
    else
        Cli::out(summary(checks));
    return allOk ? Success : Negative;
}

} // namespace keyhaven::cli
