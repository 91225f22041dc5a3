// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacVolumeSource.h"

#include "MacPlist.h"
#include "keys/PersonalRecoveryKey.h"
#include "platform/ProcessRunner.h"

#include <QDateTime>
#include <QRegularExpression>

namespace keyhaven {

namespace {

using Status = MacVolumeSource::Result::Status;

constexpr int AuthenticationErrorCode = 11;
constexpr int CouldNotChangeCode = 26;

// Holds a tool's output and wipes it on every way out.
struct WipedBytes
{
    QByteArray bytes;
    ~WipedBytes() { wipe(bytes); }
};

QString lastLine(const QByteArray& output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return QString::fromUtf8(lines.last()).trimmed();
}

QString firstLine(const QByteArray& output)
{
    return QString::fromUtf8(output.trimmed().split('\n').first()).trimmed().left(200);
}

bool finishedNormally(const ProcessRunner::Result& run)
{
    return run.started && !run.timedOut && !run.crashed;
}

// Whether fdesetup refused because it was not run as root. Only called on failures, when the output
// holds no key.
bool mentionsRoot(const QByteArray& stdErr, const QByteArray& stdOut)
{
    const QString text = QString::fromUtf8(stdErr) + QLatin1Char('\n') + QString::fromUtf8(stdOut);
    for (const char* marker : {"root", "sudo", "superuser", "not permitted", "privilege"})
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    return false;
}

QString percentIn(const QString& line)
{
    static const QRegularExpression percent(QStringLiteral("Percent completed\\s*=\\s*([0-9.]+)"));
    const QRegularExpressionMatch match = percent.match(line);
    return match.hasMatch() ? match.captured(1) : QStringLiteral("?");
}

struct FileVaultStatus
{
    bool on = false;
    bool off = false;
    bool converting = false;
    QStringList notes;
};

FileVaultStatus parseStatus(const QByteArray& output)
{
    FileVaultStatus status;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("FileVault is On"))) {
            status.on = true;
        } else if (line.startsWith(QLatin1String("FileVault is Off"))) {
            status.off = true;
        } else if (line.startsWith(QLatin1String("Encryption in progress"))) {
            status.converting = true;
            status.notes.append(MacVolumeSource::tr("Encryption is in progress (%1 % done).").arg(percentIn(line)));
        } else if (line.startsWith(QLatin1String("Decryption in progress"))) {
            status.converting = true;
            status.notes.append(MacVolumeSource::tr("FileVault is being turned off: decryption is in progress "
                                                    "(%1 % done).").arg(percentIn(line)));
        } else if (line.contains(QLatin1String("paused"), Qt::CaseInsensitive)) {
            status.converting = true;
            status.notes.append(MacVolumeSource::tr("Encryption or decryption is paused."));
        }
    }
    return status;
}

QString whyNotAnswered(const ProcessRunner::Result& run)
{
    if (!run.started)
        return MacVolumeSource::tr("fdesetup was not found");
    if (run.timedOut || run.crashed)
        return MacVolumeSource::tr("fdesetup did not finish");
    if (mentionsRoot(run.stdErr, run.stdOut))
        return MacVolumeSource::tr("that needs administrator rights");
    return MacVolumeSource::tr("fdesetup answered with exit code %1").arg(run.exitCode);
}

void addRecoveryKeyNotes(const MacVolumeSource::Result& result, const QString& whyNot, Volume& volume)
{
    if (!result.hasPersonalRecoveryKey)
        volume.notes.append(MacVolumeSource::tr("Whether a personal recovery key is set could not be checked: %1.")
                                .arg(whyNot));
    else if (*result.hasPersonalRecoveryKey)
        volume.notes.append(MacVolumeSource::tr("A personal recovery key is set. macOS cannot show it again: keep "
                                                "a copy of it, or make a new one."));
    else
        volume.notes.append(MacVolumeSource::tr("No personal recovery key is set."));
    if (result.hasInstitutionalRecoveryKey.value_or(false))
        volume.notes.append(MacVolumeSource::tr("An institutional recovery key is installed."));
}

MacVolumeSource::Result failure(Status status, const QString& error)
{
    MacVolumeSource::Result result;
    result.status = status;
    result.error = error;
    return result;
}

MacVolumeSource::Validation validation(MacVolumeSource::Validation::Outcome outcome, const QString& message)
{
    return {outcome, message};
}

MacVolumeSource::Change change(MacVolumeSource::Change::Outcome outcome, const QString& message)
{
    MacVolumeSource::Change result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

RecoveryKey newRecoveryKey(const macplist::Dict& output)
{
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.secret = output.secret;
    key.format = QStringLiteral("fdesetup-plist");
    // The same fields as the fdesetup-plist reader in core/formats takes from a saved copy.
    key.id = KeyId::parse(output.values.value(QStringLiteral("HardwareUUID")));
    key.identifier = output.values.value(QStringLiteral("SerialNumber"));
    key.volumeGuid = KeyId::parse(output.values.value(QStringLiteral("LVUUID"),
                                                      output.values.value(QStringLiteral("PVUUID"))));
    key.created = QDateTime::currentDateTimeUtc(); // made just now; EnabledDate is when FileVault was
    return key;
}

} // namespace

MacVolumeSource::MacVolumeSource()
    : m_ownRunner(std::make_unique<SystemProcessRunner>())
    , m_runner(*m_ownRunner)
    , m_timeoutMs(DefaultTimeoutMs)
{
}

MacVolumeSource::MacVolumeSource(ProcessRunner& runner, int timeoutMs)
    : m_runner(runner)
    , m_timeoutMs(timeoutMs)
{
}

MacVolumeSource::~MacVolumeSource() = default;

VolumeScan MacVolumeSource::listVolumes()
{
    Result result = list();
    VolumeScan scan;
    scan.volumes = std::move(result.volumes);
    if (result.status != Status::Ok)
        scan.problems.append({QString(), VolumeProblem::Kind::IoError, result.error});
    return scan;
}

MacVolumeSource::Result MacVolumeSource::list()
{
    const ProcessRunner::Result run = m_runner.run(fdesetupProgram(), {QStringLiteral("status")}, {}, m_timeoutMs);
    if (!run.started)
        return failure(Status::ToolMissing, tr("fdesetup was not found: FileVault can only be read on a Mac."));
    if (run.timedOut || run.crashed)
        return failure(Status::ToolFailed, tr("fdesetup status did not finish."));
    const FileVaultStatus status = parseStatus(run.stdOut);
    if (!status.on && !status.off && !status.converting) {
        if (run.exitCode != 0)
            return failure(Status::ToolFailed, tr("fdesetup status failed (exit code %1): %2")
                                                   .arg(run.exitCode).arg(firstLine(run.stdErr + run.stdOut)));
        return failure(Status::BadOutput, tr("fdesetup status printed neither “FileVault is On.” nor “FileVault is "
                                             "Off.”"));
    }
    Result result;
    result.fileVaultOn = status.on || status.converting;
    if (!result.fileVaultOn)
        return result;

    QString whyNot;
    QString ignored;
    result.hasPersonalRecoveryKey = askTrueFalse(QStringLiteral("haspersonalrecoverykey"), &whyNot);
    result.hasInstitutionalRecoveryKey = askTrueFalse(QStringLiteral("hasinstitutionalrecoverykey"), &ignored);
    Volume volume;
    volume.type = VolumeType::FileVault;
    volume.path = QStringLiteral("/");
    describeStartupVolume(volume);
    volume.notes.append(status.notes);
    addRecoveryKeyNotes(result, whyNot, volume);
    result.volumes.append(volume);
    return result;
}

std::optional<bool> MacVolumeSource::askTrueFalse(const QString& verb, QString* whyNot)
{
    const ProcessRunner::Result run = m_runner.run(fdesetupProgram(), {verb}, {}, m_timeoutMs);
    if (finishedNormally(run) && run.exitCode == 0) {
        const QString answer = lastLine(run.stdOut);
        if (answer == QLatin1String("true"))
            return true;
        if (answer == QLatin1String("false"))
            return false;
    }
    *whyNot = whyNotAnswered(run);
    return std::nullopt;
}

void MacVolumeSource::describeStartupVolume(Volume& volume)
{
    const QStringList args{QStringLiteral("info"), QStringLiteral("-plist"), QStringLiteral("/")};
    const ProcessRunner::Result run = m_runner.run(diskutilProgram(), args, {}, m_timeoutMs);
    const macplist::Dict info = finishedNormally(run) && run.exitCode == 0 ? macplist::readDict(run.stdOut)
                                                                           : macplist::Dict{};
    if (!info.ok) {
        volume.notes.append(tr("The startup volume's name and UUID could not be read from diskutil."));
        return;
    }
    volume.description = info.values.value(QStringLiteral("VolumeName"));
    volume.guid = KeyId::parse(info.values.value(QStringLiteral("VolumeUUID")));
    const QString mountPoint = info.values.value(QStringLiteral("MountPoint"));
    if (!mountPoint.isEmpty())
        volume.path = mountPoint;
}

MacVolumeSource::Validation MacVolumeSource::validateRecoveryKey(const PersonalRecoveryKey& key)
{
    using Outcome = Validation::Outcome;
    const std::optional<SecureBytes> input = macplist::writeStringDict({{"Password", key.canonical().view()}});
    if (!input)
        return validation(Outcome::CannotCheck, tr("The key holds characters that cannot be passed to fdesetup."));
    const QStringList args{QStringLiteral("validaterecovery"), QStringLiteral("-inputplist")};
    const ProcessRunner::Result run = m_runner.run(fdesetupProgram(), args, *input, m_timeoutMs);
    if (!run.started)
        return validation(Outcome::CannotCheck, tr("fdesetup was not found: the key can only be checked on the Mac "
                                                   "it belongs to. It was not checked."));
    if (run.timedOut || run.crashed)
        return validation(Outcome::CannotCheck, tr("fdesetup did not finish, so the key was not checked."));
    const QString answer = lastLine(run.stdOut);
    if (answer == QLatin1String("true") && run.exitCode == 0)
        return validation(Outcome::Valid, tr("macOS confirmed that this key unlocks this Mac's FileVault volume."));
    if (mentionsRoot(run.stdErr, run.stdOut))
        return validation(Outcome::CannotCheck, tr("Checking the key on this Mac needs administrator rights. It was "
                                                   "not checked."));
    if (answer == QLatin1String("false"))
        return validation(Outcome::Invalid, tr("macOS says that this key does not unlock this Mac's FileVault "
                                               "volume."));
    return validation(Outcome::CannotCheck, tr("fdesetup could not check the key (exit code %1): %2")
                                                .arg(run.exitCode).arg(firstLine(run.stdErr + run.stdOut)));
}

MacVolumeSource::Change MacVolumeSource::changeRecoveryKey(const QString& username, const SecureBytes& password)
{
    using Outcome = Change::Outcome;
    const QByteArray user = username.toUtf8();
    const std::optional<SecureBytes> input = macplist::writeStringDict(
        {{"Username", std::string_view(user.constData(), std::size_t(user.size()))}, {"Password", password.view()}});
    if (!input)
        return change(Outcome::Failed, tr("The user name or password holds a control character that cannot be "
                                          "passed to fdesetup. Nothing was changed."));
    const QStringList args{QStringLiteral("changerecovery"), QStringLiteral("-personal"),
                           QStringLiteral("-outputplist"), QStringLiteral("-inputplist")};
    ProcessRunner::Result run = m_runner.run(fdesetupProgram(), args, *input, 2 * m_timeoutMs);
    const WipedBytes output{std::move(run.stdOut)};
    if (!run.started)
        return change(Outcome::ToolMissing, tr("fdesetup was not found: the key can only be changed on a Mac. "
                                               "Nothing was changed."));
    if (run.timedOut || run.crashed)
        return change(Outcome::Uncertain, tr("fdesetup did not finish, so it is not known whether the personal "
                                             "recovery key was changed. Make a new key before relying on any copy."));
    if (run.exitCode == CouldNotChangeCode)
        return change(Outcome::NotChanged, tr("The personal recovery key could not be changed. The old key still "
                                              "applies."));
    if (run.exitCode == AuthenticationErrorCode)
        return change(Outcome::AuthenticationFailed, tr("The user name or password was not accepted. The personal "
                                                        "recovery key was not changed."));
    if (run.exitCode != 0) {
        if (mentionsRoot(run.stdErr, output.bytes)) // no key in the output on failure
            return change(Outcome::NeedsRoot, tr("Changing the personal recovery key needs administrator rights. "
                                                 "Nothing was changed."));
        return change(Outcome::Failed, tr("fdesetup could not change the personal recovery key (exit code %1): %2")
                                           .arg(run.exitCode).arg(firstLine(run.stdErr)));
    }
    const macplist::Dict plist = macplist::readDict(output.bytes, u"RecoveryKey");
    if (!plist.hasSecret || plist.secret.isEmpty())
        return change(Outcome::Uncertain, tr("fdesetup reported success, but its output holds no new recovery key. "
                                             "The key has probably been changed: make a new one and keep that "
                                             "copy."));
    Change result = change(Outcome::Changed, tr("A new personal recovery key was made. The old key no longer "
                                                "unlocks this Mac."));
    result.key = newRecoveryKey(plist);
    return result;
}

} // namespace keyhaven
