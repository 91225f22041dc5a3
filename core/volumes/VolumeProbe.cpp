// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeProbe.h"

#include "BitLockerMetadata.h"
#include "ByteView.h"
#include "CoreStorage.h"
#include "CryptsetupVolume.h"
#include "MetadataHelper.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyhaven {

namespace {

// Enough for every signature looked at: BitLocker and CoreStorage in the first 512 bytes, a GPT header
// at 512 or 4096.
constexpr qint64 ProbeSize = 8192;
constexpr qsizetype MinimumVolumeSize = 512;
constexpr QByteArrayView LuksMagic("LUKS\xba\xbe");
constexpr QByteArrayView ApfsMagic("NXSB");
constexpr qsizetype ApfsMagicOffset = 32;
constexpr QByteArrayView GptSignature("EFI PART");

ProbeResult problem(const QString& path, VolumeProblem::Kind kind, const QString& message)
{
    ProbeResult result;
    result.problem = VolumeProblem { path, kind, message };
    return result;
}

ProbeResult found(Volume volume)
{
    ProbeResult result;
    result.volume = std::move(volume);
    return result;
}

ProbeResult probeBitLocker(QIODevice& device, const QString& path)
{
    using Status = BitLockerMetadataReader::Result::Status;
    using Kind = VolumeProblem::Kind;
    const BitLockerMetadataReader::Result read = BitLockerMetadataReader::read(device, path);
    switch (read.status) {
    case Status::Ok:
        return found(read.metadata->volume);
    case Status::NotBitLocker:
        return problem(path, Kind::NotEncrypted, read.error);
    case Status::Unsupported:
        return problem(path, Kind::Unsupported, read.error);
    case Status::Damaged:
        return problem(path, Kind::Damaged, read.error);
    case Status::ReadError:
        break;
    }
    return problem(path, Kind::IoError, read.error);
}

ProbeResult probeCoreStorage(QIODevice& device, const QString& path)
{
    using Status = CoreStorageReader::Result::Status;
    using Kind = VolumeProblem::Kind;
    const CoreStorageReader::Result read = CoreStorageReader::read(device, path);
    switch (read.status) {
    case Status::Ok: {
        Volume volume = *read.volume;
        volume.notes << (CryptsetupVolume::isAvailable()
                             ? VolumeProbe::tr("FileVault's users and its personal recovery key are kept in encrypted "
                                               "metadata, which is not listed here. A key can still be checked against "
                                               "this volume.")
                             : VolumeProbe::tr("FileVault's users and its personal recovery key are kept in encrypted "
                                               "metadata, which is not listed here. Keys cannot be checked against "
                                               "FileVault volumes on this system."));
        return found(volume);
    }
    case Status::NotCoreStorage:
        return problem(path, Kind::NotEncrypted, read.error);
    case Status::Damaged:
        return problem(path, Kind::Damaged, read.error);
    case Status::ReadError:
        break;
    }
    return problem(path, Kind::IoError, read.error);
}

// Says what the start of a device holds when it is neither BitLocker nor CoreStorage.
ProbeResult describeOther(ByteView start, const QString& path)
{
    using Kind = VolumeProblem::Kind;
    if (start.startsWithAt(0, LuksMagic))
        return problem(path, Kind::OtherEncryption,
                       VolumeProbe::tr("%1 is a LUKS volume (Linux disk encryption), not BitLocker or FileVault: "
                                       "Keyhaven does not handle LUKS keys.")
                           .arg(path));
    if (start.startsWithAt(ApfsMagicOffset, ApfsMagic))
        return problem(path, Kind::Unsupported,
                       VolumeProbe::tr("%1 is an APFS container. FileVault on APFS cannot be read on this system: "
                                       "use fdesetup on the Mac itself.")
                           .arg(path));
    const QByteArrayView bytes = start.bytes();
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; }))
        return problem(path, Kind::NotEncrypted,
                       VolumeProbe::tr("%1 holds only zeros at its start: it is not a BitLocker or FileVault volume "
                                       "(an empty or wiped disk?).")
                           .arg(path));
    if (start.startsWithAt(512, GptSignature) || start.startsWithAt(4096, GptSignature))
        return problem(path, Kind::NotEncrypted,
                       VolumeProbe::tr("%1 is a whole disk with a partition table, not a volume: give one of its "
                                       "partitions (such as /dev/sdb1), or give no path to look at every device.")
                           .arg(path));
    if (start.size() < MinimumVolumeSize)
        return problem(path, Kind::NotEncrypted,
                       VolumeProbe::tr("%1 is far too small to be a BitLocker or FileVault volume: it holds only "
                                       "%n byte(s).",
                                       nullptr, static_cast<int>(start.size()))
                           .arg(path));
    return problem(path, Kind::NotEncrypted,
                   VolumeProbe::tr("%1 is not a BitLocker or FileVault volume: it starts with no signature of "
                                   "either.")
                       .arg(path));
}

#if defined(Q_OS_UNIX)
bool isBlockDevice(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISBLK(info.st_mode);
}

ProbeResult openFailure(const QString& path, int error)
{
    using Kind = VolumeProblem::Kind;
    if (error == EACCES || error == EPERM) {
        if (isBlockDevice(path) && ::geteuid() == 0)
            return problem(path, Kind::PermissionDenied,
                           VolumeProbe::tr("%1 cannot be read even with administrator rights: the system does not "
                                           "allow it here (a container, or a security policy).")
                               .arg(path));
        if (isBlockDevice(path))
            return problem(path, Kind::PermissionDenied,
                           VolumeProbe::tr("%1 cannot be read: permission denied. Run with administrator rights "
                                           "(sudo or pkexec), or add your user to the “disk” group.")
                               .arg(path));
        return problem(path, Kind::PermissionDenied,
                       VolumeProbe::tr("%1 cannot be read: permission denied.").arg(path));
    }
#if defined(ENOMEDIUM)
    if (error == ENOMEDIUM)
        return problem(path, Kind::IoError, VolumeProbe::tr("%1 has no medium in it.").arg(path));
#endif
    return problem(path, Kind::IoError,
                   VolumeProbe::tr("Could not open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
}
#endif

// Opens read-only; on Unix through open(2), so that "permission denied" can be told apart.
std::optional<ProbeResult> openForReading(const QString& path, QFile& file)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return openFailure(path, errno);
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return problem(path, VolumeProblem::Kind::IoError,
                       VolumeProbe::tr("Could not open %1: %2").arg(path, file.errorString()));
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return problem(path, VolumeProblem::Kind::IoError,
                       VolumeProbe::tr("Could not open %1: %2").arg(path, file.errorString()));
#endif
    return std::nullopt;
}

void addFamilyUuid(Volume& volume)
{
    if (!CoreStorageReader::canReadFamilyUuid())
        return;
    if (const auto family = CoreStorageReader::familyUuid(volume.path))
        volume.notes.prepend(
            VolumeProbe::tr("Logical volume family UUID: %1").arg(family->toString(QUuid::WithoutBraces).toUpper()));
    else
        volume.notes.prepend(VolumeProbe::tr("The encrypted CoreStorage metadata could not be read: this volume "
                                             "may not use FileVault encryption."));
}

} // namespace

ProbeResult VolumeProbe::probePath(const QString& path)
{
    ProbeResult result = probeDirectly(path);
    if (result.problem && result.problem->kind == VolumeProblem::Kind::PermissionDenied && MetadataHelper::usableFor(path))
        return MetadataHelper::probe({ path }).value(path);
    return result;
}

ProbeResult VolumeProbe::probeDirectly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return problem(path, VolumeProblem::Kind::NotFound, tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return problem(path, VolumeProblem::Kind::IoError,
                       tr("%1 is a folder. Give an image file or a device, such as /dev/sdb1.").arg(path));
    QFile file;
    if (auto failure = openForReading(path, file))
        return *failure;
    ProbeResult result = probeDevice(file, path);
    file.close();
    if (result.volume && result.volume->type == VolumeType::FileVault)
        addFamilyUuid(*result.volume);
    return result;
}

ProbeResult VolumeProbe::probeDevice(QIODevice& device, const QString& path)
{
    const DeviceRead start = readAt(device, 0, ProbeSize);
    if (start.status == DeviceRead::Status::Error)
        return problem(path, VolumeProblem::Kind::IoError, tr("Could not read %1: %2").arg(path, device.errorString()));
    if (start.bytes.isEmpty())
        return problem(path, VolumeProblem::Kind::NotEncrypted, tr("%1 is empty.").arg(path));
    if (BitLockerMetadataReader::looksLikeBitLocker(start.bytes))
        return probeBitLocker(device, path);
    if (CoreStorageReader::looksLikeCoreStorage(start.bytes))
        return probeCoreStorage(device, path);
    return describeOther(ByteView(start.bytes), path);
}

} // namespace keyhaven
