// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVerifier.h"

#include "BitLockerMetadata.h"
#include "BitLockerUnlock.h"
#include "CryptsetupVolume.h"
#include "VolumeProbe.h"
#include "VolumeReader.h"

#include "platform/SafeFile.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

namespace {

Verification cannotCheck(const QString& message, std::optional<Volume> volume = std::nullopt)
{
    Verification result;
    result.outcome = Verification::Outcome::CannotCheck;
    result.message = message;
    result.volume = std::move(volume);
    return result;
}

QString describeProtector(const Protector& protector)
{
    return protector.type == ProtectorType::RecoveryPassword
        ? KeyVerifier::tr("the recovery key with ID %1").arg(protector.id.toString())
        : protector.type == ProtectorType::Password
        ? KeyVerifier::tr("the password protector %1").arg(protector.id.toString())
        : KeyVerifier::tr("the startup key %1").arg(protector.id.toString());
}

Verification verifyBitLocker(const BitLockerMetadata& metadata, const VolumeSecret& secret)
{
    Verification result;
    result.volume = metadata.volume;
    if (secret.kind == VolumeSecret::Kind::PersonalRecoveryKey) {
        result.outcome = Verification::Outcome::DoesNotOpen;
        result.message = KeyVerifier::tr("This is a FileVault key, and %1 is a BitLocker volume.").arg(metadata.volume.path);
        return result;
    }
    const BitLockerUnlock::Result unlock = BitLockerUnlock::open(metadata, secret);
    result.protectorsTried = unlock.protectorsTried;
    if (unlock.noVolumeKey)
        return cannotCheck(unlock.problem, metadata.volume);
    if (unlock.opened) {
        result.outcome = Verification::Outcome::Opens;
        result.protector = unlock.opened;
        result.message = KeyVerifier::tr("The key opens %1 through %2.").arg(metadata.volume.path,
                                                                             describeProtector(*unlock.opened));
        return result;
    }
    result.outcome = Verification::Outcome::DoesNotOpen;
    result.message = !unlock.problem.isEmpty()
        ? unlock.problem
        : KeyVerifier::tr("The key does not open %1: the drive has %n key(s) of this kind, and none accepts it.",
                         nullptr, unlock.protectorsTried)
              .arg(metadata.volume.path);
    return result;
}

Verification verifyFileVault(const Volume& volume, const VolumeSecret& secret)
{
    const QString& path = volume.path;
    Verification result;
    result.volume = volume;
    if (secret.kind != VolumeSecret::Kind::PersonalRecoveryKey && secret.kind != VolumeSecret::Kind::Password) {
        result.outcome = Verification::Outcome::DoesNotOpen;
        result.message = KeyVerifier::tr("This is a BitLocker key, and %1 is a FileVault volume.").arg(path);
        return result;
    }
    if (!QFileInfo(path).isReadable())
        return cannotCheck(KeyVerifier::tr("FileVault keys are checked by libcryptsetup, which reads the drive "
                                           "itself, and %1 can be read only with administrator rights: run "
                                           "“sudo keyhaven-cli verify” to check this key.")
                               .arg(path),
                           volume);
    return KeyVerifier::fromFileVaultAnswer(
        volume, CryptsetupVolume::tryPassphrase(path, CryptsetupVolume::Type::FileVault2, secret.material));
}

} // namespace

Verification KeyVerifier::fromFileVaultAnswer(const Volume& volume, const CryptsetupVolume::Result& answer)
{
    const QString& path = volume.path;
    Verification result;
    result.volume = volume;
    result.protectorsTried = 1;
    switch (answer.answer) {
    case CryptsetupVolume::Answer::Opens:
        result.outcome = Verification::Outcome::Opens;
        result.message = KeyVerifier::tr("The key opens the FileVault volume %1.").arg(path);
        return result;
    case CryptsetupVolume::Answer::NotConfirmed:
        result.outcome = Verification::Outcome::DoesNotOpen;
        result.message = KeyVerifier::tr("Could not confirm the key: it does not open the first user of the FileVault "
                                         "volume %1. If the volume has several users, macOS itself can still check "
                                         "it (fdesetup validaterecovery).")
                             .arg(path);
        return result;
    case CryptsetupVolume::Answer::Failed:
        return cannotCheck(tr("The key cannot be checked against the FileVault volume %1: reading it failed (%2). "
                              "The key was neither confirmed nor refused.")
                               .arg(path, SafeFile::systemError(answer.error)),
                           volume);
    default:
        break;
    }
    return cannotCheck(tr("The FileVault volume %1 cannot be checked on this system.").arg(path), volume);
}

namespace {

// The rest of a verification, once the path is known to hold a volume (or why it does not).
Verification verifyProbed(const ProbeResult& probe, const QString& volumePath, const VolumeSecret& secret)
{
    if (!probe.volume)
        return cannotCheck(probe.problem->message);
    if (probe.volume->type == VolumeType::FileVault)
        return verifyFileVault(*probe.volume, secret);

    const VolumeReader::Opened opened = VolumeReader::open(volumePath);
    if (!opened.device)
        return cannotCheck(opened.problem->message);
    const BitLockerMetadataReader::Result bitlocker = BitLockerMetadataReader::read(*opened.device, volumePath);
    if (!bitlocker.metadata)
        return cannotCheck(bitlocker.error);
    return verifyBitLocker(*bitlocker.metadata, secret);
}

} // namespace

QString outcomeName(Verification::Outcome outcome)
{
    switch (outcome) {
    case Verification::Outcome::Opens:
        return QStringLiteral("opens");
    case Verification::Outcome::DoesNotOpen:
        return QStringLiteral("does-not-open");
    case Verification::Outcome::CannotCheck:
        break;
    }
    return QStringLiteral("cannot-check");
}

Verification KeyVerifier::verify(const QString& volumePath, const VolumeSecret& secret)
{
    return verifyProbed(VolumeProbe::probePath(volumePath), volumePath, secret);
}

Verification KeyVerifier::verifyTyped(const QString& volumePath, const SecureBytes& typed)
{
    // The kind of volume decides how typed text is read; a volume that cannot be read answers for itself.
    const ProbeResult probe = VolumeProbe::probePath(volumePath);
    if (!probe.volume)
        return cannotCheck(probe.problem->message);

    const TypedSecret::Classified classified = TypedSecret::classify(typed, probe.volume->type);
    if (!classified.secret) {
        Verification invalid;
        invalid.outcome = Verification::Outcome::DoesNotOpen;
        invalid.volume = probe.volume;
        QStringList messages;
        for (const KeyProblem& problem : classified.problems)
            messages.append(problem.message);
        invalid.message = messages.join(QLatin1Char('\n'));
        return invalid;
    }
    return verifyProbed(probe, volumePath, *classified.secret);
}

QFuture<Verification> KeyVerifier::verifyInBackground(const QString& volumePath, const VolumeSecret& secret)
{
    return QtConcurrent::run([volumePath, secret] { return verify(volumePath, secret); });
}

} // namespace keyhaven
