// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryKeyReader.h"
#include "Volume.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyhaven {

// A path (or device) that is not listed as a volume, and why, in words for people.
struct VolumeProblem
{
    enum class Kind {
        NotEncrypted, // readable, but neither BitLocker nor FileVault (also: empty, all zeros)
        OtherEncryption, // encrypted with something else (LUKS), which Keyhaven does not handle
        Unsupported, // BitLocker or FileVault in a form not readable here (Windows Vista, APFS)
        Damaged, // the signature is there but the metadata is not intact (or the image is truncated)
        NotFound, // no such file or device
        PermissionDenied, // exists but may not be read
        IoError, // could not be opened or read (also: a folder)
    };
    QString path; // empty for a remark about a whole scan
    Kind kind = Kind::NotEncrypted;
    QString message; // translated
};

// Stable names for scripts: "not-encrypted", "other-encryption", "unsupported", "damaged", "not-found",
// "permission-denied", "io-error".
QString volumeProblemKindName(VolumeProblem::Kind kind);
// NotFound, PermissionDenied and IoError: the answer is not known, as opposed to "not a volume".
bool isEnvironmentProblem(VolumeProblem::Kind kind);

struct VolumeScan
{
    QList<Volume> volumes;
    QList<VolumeProblem> problems;
    QStringList unreadableDevices; // devices skipped by listVolumes() for lack of permission
};

// Where encrypted volumes come from: one implementation per platform.
class VolumeSource
{
    Q_DECLARE_TR_FUNCTIONS(VolumeSource)

public:
    VolumeSource() = default;
    virtual ~VolumeSource() = default;
    VolumeSource(const VolumeSource&) = delete;
    VolumeSource& operator=(const VolumeSource&) = delete;

    // The encrypted volumes of this computer. Devices that are not BitLocker or FileVault are left out
    // quietly; devices that could not be read are named once, in one problem, with what to do about it.
    virtual VolumeScan listVolumes() = 0;
    // Each given image file or device, as a volume or as a problem saying why it is not one.
    virtual VolumeScan readPaths(const QStringList& paths);

    // Whether the system itself hands over its volumes' recovery keys, with no secret (Windows, as
    // administrator). Elsewhere they are read from the drive with RecoveryKeyReader and a secret.
    virtual bool handsOverRecoveryKeys() const { return false; }
    // The recovery keys the system hands over for `volume` (only where handsOverRecoveryKeys()).
    virtual RecoveredKeys recoveryKeysOf(const Volume& volume);
};

// The source for the platform this was built for.
std::unique_ptr<VolumeSource> createVolumeSource();

} // namespace keyhaven
