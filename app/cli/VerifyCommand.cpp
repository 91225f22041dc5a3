// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli verify: does this key (or .BEK) open this volume, without mounting it.
#include "Cli.h"
#include "KeyJson.h"

#include "formats/KeyFile.h"
#include "volumes/KeyVerifier.h"

#include <QJsonObject>

namespace keyhaven::cli {

namespace {

int exitCodeFor(Verification::Outcome outcome)
{
    switch (outcome) {
    case Verification::Outcome::Opens:
        return Success;
    case Verification::Outcome::DoesNotOpen:
        return Negative;
    case Verification::Outcome::CannotCheck:
        break;
    }
    return Environment;
}

// Tries every key a key file holds; the first that opens the volume answers.
Verification verifyKeysFromFile(const QString& volumePath, const QList<RecoveryKey>& keys)
{
    Verification last;
    for (const RecoveryKey& key : keys) {
        last = KeyVerifier::verify(volumePath, VolumeSecret::fromRecoveryKey(key));
        if (last.outcome != Verification::Outcome::DoesNotOpen)
            return last;
    }
    return last;
}

struct KeySource
{
    QList<RecoveryKey> keysFromFile; // when --key-file named a file of a known format
    SecureBytes typed;                // otherwise: the typed key or password
    QString error;
    int errorCode = Success;
};

KeySource readKeySource(const QString& keyFile)
{
    KeySource source;
    if (!keyFile.isEmpty()) {
        KeyFileContents contents = KeyFile::read(keyFile);
        if (contents.status == KeyFileContents::Status::Ok) {
            source.keysFromFile = std::move(contents.keys);
            return source;
        }
        if (contents.status != KeyFileContents::Status::NoKeyMaterial) {
            source.error = contents.problems.join(QLatin1Char('\n'));
            source.errorCode = Environment;
            return source;
        }
        // Not a key file of a known format: its contents are the key, as if typed.
    }
    Cli::KeyInput input = Cli::readKey(keyFile);
    if (!input.error.isEmpty()) {
        source.error = input.error;
        source.errorCode = input.exitCode;
    }
    source.typed = std::move(input.key);
    return source;
}

void printJson(const QString& volumePath, const Verification& verification)
{
    QJsonObject object{
        {QStringLiteral("path"), volumePath},
        {QStringLiteral("outcome"), outcomeName(verification.outcome)},
        {QStringLiteral("opens"), verification.outcome == Verification::Outcome::Opens},
        {QStringLiteral("protectorsTried"), verification.protectorsTried},
        {QStringLiteral("message"), verification.message},
        {QStringLiteral("protector"), QJsonValue(QJsonValue::Null)},
    };
    if (verification.protector)
        object.insert(QStringLiteral("protector"),
                      QJsonObject{{QStringLiteral("id"), verification.protector->id.toString()},
                                  {QStringLiteral("type"), protectorTypeName(verification.protector->type)}});
    if (verification.volume)
        object.insert(QStringLiteral("volume"), volumeToJson(*verification.volume));
    Cli::json(QJsonDocument(object));
}

void printText(const Verification& verification)
{
    if (verification.outcome == Verification::Outcome::Opens)
        Cli::out(verification.message);
    else
        Cli::error(verification.message);
    if (verification.protector && verification.protector->type == ProtectorType::RecoveryPassword)
        Cli::out(Cli::tr("Key ID: %1 (the recovery screen shows %2)")
                     .arg(verification.protector->id.toString(), verification.protector->id.shortForm()));
}

} // namespace

int runVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("verify"),
                     Cli::tr("Checks whether the key on standard input (or in --key-file, e.g. a .BEK file) opens "
                             "the volume, without mounting it. Exit code 0: it opens the volume; 1: it does not; "
                             "3: it cannot be checked here."));
    parser.addOption({QStringLiteral("volume"), Cli::tr("The volume: a block device or a disk image."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("key-file"),
                      Cli::tr("Read the key from FILE (any supported key file, or a file holding just the key)."),
                      QStringLiteral("FILE")});
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    const QString volumePath = parser.value(QStringLiteral("volume"));
    if (volumePath.isEmpty() || !parser.positionalArguments().isEmpty()) {
        Cli::error(Cli::tr("Name the volume with --volume PATH; the key comes on standard input or from --key-file."));
        return UsageError;
    }

    const KeySource source = readKeySource(parser.value(QStringLiteral("key-file")));
    if (!source.error.isEmpty()) {
        Cli::error(source.error);
        return source.errorCode;
    }
    const Verification verification = source.keysFromFile.isEmpty()
        ? KeyVerifier::verifyTyped(volumePath, source.typed)
        : verifyKeysFromFile(volumePath, source.keysFromFile);
    if (parser.isSet(QStringLiteral("json")))
        printJson(volumePath, verification);
    else
        printText(verification);
    return exitCodeFor(verification.outcome);
}

} // namespace keyhaven::cli
