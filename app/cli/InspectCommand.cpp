// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli inspect: reads key material from files of any supported format and lists the keys found.
#include "Cli.h"
#include "KeyJson.h"

#include "formats/KeyFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

namespace {

struct InspectedFile
{
    QString path;
    KeyFileContents contents;
};

bool couldNotRead(KeyFileContents::Status status)
{
    using Status = KeyFileContents::Status;
    return status == Status::NotFound || status == Status::NotAFile || status == Status::Unreadable;
}

// 3 when a file could not be read at all, else 1 when a file held no usable key, else 0.
int exitCodeOf(const QList<InspectedFile>& files)
{
    bool readFailure = false;
    bool negative = false;
    for (const InspectedFile& file : files) {
        readFailure = readFailure || couldNotRead(file.contents.status);
        negative = negative || file.contents.status != KeyFileContents::Status::Ok;
    }
    return readFailure ? Environment : negative ? Negative : Success;
}

QString kindTitle(KeyKind kind)
{
    switch (kind) {
    case KeyKind::BitLockerRecoveryPassword:
        return Cli::tr("BitLocker recovery key (48-digit recovery password)");
    case KeyKind::BitLockerExternalKey:
        return Cli::tr("BitLocker external key (.BEK)");
    case KeyKind::FileVaultPersonalRecoveryKey:
        return Cli::tr("FileVault personal recovery key");
    }
    return {};
}

QString idText(const RecoveryKey& key)
{
    if (!key.id)
        return Cli::tr("unknown");
    return Cli::tr("%1 (first 8 characters: %2)").arg(key.id->toString(), key.id->shortForm());
}

QString keyText(const RecoveryKey& key)
{
    if (key.kind == KeyKind::BitLockerExternalKey)
        return Cli::tr("%n byte(s) of key material (not shown)", nullptr, static_cast<int>(key.secret.size()));
    return key.secret.toQString();
}

// One block per key: its kind, then its fields with the values lined up.
void printKey(const RecoveryKey& key)
{
    QList<std::pair<QString, QString>> fields {
        { Cli::tr("ID:"), idText(key) },
        { Cli::tr("Key:"), keyText(key) },
        { Cli::tr("Volume GUID:"), key.volumeGuid ? key.volumeGuid->toString() : QString() },
        { Cli::tr("Identifier:"), key.identifier },
        { Cli::tr("Device:"), key.deviceName },
        { Cli::tr("Volume:"), key.volumeLabel },
        { Cli::tr("Created:"), isoUtc(key.created) },
        { Cli::tr("Source:"), key.source },
        { Cli::tr("Format:"), key.format },
    };
    qsizetype width = 0;
    for (const auto& [label, value] : std::as_const(fields))
        width = std::max(width, label.size());
    QString text = kindTitle(key.kind) + QLatin1Char('\n');
    for (const auto& [label, value] : std::as_const(fields))
        if (!value.isEmpty())
            text += QStringLiteral("  ") + label.leftJustified(width + 1) + value + QLatin1Char('\n');
    Cli::out(text);
    wipe(text);
    wipe(fields[1].second);
}

void printText(const QList<InspectedFile>& files)
{
    bool first = true;
    for (const InspectedFile& file : files) {
        for (const RecoveryKey& key : file.contents.keys) {
            if (!first)
                Cli::out(QString());
            first = false;
            printKey(key);
        }
    }
    for (const InspectedFile& file : files)
        for (const QString& problem : file.contents.problems)
            Cli::error(problem);
}

void printJson(const QList<InspectedFile>& files)
{
    QJsonArray keys;
    QJsonArray problems;
    for (const InspectedFile& file : files) {
        for (const RecoveryKey& key : file.contents.keys)
            keys.append(keyToJson(key));
        for (const QString& problem : file.contents.problems)
            problems.append(
                QJsonObject { { QStringLiteral("source"), file.path }, { QStringLiteral("message"), problem } });
    }
    Cli::json(
        QJsonDocument(QJsonObject { { QStringLiteral("keys"), keys }, { QStringLiteral("problems"), problems } }));
}

} // namespace

int runInspect(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("inspect"),
                     Cli::tr("Reads key material from files and lists the keys found: Windows recovery text files, "
                             ".BEK files, manage-bde output, PowerShell or Microsoft Graph JSON, fdesetup property "
                             "lists and FileVault text files, and the QR code of a recovery sheet in a photo or scan "
                             "(PNG, JPEG) or in the sheet PDF Keyhaven wrote, recognised by their content."));
    parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("The files to read."), Cli::tr("FILE…"));
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    // The parser takes the command name for the program's name: what remains are the files.
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        Cli::error(Cli::tr("inspect needs at least one file to read: keyhaven-cli inspect FILE…"));
        return UsageError;
    }

    QList<InspectedFile> files;
    for (const QString& path : paths)
        files.append({ path, KeyFile::read(path) });
    if (parser.isSet(QStringLiteral("json")))
        printJson(files);
    else
        printText(files);
    return exitCodeOf(files);
}

} // namespace keyhaven::cli
