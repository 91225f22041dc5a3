// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetadataHelper.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>

#include <atomic>
#include <variant>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyhaven {

namespace {

constexpr auto Format = "keyhaven-metadata-helper/1";
// Long enough for one operation (a verification probes, then reads the metadata), short enough that a drive
// swapped under the same name is read afresh.
constexpr qint64 AnswerLifetimeMs = 5 * 1000;
// pkexec waits for the person at the password prompt.
constexpr int PromptTimeoutMs = 10 * 60 * 1000;
constexpr int PkexecDismissed = 126;
constexpr int PkexecNotAuthorized = 127;

std::atomic_bool allowedFlag = false;
QMutex stateMutex;
std::function<void(const QString&)> announcerFunction;

struct CachedAnswer
{
    HelperAnswer answer;
    QElapsedTimer age;
};
QMap<QString, CachedAnswer> cache;

QString statusName(HelperAnswer::Status status)
{
    switch (status) {
    case HelperAnswer::Status::BitLocker:
        return QStringLiteral("bitlocker");
    case HelperAnswer::Status::CoreStorage:
        return QStringLiteral("corestorage");
    case HelperAnswer::Status::Refused:
        break;
    }
    return QStringLiteral("refused");
}

std::optional<HelperAnswer::Status> statusFromName(const QString& name)
{
    for (const auto status :
         { HelperAnswer::Status::BitLocker, HelperAnswer::Status::CoreStorage, HelperAnswer::Status::Refused })
        if (statusName(status) == name)
            return status;
    return std::nullopt;
}

std::optional<DeviceRegion> regionFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    bool ok = false;
    const quint64 offset = object.value(QStringLiteral("offset")).toString().toULongLong(&ok);
    const auto decoded = QByteArray::fromBase64Encoding(object.value(QStringLiteral("bytes")).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || !decoded)
        return std::nullopt;
    return DeviceRegion { offset, *decoded };
}

ProbeResult refusedProblem(const QString& path, VolumeProblem::Kind kind, const QString& message)
{
    ProbeResult result;
    result.problem = VolumeProblem { path, kind, message };
    return result;
}

ProbeResult resultFromAnswer(const QString& path, const HelperAnswer& answer)
{
    using Kind = VolumeProblem::Kind;
    if (answer.status != HelperAnswer::Status::Refused) {
        RegionDevice device(answer.regions);
        ProbeResult result = VolumeProbe::probeDevice(device, path);
        if (result.volume && result.volume->type == VolumeType::FileVault)
            result.volume->notes << MetadataHelper::tr("The logical volume family UUID is not shown: the helper "
                                                       "that read this drive hands back only its header.");
        return result;
    }
    if (answer.reason == QLatin1String("not-bitlocker-or-corestorage"))
        return refusedProblem(path, Kind::NotEncrypted,
                              MetadataHelper::tr("%1 is not a BitLocker or FileVault volume.").arg(path));
    if (answer.reason == QLatin1String("damaged"))
        return refusedProblem(path, Kind::Damaged,
                              MetadataHelper::tr("%1 has a BitLocker header, but none of its metadata copies is "
                                                 "intact.")
                                  .arg(path));
    if (answer.reason == QLatin1String("unsupported"))
        return refusedProblem(path, Kind::Unsupported,
                              MetadataHelper::tr("%1 is a BitLocker volume made by Windows Vista: that format "
                                                 "cannot be read here.")
                                  .arg(path));
    if (answer.reason == QLatin1String("not-found"))
        return refusedProblem(path, Kind::NotFound, MetadataHelper::tr("%1 does not exist.").arg(path));
    if (answer.reason == QLatin1String("not-a-block-device"))
        return refusedProblem(path, Kind::IoError,
                              MetadataHelper::tr("%1 is not a drive: administrator rights are asked for only to "
                                                 "read drives.")
                                  .arg(path));
    return refusedProblem(path, Kind::IoError,
                          MetadataHelper::tr("%1 could not be read even with administrator rights.").arg(path));
}

// Runs the helper once for `devices`; the answers, or one problem for all of them.
std::variant<QMap<QString, HelperAnswer>, std::pair<VolumeProblem::Kind, QString>>
runHelper(const QStringList& devices)
{
    using Kind = VolumeProblem::Kind;
    QStringList command = MetadataHelper::launcher();
    command << MetadataHelper::helperPath() << QStringLiteral("--") << devices;
    QProcess process;
    process.setProgram(command.takeFirst());
    process.setArguments(command);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted() || !process.waitForFinished(PromptTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::pair { Kind::IoError,
                           MetadataHelper::tr("The helper that reads drives with administrator rights did not run "
                                              "or did not finish: %1")
                               .arg(process.errorString()) };
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == PkexecDismissed)
        return std::pair { Kind::PermissionDenied,
                           MetadataHelper::tr("Administrator rights were not given (the password prompt was "
                                              "closed), so %n drive(s) could not be read.",
                                              nullptr, int(devices.size())) };
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == PkexecNotAuthorized)
        return std::pair { Kind::PermissionDenied,
                           MetadataHelper::tr("Administrator rights were refused, or there is no program to ask for "
                                              "them (a polkit authentication agent), so %n drive(s) could not be "
                                              "read.",
                                              nullptr, int(devices.size())) };
    if (auto answers = decodeHelperAnswers(process.readAllStandardOutput()))
        return *answers;
    return std::pair { Kind::IoError,
                       MetadataHelper::tr("The helper that reads drives with administrator rights failed: %1")
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()) };
}

} // namespace

QByteArray encodeHelperAnswers(const QList<std::pair<QString, HelperAnswer>>& answers)
{
    QJsonArray devices;
    for (const auto& [path, answer] : answers) {
        QJsonObject device { { QStringLiteral("path"), path }, { QStringLiteral("status"), statusName(answer.status) } };
        if (answer.status == HelperAnswer::Status::Refused)
            device.insert(QStringLiteral("reason"), answer.reason);
        QJsonArray regions;
        for (const DeviceRegion& region : answer.regions)
            regions.append(QJsonObject { { QStringLiteral("offset"), QString::number(region.offset) },
                                         { QStringLiteral("bytes"), QString::fromLatin1(region.bytes.toBase64()) } });
        device.insert(QStringLiteral("regions"), regions);
        devices.append(device);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("format"), QLatin1String(Format) },
                                       { QStringLiteral("devices"), devices } })
        .toJson(QJsonDocument::Compact);
}

std::optional<QMap<QString, HelperAnswer>> decodeHelperAnswers(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError
        || document.object().value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return std::nullopt;
    QMap<QString, HelperAnswer> answers;
    for (const QJsonValue& value : document.object().value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        const QString path = device.value(QStringLiteral("path")).toString();
        const auto status = statusFromName(device.value(QStringLiteral("status")).toString());
        if (path.isEmpty() || !status)
            return std::nullopt;
        HelperAnswer answer;
        answer.status = *status;
        answer.reason = device.value(QStringLiteral("reason")).toString();
        for (const QJsonValue& regionValue : device.value(QStringLiteral("regions")).toArray()) {
            const auto region = regionFromJson(regionValue);
            if (!region)
                return std::nullopt;
            answer.regions.append(*region);
        }
        answers.insert(path, answer);
    }
    return answers;
}

void MetadataHelper::setAllowed(bool allowed)
{
    allowedFlag = allowed;
}

bool MetadataHelper::usable()
{
#if defined(Q_OS_UNIX)
    const bool root = ::geteuid() == 0;
#else
    const bool root = false; // the helper is for Linux; elsewhere the system's own tools ask for rights
#endif
    return allowedFlag && !root && available();
}

bool MetadataHelper::available()
{
    const QStringList command = launcher();
    return QFileInfo(helperPath()).isExecutable() && (command.isEmpty() || QFileInfo(command.first()).isExecutable());
}

bool MetadataHelper::allowed()
{
    return allowedFlag;
}

QString MetadataHelper::offer(const QStringList& devices)
{
    return tr("Keyhaven can read the BitLocker or FileVault metadata of %1 with administrator rights: only the "
              "metadata that lists the volume and its protectors, not the files on it, and no key. The system will "
              "ask for an administrator's password.")
        .arg(devices.join(QStringLiteral(", ")));
}

bool MetadataHelper::usableFor(const QString& path)
{
#if defined(Q_OS_UNIX)
    struct stat info = {};
    return usable() && ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISBLK(info.st_mode);
#else
    Q_UNUSED(path);
    return false;
#endif
}

void MetadataHelper::forgetAnswers()
{
    const QMutexLocker lock(&stateMutex);
    cache.clear();
}

void MetadataHelper::setAnnouncer(std::function<void(const QString&)> announcer)
{
    const QMutexLocker lock(&stateMutex);
    announcerFunction = std::move(announcer);
}

QString MetadataHelper::announcement(const QStringList& devices)
{
    return tr("Asking for administrator rights to read the BitLocker or FileVault metadata of %1: only the "
              "metadata that lists the volume and its protectors, not the files on it, and no key.")
        .arg(devices.join(QStringLiteral(", ")));
}

namespace {

struct HelperCommand
{
    QString helper = QStringLiteral(KEYHAVEN_METADATA_HELPER_PATH);
    QStringList launcher { QStringLiteral("/usr/bin/pkexec") };
};

HelperCommand& helperCommand()
{
    static HelperCommand command;
    return command;
}

} // namespace

QString MetadataHelper::helperPath()
{
    return helperCommand().helper;
}

QStringList MetadataHelper::launcher()
{
    return helperCommand().launcher;
}

void MetadataHelper::setHelperCommand(const QString& helper, const QStringList& launcher)
{
    helperCommand() = { helper, launcher };
}

void MetadataHelper::useInstalledHelper()
{
    helperCommand() = {};
}

MetadataHelper::Answers MetadataHelper::answers(const QStringList& devices)
{
    Answers result;
    QStringList asking;
    std::function<void(const QString&)> announcer;
    {
        const QMutexLocker lock(&stateMutex);
        for (const QString& device : devices) {
            const auto cached = cache.constFind(device);
            if (cached != cache.cend() && !cached->age.hasExpired(AnswerLifetimeMs))
                result.answers.insert(device, cached->answer);
            else if (!asking.contains(device))
                asking.append(device);
        }
        announcer = announcerFunction;
    }
    if (asking.isEmpty())
        return result;
    if (announcer)
        announcer(announcement(asking));
    auto ran = runHelper(asking);
    if (auto* failure = std::get_if<std::pair<VolumeProblem::Kind, QString>>(&ran)) {
        result.failure = VolumeProblem { QString(), failure->first, failure->second };
        return result;
    }
    const auto& fresh = std::get<QMap<QString, HelperAnswer>>(ran);
    const QMutexLocker lock(&stateMutex);
    for (const QString& device : std::as_const(asking)) {
        const auto answer = fresh.constFind(device);
        if (answer == fresh.cend())
            continue;
        result.answers.insert(device, *answer);
        CachedAnswer& entry = cache[device];
        entry.answer = *answer;
        entry.age.start();
    }
    return result;
}

ProbeResult MetadataHelper::probeAnswer(const QString& device, const Answers& answers)
{
    if (answers.failure)
        return refusedProblem(device, answers.failure->kind, answers.failure->message);
    const auto answer = answers.answers.constFind(device);
    if (answer == answers.answers.cend())
        return refusedProblem(device, VolumeProblem::Kind::IoError,
                              tr("The helper that reads drives with administrator rights gave no answer about %1.")
                                  .arg(device));
    return resultFromAnswer(device, *answer);
}

QMap<QString, ProbeResult> MetadataHelper::probe(const QStringList& devices)
{
    const Answers all = answers(devices);
    QMap<QString, ProbeResult> results;
    for (const QString& device : devices)
        results.insert(device, probeAnswer(device, all));
    return results;
}

std::unique_ptr<QIODevice> MetadataHelper::open(const QString& device, VolumeProblem* problem)
{
    const Answers all = answers({ device });
    const ProbeResult probed = probeAnswer(device, all);
    if (probed.problem) {
        *problem = *probed.problem;
        return nullptr;
    }
    return std::make_unique<RegionDevice>(all.answers.value(device).regions);
}

} // namespace keyhaven
