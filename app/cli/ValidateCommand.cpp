// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli validate: checks a typed key and prints its canonical form.
#include "Cli.h"
#include "KeyJson.h"

#include "keys/KeyProblem.h"
#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"
#include "keys/TypedKey.h"

#include <QJsonObject>

namespace keyhaven::cli {

namespace {

struct Validation
{
    KeyKind kind = KeyKind::BitLockerRecoveryPassword;
    SecureBytes canonical; // empty when invalid
    KeyProblems problems;
};

Validation validate(const SecureBytes& typed, KeyKind kind)
{
    TypedKey parsed = parseTypedKey(typed, kind);
    return { kind, std::move(parsed.canonical), std::move(parsed.problems) };
}

QString checksDone(KeyKind kind)
{
    return kind == KeyKind::FileVaultPersonalRecoveryKey ? QStringLiteral("format") : QStringLiteral("checksum");
}

void printJson(const Validation& validation)
{
    QJsonObject object{
        {QStringLiteral("valid"), !validation.canonical.isEmpty()},
        {QStringLiteral("kind"), keyKindName(validation.kind)},
        {QStringLiteral("checked"), checksDone(validation.kind)},
        {QStringLiteral("problems"), problemsToJson(validation.problems)},
    };
    if (!validation.canonical.isEmpty())
        object.insert(QStringLiteral("key"), validation.canonical.toQString());
    Cli::json(QJsonDocument(object));
}

void printText(const Validation& validation)
{
    for (const KeyProblem& problem : validation.problems)
        Cli::error(problem.severity == KeyProblem::Severity::Error ? Cli::tr("Error: %1").arg(problem.message)
                                                                   : Cli::tr("Warning: %1").arg(problem.message));
    if (validation.canonical.isEmpty())
        return;
    QString canonical = validation.canonical.toQString();
    Cli::out(canonical);
    wipe(canonical);
    if (validation.kind == KeyKind::FileVaultPersonalRecoveryKey)
        Cli::error(Cli::tr("The key is well formed. FileVault keys carry no checksum: only the volume can confirm "
                           "that it is the right one (keyhaven-cli verify)."));
    else
        Cli::error(Cli::tr("The recovery key is valid: all 8 groups pass their check."));
}

} // namespace

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("validate"),
                     Cli::tr("Checks the recovery key on standard input and prints its canonical form, or which "
                             "group is wrong."));
    parser.addOption({QStringLiteral("type"), Cli::tr("The kind of key: bitlocker, filevault or auto (default)."),
                      QStringLiteral("type"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("key-file"), Cli::tr("Read the key from FILE instead of standard input."),
                      QStringLiteral("FILE")});
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        Cli::error(Cli::tr("validate takes the key on standard input, not as an argument: arguments show in the "
                           "process list."));
        return UsageError;
    }

    const QString type = parser.value(QStringLiteral("type"));
    if (type != QLatin1String("auto") && type != QLatin1String("bitlocker") && type != QLatin1String("filevault")) {
        Cli::error(Cli::tr("Unknown key type “%1”: use bitlocker, filevault or auto.").arg(type));
        return UsageError;
    }

    const Cli::KeyInput input = Cli::readKey(parser.value(QStringLiteral("key-file")));
    if (!input.error.isEmpty()) {
        Cli::error(input.error);
        return input.exitCode;
    }
    const KeyKind kind = type == QLatin1String("bitlocker")   ? KeyKind::BitLockerRecoveryPassword
                       : type == QLatin1String("filevault") ? KeyKind::FileVaultPersonalRecoveryKey
                                                            : typedKeyKind(input.key);
    const Validation validation = validate(input.key, kind);
    if (parser.isSet(QStringLiteral("json")))
        printJson(validation);
    else
        printText(validation);
    return validation.canonical.isEmpty() ? Negative : Success;
}

} // namespace keyhaven::cli
