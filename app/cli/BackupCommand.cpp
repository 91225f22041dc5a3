// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli backup: saves a key to each target, reads each copy back, and records it in the ledger.
#include "BackupTargetFactory.h"
#include "Cli.h"
#include "KeyJson.h"
#include "RecoverFromVolume.h"

#include "backup/BackupRun.h"
#include "formats/KeyFile.h"
#include "keys/TypedKey.h"
#include "platform/RemovableDrives.h"
#include "volumes/KeyBelonging.h"
#include "volumes/KeyVerifier.h"
#include "volumes/VolumeProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace keyhaven::cli {

int listDrives(bool json); // BackupDrives.cpp
int ejectDrive(const QString& mountPoint, bool json, QJsonArray* ejected);

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
    TypedKey typed = parseTypedKey(input.key, typedKeyKind(input.key));
    if (!typed.valid()) {
        QStringList messages;
        for (const KeyProblem& problem : std::as_const(typed.problems))
            messages.append(problem.message);
        return failure(Negative,
                       Cli::tr("The key on standard input is not valid: %1").arg(messages.join(QLatin1Char(' '))));
    }
    RecoveryKey key;
    key.id = id;
    key.kind = typed.kind;
    key.secret = std::move(typed.canonical);
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

// With --volume: the key must belong to the volume and open it; the ledger learns which volume it is for.
// A key that does not open it is refused before anything is written. When the volume cannot be checked here,
// the backup goes on and says so plainly.
int attachVolume(RecoveryKey& key, const QString& path, bool json, QJsonObject* check)
{
    const ProbeResult probe = VolumeProbe::probePath(path);
    if (!probe.volume) {
        Cli::error(probe.problem->message);
        return isEnvironmentProblem(probe.problem->kind) ? Environment : Negative;
    }
    if (!keyBelongsTo(key, *probe.volume)) {
        Cli::error(
            Cli::tr("The key ID %1 is not one of the protectors of %2: this key does not belong to that volume.")
                .arg(key.id ? key.id->toString() : Cli::tr("(none)"), path));
        return Negative;
    }
    const Verification verification = KeyVerifier::verify(path, VolumeSecret::fromRecoveryKey(key));
    *check = { { QStringLiteral("volume"), path },
               { QStringLiteral("outcome"), outcomeName(verification.outcome) },
               { QStringLiteral("message"), verification.message } };
    switch (verification.outcome) {
    case Verification::Outcome::DoesNotOpen:
        Cli::error(Cli::tr("%1\nThis key does not open %2, so it was not saved anywhere.")
                       .arg(verification.message, path));
        return Negative;
    case Verification::Outcome::Opens:
        if (!json)
            Cli::out(Cli::tr("verified: %1").arg(verification.message));
        break;
    case Verification::Outcome::CannotCheck:
        Cli::error(Cli::tr("not verified: the key could not be checked against %1, so the copies are saved "
                           "without that proof. %2")
                       .arg(path, verification.message));
        break;
    }
    key.volumeGuid = probe.volume->guid;
    return Success;
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

// What one run of backup prints, gathered over every key it saves.
struct BackupOutput
{
    bool json = false;
    bool eject = false;
    QJsonArray results;
    QJsonArray ejected;
    QStringList ledgerErrors;
    QString ledgerPath;
};

// Saves one key to every target (made afresh for each key) and reads each copy back.
int backUpKey(const RecoveryKey& key, const QStringList& specs, const QString& ledger, BackupOutput& output)
{
    std::vector<std::unique_ptr<BackupTarget>> targets;
    QString unused; // each spec was already made once without an error
    for (const QString& spec : specs)
        targets.push_back(BackupTargetFactory::make(spec, &unused));
    int ejectCode = Success;
    BackupRun run(key, std::move(targets), ledger);
    QObject::connect(&run, &BackupRun::targetFinished, [&](int, const BackupResult& finished) {
        BackupResult result = finished;
        if (result.status == BackupResult::Status::Pending) // the wizard retries by itself; here it is a command
            result.message += QLatin1Char(' ') + Cli::tr("Run “keyhaven-cli pending --retry” to try again.");
        output.json ? output.results.append(resultToJson(result)) : printText(result);
        if (result.succeeded() && result.target == QLatin1String("usb") && output.eject)
            ejectCode = std::max(ejectCode,
                                 ejectDrive(QFileInfo(result.location).absolutePath(), output.json, &output.ejected));
    });
    run.runToCompletion();
    for (const QString& error : run.ledgerErrors())
        Cli::error(error);
    output.ledgerErrors += run.ledgerErrors();
    output.ledgerPath = run.ledgerPath();
    return std::max(exitCodeOf(run.results()), ejectCode);
}

} // namespace

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
    parser.addOption({ QStringLiteral("from-volume"),
                       Cli::tr("Read the recovery keys from the --volume itself, as “recover” does (the drive's "
                               "password on standard input, or --key-file), and back up each one.") });
    parser.addOption({ QStringLiteral("key-file"), Cli::tr("With --from-volume: the drive's startup key (.BEK file)."),
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
    const bool fromVolume = parser.isSet(QStringLiteral("from-volume"));
    const QString volumePath = parser.value(QStringLiteral("volume"));
    const bool keySourceOk = fromVolume ? (!volumePath.isEmpty() && from.isEmpty() && idText.isEmpty())
                                        : (!from.isEmpty() || !idText.isEmpty());
    if (specs.isEmpty() || !parser.positionalArguments().isEmpty() || !keySourceOk
        || (!fromVolume && parser.isSet(QStringLiteral("key-file")))) {
        Cli::error(Cli::tr("Usage: keyhaven-cli backup --to TARGET… (--id ID < key | --from FILE [--id ID] | --volume "
                           "PATH --from-volume [--key-file FILE.BEK])"));
        return UsageError;
    }
    for (const QString& spec : specs) {
        QString error;
        if (!BackupTargetFactory::make(spec, &error)) {
            Cli::error(error);
            return UsageError;
        }
    }

    QList<RecoveryKey> keys;
    QJsonObject volumeCheck;
    if (fromVolume) {
        VolumeKeys read = recoverFromVolume(volumePath, parser.value(QStringLiteral("key-file")));
        if (read.exitCode != Success) {
            Cli::error(read.recovered.message);
            for (const QString& problem : std::as_const(read.recovered.problems))
                Cli::error(problem);
            return read.exitCode;
        }
        Cli::error(read.recovered.message);
        for (const QString& problem : std::as_const(read.recovered.problems))
            Cli::error(problem);
        keys = std::move(read.recovered.keys);
    } else {
        KeyChoice choice = from.isEmpty() ? keyFromInput(idText) : keyFromFile(from, idText);
        if (!choice.key) {
            Cli::error(choice.error);
            return choice.exitCode;
        }
        if (!volumePath.isEmpty())
            if (const int code = attachVolume(*choice.key, volumePath, json, &volumeCheck); code != Success)
                return code;
        keys.append(std::move(*choice.key));
    }

    BackupOutput output;
    output.json = json;
    output.eject = parser.isSet(QStringLiteral("eject"));
    const QString ledger = parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger")) : QString();
    int code = Success;
    for (RecoveryKey& key : keys)
        code = std::max(code, backUpKey(key, specs, ledger, output));
    keys.clear();
    if (output.json) {
        QJsonObject object { { QStringLiteral("results"), output.results },
                             { QStringLiteral("ledger"), output.ledgerPath } };
        if (!output.ledgerErrors.isEmpty())
            object.insert(QStringLiteral("ledgerErrors"), QJsonArray::fromStringList(output.ledgerErrors));
        if (!output.ejected.isEmpty())
            object.insert(QStringLiteral("ejected"), output.ejected);
        if (!volumeCheck.isEmpty())
            object.insert(QStringLiteral("volumeCheck"), volumeCheck);
        Cli::json(QJsonDocument(object));
    }
    return code;
}

} // namespace keyhaven::cli
