// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli backup: saves a key to each target, reads each copy back, and records it in the ledger.
#include "BackupTargetFactory.h"
#include "Cli.h"
#include "KeyJson.h"

#include "backup/BackupRun.h"
#include "formats/KeyFile.h"
#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"
#include "keys/TypedText.h"
#include "platform/RemovableDrives.h"
#include "volumes/VolumeProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace keyhaven::cli {

namespace {

struct KeyChoice
{
    std::optional<RecoveryKey> key;
    QString error;
    int exitCode = Success;
};

KeyChoice failure(int code, const QString& message)
{
    return { std::nullopt, message, code };
}

// The key on standard input, of the kind it looks like, with the ID given by --id.
KeyChoice keyFromInput(const QString& idText)
{
    const std::optional<KeyId> id = KeyId::parse(idText);
    if (!id)
        return failure(UsageError,
                       Cli::tr("“%1” is not a full key ID. Give all 32 hex digits, as in "
                               "64311DEA-4587-4029-924A-BA299647998E.")
                           .arg(idText));
    Cli::KeyInput input = Cli::readKey();
    if (!input.error.isEmpty())
        return failure(input.exitCode, input.error);
    QString folded = foldTypedText(input.key.toQString());
    const bool letters = std::any_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isLetter(); });
    wipe(folded);
    RecoveryKey key;
    key.id = id;
    KeyProblems problems;
    if (letters) {
        auto parsed = PersonalRecoveryKey::parse(input.key);
        problems = parsed.problems;
        key.kind = KeyKind::FileVaultPersonalRecoveryKey;
        if (parsed.key)
            key.secret = parsed.key->canonical();
    } else {
        auto parsed = RecoveryPassword::parse(input.key);
        problems = parsed.problems;
        if (parsed.password)
            key.secret = parsed.password->canonical();
    }
    if (key.secret.isEmpty() || hasErrors(problems)) {
        QStringList messages;
        for (const KeyProblem& problem : problems)
            messages.append(problem.message);
        return failure(Negative,
                       Cli::tr("The key on standard input is not valid: %1").arg(messages.join(QLatin1Char(' '))));
    }
    return { std::move(key), {}, Success };
}

// One key from a key-material file; with several, --id (8+ digits) chooses.
KeyChoice keyFromFile(const QString& path, const QString& idText)
{
    const KeyFileContents contents = KeyFile::read(path);
    using Status = KeyFileContents::Status;
    if (contents.status != Status::Ok)
        return failure(contents.status == Status::NoKeyMaterial ? Negative : Environment,
                       contents.problems.join(QLatin1Char('\n')));
    QList<RecoveryKey> keys;
    const auto prefix = KeyIdPrefix::parse(idText);
    if (!idText.isEmpty() && !prefix.prefix)
        return failure(UsageError, prefix.error);
    for (const RecoveryKey& key : contents.keys)
        if (key.kind != KeyKind::BitLockerExternalKey
            && (!prefix.prefix || (key.id && key.id->matches(*prefix.prefix))))
            keys.append(key);
    if (keys.isEmpty())
        return failure(Negative, Cli::tr("%1 holds no recovery key that could be saved with that ID.").arg(path));
    if (keys.size() > 1) {
        QStringList ids;
        for (const RecoveryKey& key : std::as_const(keys))
            ids.append(QStringLiteral("  ") + (key.id ? key.id->toString() : Cli::tr("(no ID)")));
        return failure(
            UsageError,
            Cli::tr("%1 holds several keys. Choose one with --id:\n%2").arg(path, ids.join(QLatin1Char('\n'))));
    }
    return { keys.first(), {}, Success };
}

// With --volume: the key must be one of the volume's protectors; the ledger learns which volume it is for.
int attachVolume(RecoveryKey& key, const QString& path)
{
    const ProbeResult probe = VolumeProbe::probePath(path);
    if (!probe.volume) {
        Cli::error(probe.problem->message);
        return isEnvironmentProblem(probe.problem->kind) ? Environment : Negative;
    }
    for (const Protector& protector : probe.volume->protectors) {
        if (key.id && protector.id == *key.id) {
            key.volumeGuid = probe.volume->guid;
            return Success;
        }
    }
    if (probe.volume->type == VolumeType::FileVault && key.id && probe.volume->guid == key.id) {
        key.volumeGuid = probe.volume->guid;
        return Success;
    }
    Cli::error(Cli::tr("The key ID %1 is not one of the protectors of %2: this key does not belong to that volume.")
                   .arg(key.id ? key.id->toString() : Cli::tr("(none)"), path));
    return Negative;
}

QString statusText(BackupResult::Status status)
{
    switch (status) {
    case BackupResult::Status::Saved:
        return Cli::tr("saved and checked");
    case BackupResult::Status::AlreadySaved:
        return Cli::tr("already saved");
    case BackupResult::Status::Refused:
        return Cli::tr("refused");
    case BackupResult::Status::Pending:
        return Cli::tr("pending");
    case BackupResult::Status::Failed:
        break;
    }
    return Cli::tr("failed");
}

void printText(const BackupResult& result)
{
    QString text = QStringLiteral("%1: %2\n  %3\n").arg(result.target, statusText(result.status), result.message);
    for (const QString& check : result.checks)
        text += Cli::tr("  checked: %1\n").arg(check);
    for (const QString& advice : result.advice)
        text += Cli::tr("  note: %1\n").arg(advice);
    Cli::out(text.trimmed());
}

QJsonObject resultToJson(const BackupResult& result)
{
    return {
        { QStringLiteral("target"), result.target },
        { QStringLiteral("status"), backupStatusName(result.status) },
        { QStringLiteral("location"), result.location },
        { QStringLiteral("message"), result.message },
        { QStringLiteral("checks"), QJsonArray::fromStringList(result.checks) },
        { QStringLiteral("advice"), QJsonArray::fromStringList(result.advice) },
    };
}

int exitCodeOf(const QList<BackupResult>& results)
{
    int code = Success;
    for (const BackupResult& result : results) {
        if (result.status == BackupResult::Status::Failed || result.status == BackupResult::Status::Pending)
            return Environment;
        if (result.status == BackupResult::Status::Refused)
            code = Negative;
    }
    return code;
}

} // namespace

int listDrives(bool json); // BackupDrives.cpp
int ejectDrive(const QString& mountPoint, bool json, QJsonArray* ejected);

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("backup"),
                     Cli::tr("Saves a key to each target and reads every copy back. The key comes on standard input "
                             "with its ID from --id, or from a key file given with --from. Targets: %1.")
                         .arg(BackupTargetFactory::syntaxes().join(QStringLiteral(", "))));
    parser.addOption({ QStringLiteral("to"), Cli::tr("Where to save the key (may be repeated)."), Cli::tr("TARGET") });
    parser.addOption({ QStringLiteral("id"),
                       Cli::tr("The key's ID (with a key on standard input), or which key of "
                               "the --from file to save (8 or more digits)."),
                       Cli::tr("ID") });
    parser.addOption({ QStringLiteral("from"), Cli::tr("Read the key from this key-material file."), Cli::tr("FILE") });
    parser.addOption({ QStringLiteral("volume"),
                       Cli::tr("The volume the key belongs to (checked, and recorded in "
                               "the ledger so that stale copies can be found)."),
                       Cli::tr("PATH") });
    parser.addOption({ QStringLiteral("ledger"),
                       Cli::tr("The ledger file to record the copies in (default: "
                               "$KEYHAVEN_LEDGER, else the app's data folder)."),
                       Cli::tr("FILE") });
    parser.addOption({ QStringLiteral("eject"), Cli::tr("Eject each USB stick safely once its copy is checked.") });
    parser.addOption({ QStringLiteral("list-drives"), Cli::tr("List the removable drives a key can be saved to.") });
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("list-drives")))
        return listDrives(json);

    const QStringList specs = parser.values(QStringLiteral("to"));
    const QString from = parser.value(QStringLiteral("from"));
    const QString idText = parser.value(QStringLiteral("id"));
    if (specs.isEmpty() || !parser.positionalArguments().isEmpty() || (from.isEmpty() && idText.isEmpty())) {
        Cli::error(Cli::tr("Usage: keyhaven-cli backup --to TARGET… (--id ID < key | --from FILE [--id ID])"));
        return UsageError;
    }
    std::vector<std::unique_ptr<BackupTarget>> targets;
    for (const QString& spec : specs) {
        QString error;
        targets.push_back(BackupTargetFactory::make(spec, &error));
        if (!targets.back()) {
            Cli::error(error);
            return UsageError;
        }
    }

    KeyChoice choice = from.isEmpty() ? keyFromInput(idText) : keyFromFile(from, idText);
    if (!choice.key) {
        Cli::error(choice.error);
        return choice.exitCode;
    }
    RecoveryKey& key = *choice.key;
    if (parser.isSet(QStringLiteral("volume")))
        if (const int code = attachVolume(key, parser.value(QStringLiteral("volume"))); code != Success)
            return code;

    QJsonArray jsonResults;
    QJsonArray ejected;
    int ejectCode = Success;
    const bool eject = parser.isSet(QStringLiteral("eject"));
    BackupRun run(key, std::move(targets),
                  parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger")) : QString());
    QObject::connect(&run, &BackupRun::targetFinished, [&](int, const BackupResult& finished) {
        BackupResult result = finished;
        if (result.status == BackupResult::Status::Pending) // the wizard retries by itself; here it is a command
            result.message += QLatin1Char(' ') + Cli::tr("Run “keyhaven-cli pending --retry” to try again.");
        json ? jsonResults.append(resultToJson(result)) : printText(result);
        if (result.succeeded() && result.target == QLatin1String("usb") && eject)
            ejectCode = std::max(ejectCode, ejectDrive(QFileInfo(result.location).absolutePath(), json, &ejected));
    });
    run.runToCompletion();
    const QList<BackupResult>& results = run.results();
    for (const QString& error : run.ledgerErrors())
        Cli::error(error);
    if (json) {
        QJsonObject object { { QStringLiteral("results"), jsonResults },
                             { QStringLiteral("ledger"), run.ledgerPath() } };
        if (!run.ledgerErrors().isEmpty())
            object.insert(QStringLiteral("ledgerErrors"), QJsonArray::fromStringList(run.ledgerErrors()));
        if (!ejected.isEmpty())
            object.insert(QStringLiteral("ejected"), ejected);
        Cli::json(QJsonDocument(object));
    }
    return std::max(exitCodeOf(results), ejectCode);
}

} // namespace keyhaven::cli
