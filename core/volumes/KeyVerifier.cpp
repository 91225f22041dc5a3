// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVerifier.h"

#include "BitLockerMetadata.h"
#include "BitLockerUnlock.h"
#include "CryptsetupVolume.h"

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

// Why a path cannot be opened for reading, in words for people; empty when it can.
QString unreadableReason(const QString& path, QFile& file)
{
    const QFileInfo info(path);
    if (!info.exists())
        return KeyVerifier::tr("%1 does not exist.").arg(path);
    if (info.isDir())
        return KeyVerifier::tr("%1 is a folder, not a volume or a disk image.").arg(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::OpenError && !info.isReadable())
            return KeyVerifier::tr("You do not have permission to read %1. Run Keyhaven as an administrator "
                                   "(for example with sudo or pkexec), or ask to be added to the “disk” group.")
                .arg(path);
        return KeyVerifier::tr("%1 could not be read: %2").arg(path, file.errorString());
    }
    return {};
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
        : KeyVerifier::tr("The key does not open %1: %n fitting protector(s) tried.", nullptr, unlock.protectorsTried)
              .arg(metadata.volume.path);
    return result;
}

Verification verifyFileVault(const QString& path, const VolumeSecret& secret)
{
    Verification result;
    Volume volume;
    volume.path = path;
    volume.type = VolumeType::FileVault;
    result.volume = volume;
    if (secret.kind != VolumeSecret::Kind::PersonalRecoveryKey && secret.kind != VolumeSecret::Kind::Password) {
        result.outcome = Verification::Outcome::DoesNotOpen;
        result.message = KeyVerifier::tr("This is a BitLocker key, and %1 is a FileVault volume.").arg(path);
        return result;
    }
    result.protectorsTried = 1;
    switch (CryptsetupVolume::tryPassphrase(path, CryptsetupVolume::Type::FileVault2, secret.material)) {
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
    default:
        return cannotCheck(KeyVerifier::tr("The FileVault volume %1 cannot be checked on this system.").arg(path),
                           volume);
    }
}

enum class OtherVolume { Unknown, Luks, Apfs };

// Recognises volumes that are something else, so that the message can say what they are.
OtherVolume otherVolumeKind(QFile& file)
{
    file.seek(0);
    const QByteArray head = file.read(4096);
    if (head.startsWith(QByteArrayLiteral("LUKS\xba\xbe")))
        return OtherVolume::Luks;
    if (head.size() >= 36 && head.mid(32, 4) == QByteArrayLiteral("NXSB"))
        return OtherVolume::Apfs;
    return OtherVolume::Unknown;
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
    QFile file(volumePath);
    if (const QString reason = unreadableReason(volumePath, file); !reason.isEmpty())
        return cannotCheck(reason);

    const BitLockerMetadataReader::Result bitlocker = BitLockerMetadataReader::read(file, volumePath);
    switch (bitlocker.status) {
    case BitLockerMetadataReader::Result::Status::Ok:
        return verifyBitLocker(*bitlocker.metadata, secret);
    case BitLockerMetadataReader::Result::Status::NotBitLocker:
        break;
    default:
        return cannotCheck(bitlocker.error);
    }

    if (CryptsetupVolume::recognises(volumePath, CryptsetupVolume::Type::FileVault2))
        return verifyFileVault(volumePath, secret);

    switch (otherVolumeKind(file)) {
    case OtherVolume::Apfs:
        return cannotCheck(tr("%1 is an APFS container. FileVault on APFS cannot be checked on Linux; "
                              "check the key on the Mac itself.")
                               .arg(volumePath));
    case OtherVolume::Luks:
        return cannotCheck(tr("%1 is a LUKS volume (Linux disk encryption), not a BitLocker or FileVault volume.")
                               .arg(volumePath));
    case OtherVolume::Unknown:
        break;
    }
    return cannotCheck(tr("%1 is not a BitLocker or FileVault volume that Keyhaven can recognise.").arg(volumePath));
}

Verification KeyVerifier::verifyTyped(const QString& volumePath, const SecureBytes& typed)
{
    // The kind of volume decides how typed text is read; a volume that cannot be read answers for itself.
    QFile file(volumePath);
    VolumeType type = VolumeType::BitLocker;
    if (unreadableReason(volumePath, file).isEmpty()
        && BitLockerMetadataReader::read(file, volumePath).status == BitLockerMetadataReader::Result::Status::NotBitLocker
        && CryptsetupVolume::recognises(volumePath, CryptsetupVolume::Type::FileVault2))
        type = VolumeType::FileVault;
    file.close();

    const TypedSecret::Classified classified = TypedSecret::classify(typed, type);
    if (!classified.secret) {
        Verification invalid;
        invalid.outcome = Verification::Outcome::DoesNotOpen;
        for (const KeyProblem& problem : classified.problems)
            invalid.message += (invalid.message.isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
        return invalid;
    }
    return verify(volumePath, *classified.secret);
}

QFuture<Verification> KeyVerifier::verifyInBackground(const QString& volumePath, const VolumeSecret& secret)
{
    return QtConcurrent::run([volumePath, secret] { return verify(volumePath, secret); });
}

} // namespace keyhaven
