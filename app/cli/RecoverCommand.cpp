// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli recover: reads a BitLocker volume's recovery keys back from the drive, with its password, its
// startup key or nothing at all (a clear key), and prints only the keys proven to open their protectors.
#include "Cli.h"
#include "KeyJson.h"
#include "RecoverFromVolume.h"

#include <QJsonObject>

namespace keyhaven::cli {

namespace {

QString outcomeName(RecoveredKeys::Outcome outcome)
{
    switch (outcome) {
    case RecoveredKeys::Outcome::Read:
        return QStringLiteral("read");
    case RecoveredKeys::Outcome::SecretOpensNothing:
        return QStringLiteral("does-not-open");
    case RecoveredKeys::Outcome::NoRecoveryKey:
        return QStringLiteral("no-recovery-key");
    case RecoveredKeys::Outcome::OnlyOnWindows:
        return QStringLiteral("only-on-windows");
    case RecoveredKeys::Outcome::Damaged:
        return QStringLiteral("damaged");
    case RecoveredKeys::Outcome::CannotRead:
        break;
    }
    return QStringLiteral("cannot-read");
}

QJsonValue protectorToJson(const std::optional<Protector>& protector)
{
    if (!protector)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("id"), protector->id.toString() },
                         { QStringLiteral("type"), protectorTypeName(protector->type) } };
}

void printJson(const RecoveredKeys& recovered)
{
    QJsonArray keys;
    for (const RecoveryKey& key : recovered.keys)
        keys.append(keyToJson(key));
    QJsonObject object { { QStringLiteral("keys"), keys },
                         { QStringLiteral("unlockedWith"), protectorToJson(recovered.unlockedWith) },
                         { QStringLiteral("outcome"), outcomeName(recovered.outcome) },
                         { QStringLiteral("message"), recovered.message },
                         { QStringLiteral("problems"), QJsonArray::fromStringList(recovered.problems) } };
    if (recovered.volume)
        object.insert(QStringLiteral("volume"), volumeToJson(*recovered.volume));
    Cli::json(QJsonDocument(object));
}

QString protectorWords(const Protector& protector)
{
    switch (protector.type) {
    case ProtectorType::Password:
        return Cli::tr("its password (protector %1)").arg(protector.id.toString());
    case ProtectorType::StartupKey:
        return Cli::tr("its startup key (protector %1)").arg(protector.id.toString());
    case ProtectorType::ClearKey:
        return Cli::tr("its clear key (protector %1): BitLocker protection is suspended").arg(protector.id.toString());
    case ProtectorType::RecoveryPassword:
        return Cli::tr("a recovery key (protector %1)").arg(protector.id.toString());
    default:
        break;
    }
    return Cli::tr("protector %1").arg(protector.id.toString());
}

void printText(const RecoveredKeys& recovered)
{
    if (recovered.keys.isEmpty()) {
        Cli::error(recovered.message);
        for (const QString& problem : recovered.problems)
            Cli::error(problem);
        return;
    }
    Cli::error(recovered.message);
    if (recovered.unlockedWith)
        Cli::error(Cli::tr("Unlocked with %1.").arg(protectorWords(*recovered.unlockedWith)));
    for (const QString& problem : recovered.problems)
        Cli::error(problem);
    QStringList lines;
    for (const RecoveryKey& key : recovered.keys) {
        lines << Cli::tr("Key ID: %1 (the recovery screen shows %2)").arg(key.id->toString(), key.id->shortForm());
        QString text = key.secret.toQString();
        lines << Cli::tr("Recovery key: %1").arg(text);
        wipe(text);
    }
    QString output = lines.join(QLatin1Char('\n'));
    Cli::out(output);
    wipe(output);
    for (QString& line : lines)
        wipe(line);
}

} // namespace

int runRecover(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("recover"),
                     Cli::tr("Reads the recovery keys of a BitLocker volume back from the drive, with the drive's "
                             "password on standard input, its startup key (--key-file FILE.BEK), or nothing at all "
                             "(empty input) when the drive has a clear key. Only keys proven to open their own "
                             "protector are printed. Exit code 0: keys read and proven; 1: the secret opens nothing, "
                             "or there is no recovery key; 3: the volume cannot be read."));
    parser.addOption({ QStringLiteral("volume"), Cli::tr("The volume: a block device or a disk image."),
                       QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("key-file"), Cli::tr("The drive's startup key (.BEK file)."),
                       QStringLiteral("FILE") });
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    const QString volumePath = parser.value(QStringLiteral("volume"));
    if (volumePath.isEmpty() || !parser.positionalArguments().isEmpty()) {
        Cli::error(Cli::tr("Name the volume with --volume PATH; the password comes on standard input, a startup key "
                           "from --key-file."));
        return UsageError;
    }
    VolumeKeys result = recoverFromVolume(volumePath, parser.value(QStringLiteral("key-file")));
    if (parser.isSet(QStringLiteral("json")))
        printJson(result.recovered);
    else
        printText(result.recovered);
    result.recovered.keys.clear();
    return result.exitCode;
}

} // namespace keyhaven::cli
