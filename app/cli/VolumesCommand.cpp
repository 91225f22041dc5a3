// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli volumes: lists BitLocker and FileVault volumes and their protectors.
#include "Cli.h"
#include "KeyJson.h"

#include "volumes/VolumeSource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

namespace {

QString protectorLabel(const Protector& protector)
{
    switch (protector.type) {
    case ProtectorType::RecoveryPassword:
        return Cli::tr("recovery password (the 48-digit recovery key)");
    case ProtectorType::Password:
        return Cli::tr("password");
    case ProtectorType::StartupKey:
        return Cli::tr("startup key (.BEK file)");
    case ProtectorType::Tpm:
        return Cli::tr("TPM");
    case ProtectorType::TpmPin:
        return Cli::tr("TPM and PIN");
    case ProtectorType::SmartCard:
        return Cli::tr("smart card");
    case ProtectorType::ClearKey:
        return Cli::tr("clear key (protection suspended)");
    case ProtectorType::Unknown:
        break;
    }
    return Cli::tr("unknown kind (0x%1)").arg(protector.rawType, 4, 16, QLatin1Char('0'));
}

QString volumeTypeLabel(const Volume& volume)
{
    if (volume.type == VolumeType::FileVault)
        return Cli::tr("FileVault 2 (CoreStorage)");
    return volume.bitLockerToGo ? Cli::tr("BitLocker To Go") : Cli::tr("BitLocker");
}

QString timeLabel(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")) + QStringLiteral(" UTC")
                          : Cli::tr("not known");
}

QString describe(const Volume& volume)
{
    const QString unknown = Cli::tr("not known");
    QStringList lines { volume.path };
    QList<std::pair<QString, QString>> fields;
    const auto field = [&fields](const QString& label, const QString& value) { fields.append({ label, value }); };
    field(Cli::tr("Type:"), volumeTypeLabel(volume));
    field(Cli::tr("GUID:"), volume.guid ? volume.guid->toString() : unknown);
    if (volume.type == VolumeType::BitLocker || !volume.description.isEmpty())
        field(Cli::tr("Description:"), volume.description.isEmpty() ? unknown : volume.description);
    if (volume.type == VolumeType::BitLocker || volume.created.isValid())
        field(Cli::tr("Created:"), timeLabel(volume.created));
    field(Cli::tr("Encryption:"), volume.encryption.isEmpty() ? unknown : volume.encryption);
    if (volume.type == VolumeType::BitLocker || !volume.protectors.isEmpty())
        field(Cli::tr("Protectors:"), QString::number(volume.protectors.size()));
    qsizetype width = 0;
    for (const auto& [label, value] : std::as_const(fields))
        width = std::max(width, label.size());
    for (const auto& [label, value] : std::as_const(fields))
        lines << QStringLiteral("  %1 %2").arg(label.leftJustified(width), value);
    for (const Protector& protector : volume.protectors)
        lines << QStringLiteral("    %1  %2").arg(protector.id.toString(), protectorLabel(protector));
    for (const QString& note : volume.notes)
        lines << QStringLiteral("  %1 %2").arg(Cli::tr("Note:"), note);
    return lines.join(QLatin1Char('\n'));
}

void printText(const VolumeScan& scan)
{
    QStringList blocks;
    for (const Volume& volume : scan.volumes)
        blocks << describe(volume);
    if (!blocks.isEmpty())
        Cli::out(blocks.join(QStringLiteral("\n\n")));
    for (const VolumeProblem& problem : scan.problems)
        Cli::error(problem.message);
}

QJsonObject problemToJson(const VolumeProblem& problem, const VolumeScan& scan)
{
    QJsonObject object {
        { QStringLiteral("path"), problem.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.path) },
        { QStringLiteral("reason"), volumeProblemKindName(problem.kind) },
        { QStringLiteral("message"), problem.message },
    };
    if (problem.path.isEmpty() && problem.kind == VolumeProblem::Kind::PermissionDenied)
        object.insert(QStringLiteral("paths"), QJsonArray::fromStringList(scan.unreadableDevices));
    return object;
}

void printJson(const VolumeScan& scan)
{
    QJsonArray volumes;
    for (const Volume& volume : scan.volumes)
        volumes.append(volumeToJson(volume));
    QJsonArray problems;
    for (const VolumeProblem& problem : scan.problems)
        problems.append(problemToJson(problem, scan));
    Cli::json(QJsonDocument(
        QJsonObject { { QStringLiteral("volumes"), volumes }, { QStringLiteral("problems"), problems } }));
}

bool anyEnvironmentProblem(const VolumeScan& scan)
{
    return std::any_of(scan.problems.cbegin(), scan.problems.cend(),
                       [](const VolumeProblem& problem) { return isEnvironmentProblem(problem.kind); });
}

// Named paths: an unreadable one (3) wins over one that is not a volume (1). A scan: any volume found
// is a success; finding nothing while some devices could not be read is not a reliable "no" (3).
int exitCodeFor(const VolumeScan& scan, bool namedPaths)
{
    if (namedPaths) {
        if (anyEnvironmentProblem(scan))
            return Environment;
        return scan.problems.isEmpty() && !scan.volumes.isEmpty() ? Success : Negative;
    }
    if (!scan.volumes.isEmpty())
        return Success;
    return anyEnvironmentProblem(scan) ? Environment : Negative;
}

} // namespace

int runVolumes(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("volumes"),
                     Cli::tr("Lists BitLocker and FileVault 2 volumes with their protectors: the image files or "
                             "devices given, or else every block device of this computer."));
    parser.addPositionalArgument(QStringLiteral("path"), Cli::tr("Image files or devices to look at."),
                                 QStringLiteral("[PATH…]"));
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;

    const QStringList paths = parser.positionalArguments();
    const std::unique_ptr<VolumeSource> source = createVolumeSource();
    const VolumeScan scan = paths.isEmpty() ? source->listVolumes() : source->readPaths(paths);
    if (parser.isSet(QStringLiteral("json")))
        printJson(scan);
    else
        printText(scan);
    if (!parser.isSet(QStringLiteral("json")) && paths.isEmpty() && scan.volumes.isEmpty())
        Cli::error(scan.unreadableDevices.isEmpty()
                       ? Cli::tr("No BitLocker or FileVault volume was found.")
                       : Cli::tr("No BitLocker or FileVault volume was found on the devices that could be read."));
    return exitCodeFor(scan, !paths.isEmpty());
}

} // namespace keyhaven::cli
