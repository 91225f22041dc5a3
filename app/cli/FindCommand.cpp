// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli find: finds saved keys by key ID (8+ hex digits or the full ID) in files and folders.
#include "Cli.h"
#include "KeyJson.h"

#include "backup/KeyFinder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

namespace {

int exitCodeOf(const KeyFinder::Result& result)
{
    if (!result.missing.isEmpty())
        return Environment;
    return result.distinctIds().size() == 1 ? Success : Negative;
}

QJsonArray skippedToJson(const KeyFinder::Result& result)
{
    QJsonArray list;
    for (const KeyFinder::Skipped& skipped : result.skipped)
        list.append(
            QJsonObject { { QStringLiteral("path"), skipped.path }, { QStringLiteral("message"), skipped.message } });
    for (const QString& missing : result.missing)
        list.append(QJsonObject { { QStringLiteral("path"), missing },
                                  { QStringLiteral("message"), Cli::tr("%1 does not exist.").arg(missing) } });
    return list;
}

void printJson(const KeyFinder::Result& result)
{
    const QStringList ids = result.distinctIds();
    const bool ambiguous = ids.size() > 1;
    QJsonArray matches;
    for (const RecoveryKey& key : result.matches) {
        QJsonObject object = keyToJson(key);
        if (ambiguous) // the keys are shown only once the user has said which ID is meant
            object.remove(QStringLiteral("key"));
        matches.append(object);
    }
    Cli::json(QJsonDocument(QJsonObject {
        { QStringLiteral("ids"), QJsonArray::fromStringList(ids) },
        { QStringLiteral("ambiguous"), ambiguous },
        { QStringLiteral("matches"), matches },
        { QStringLiteral("filesSearched"), result.filesSearched },
        { QStringLiteral("skipped"), skippedToJson(result) },
    }));
}

void printMatch(const RecoveryKey& key)
{
    QString secret
        = key.kind == KeyKind::BitLockerExternalKey ? Cli::tr("(.BEK external key file)") : key.secret.toQString();
    Cli::out(Cli::tr("%1\n  Key:  %2\n  File: %3").arg(key.id->toString(), secret, key.source));
    wipe(secret);
}

void printText(const KeyFinder::Result& result, const QString& typed)
{
    for (const KeyFinder::Skipped& skipped : result.skipped)
        Cli::error(skipped.message);
    for (const QString& missing : result.missing)
        Cli::error(Cli::tr("%1 does not exist.").arg(missing));
    const QStringList ids = result.distinctIds();
    if (ids.isEmpty()) {
        Cli::error(
            Cli::tr("No key with an ID starting with %1 was found in %n file(s).", nullptr, result.filesSearched)
                .arg(typed));
        if (!result.skipped.isEmpty())
            Cli::error(Cli::tr("%n file(s) or folder(s) could not be searched (above); the key may be in one of them.",
                               nullptr, static_cast<int>(result.skipped.size())));
        return;
    }
    if (ids.size() > 1) {
        Cli::out(Cli::tr("%n different keys have an ID starting with %1:", nullptr, static_cast<int>(ids.size()))
                     .arg(typed));
        for (const RecoveryKey& key : result.matches)
            Cli::out(QStringLiteral("  %1  %2").arg(key.id->toString(), key.source));
        Cli::error(Cli::tr("Type more digits of the key ID shown on the recovery screen to choose one."));
        return;
    }
    for (const RecoveryKey& key : result.matches)
        printMatch(key);
}

} // namespace

int runFind(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("find"),
                     Cli::tr("Finds saved keys by their key ID, the digits the recovery screen shows, in files and "
                             "folders (searched recursively). Give 8 or more digits, or the full ID."));
    parser.addOption({ QStringLiteral("id"), Cli::tr("The key ID or its first 8 or more digits."), Cli::tr("ID") });
    parser.addPositionalArgument(QStringLiteral("paths"), Cli::tr("Files and folders to search."), Cli::tr("PATH…"));
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("id")) || paths.isEmpty()) {
        Cli::error(Cli::tr("Usage: keyhaven-cli find --id PREFIX PATH…"));
        return UsageError;
    }
    const QString typed = parser.value(QStringLiteral("id"));
    const KeyIdPrefix::Parsed prefix = KeyIdPrefix::parse(typed);
    if (!prefix.prefix) {
        Cli::error(prefix.error);
        return UsageError;
    }
    const KeyFinder::Result result = KeyFinder(*prefix.prefix).search(paths);
    if (parser.isSet(QStringLiteral("json")))
        printJson(result);
    else
        printText(result, prefix.prefix->hexDigits());
    return exitCodeOf(result);
}

} // namespace keyhaven::cli
