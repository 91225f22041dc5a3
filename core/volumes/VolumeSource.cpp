// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeSource.h"

#include "VolumeProbe.h"

namespace keyhaven {

QString volumeProblemKindName(VolumeProblem::Kind kind)
{
    switch (kind) {
    case VolumeProblem::Kind::NotEncrypted:
        return QStringLiteral("not-encrypted");
    case VolumeProblem::Kind::OtherEncryption:
        return QStringLiteral("other-encryption");
    case VolumeProblem::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case VolumeProblem::Kind::Damaged:
        return QStringLiteral("damaged");
    case VolumeProblem::Kind::NotFound:
        return QStringLiteral("not-found");
    case VolumeProblem::Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case VolumeProblem::Kind::IoError:
        break;
    }
    return QStringLiteral("io-error");
}

bool isEnvironmentProblem(VolumeProblem::Kind kind)
{
    return kind == VolumeProblem::Kind::NotFound || kind == VolumeProblem::Kind::PermissionDenied
        || kind == VolumeProblem::Kind::IoError;
}

VolumeScan VolumeSource::readPaths(const QStringList& paths)
{
    VolumeScan scan;
    for (const QString& path : paths) {
        ProbeResult result = VolumeProbe::probePath(path);
        if (result.volume)
            scan.volumes.append(std::move(*result.volume));
        else if (result.problem)
            scan.problems.append(std::move(*result.problem));
    }
    return scan;
}

RecoveredKeys VolumeSource::recoveryKeysOf(const Volume& volume)
{
    RecoveredKeys none;
    none.outcome = RecoveredKeys::Outcome::CannotRead;
    none.volume = volume;
    none.message = tr("This system does not hand over the recovery keys of its drives: read them from the drive "
                      "with its password or startup key.");
    return none;
}

#if !defined(Q_OS_LINUX)
namespace {

// Until the Windows and macOS sources exist: image files and devices given by path only.
class PathVolumeSource : public VolumeSource
{
    Q_DECLARE_TR_FUNCTIONS(PathVolumeSource)

public:
    VolumeScan listVolumes() override
    {
        VolumeScan scan;
        scan.problems.append({ QString(), VolumeProblem::Kind::IoError,
                               tr("Listing this computer's volumes is not available on this system yet: give the "
                                  "image files or devices to look at.") });
        return scan;
    }
};

} // namespace

std::unique_ptr<VolumeSource> createVolumeSource()
{
    return std::make_unique<PathVolumeSource>();
}
#endif

} // namespace keyhaven
