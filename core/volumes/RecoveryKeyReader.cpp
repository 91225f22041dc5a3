// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the recovery passwords back from a BitLocker volume (bitlocker.md §5b).
#include "RecoveryKeyReader.h"

#include "VolumeReader.h"

#include "BitLockerUnlock.h"
#include "VolumeProbe.h"
#include "keys/RecoveryPassword.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace keyhaven {

namespace {

using Outcome = RecoveredKeys::Outcome;

RecoveredKeys answer(Outcome outcome, const QString& message, std::optional<Volume> volume = std::nullopt)
{
    RecoveredKeys result;
    result.outcome = outcome;
    result.message = message;
    result.volume = std::move(volume);
    return result;
}

// A recovery password read from the volume, before its proof.
struct Candidate
{
    const BitLockerVmk* vmk = nullptr;
    std::optional<RecoveryPassword> password;
    QString problem; // translated, when nothing could be read
};

// The 16 key bytes (8 × u16 little-endian) as the 48 digits: each number × 11 is one group.
std::optional<RecoveryPassword> passwordFromKeyBytes(const SecureBytes& keyBytes)
{
    if (keyBytes.size() != static_cast<std::size_t>(RecoveryPassword::KeyLength))
        return std::nullopt;
    SecureBytes text;
    for (int g = 0; g < RecoveryPassword::GroupCount; ++g) {
        const unsigned value = (keyBytes.data()[2 * g] | (unsigned(keyBytes.data()[2 * g + 1]) << 8)) * 11U;
        char group[8] = {};
        std::snprintf(group, sizeof group, "%06u", value);
        if (g > 0)
            text.append('-');
        text.append(group, RecoveryPassword::GroupLength);
        wipe(group, sizeof group);
    }
    return RecoveryPassword::parse(text).password;
}

Candidate decrypt(const BitLockerVmk& vmk, const SecureBytes& volumeMasterKey)
{
    Candidate candidate;
    candidate.vmk = &vmk;
    const QString id = vmk.protector.id.toString();
    if (vmk.nestedWrappedKeys.isEmpty()) {
        candidate.problem = vmk.nestedDamaged
            ? RecoveryKeyReader::tr("The recovery key %1 could not be read: its entry in the metadata is damaged.").arg(id)
            : RecoveryKeyReader::tr("The recovery key %1 is not stored on the drive in a form that can be read back.")
                  .arg(id);
        return candidate;
    }
    // The password's datum is the one that decrypts with the VMK to 16 key bytes (others hold other keys).
    for (const AesCcmWrappedKey& wrapped : vmk.nestedWrappedKeys) {
        const std::optional<SecureBytes> keyBytes = BitLockerUnlock::unwrap(volumeMasterKey, wrapped);
        if (keyBytes && keyBytes->size() == static_cast<std::size_t>(RecoveryPassword::KeyLength)) {
            candidate.password = passwordFromKeyBytes(*keyBytes);
            break;
        }
    }
    if (!candidate.password)
        candidate.problem
            = RecoveryKeyReader::tr("The recovery key %1 could not be decrypted: its entry in the metadata is damaged.")
                  .arg(id);
    return candidate;
}

RecoveryKey toRecoveryKey(const RecoveryPassword& password, const Protector& protector, const Volume& volume)
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = protector.id;
    key.secret = password.canonical();
    key.source = volume.path;
    key.format = QStringLiteral("volume");
    key.volumeGuid = volume.guid;
    key.volumeLabel = volume.description;
    key.created = protector.created;
    return key;
}

// Proves every decrypted password against its own protector, the key stretches in parallel.
void proveAll(const BitLockerMetadata& metadata, QList<Candidate>& candidates, RecoveredKeys& result)
{
    QList<int> readable;
    for (int i = 0; i < candidates.size(); ++i)
        if (candidates.at(i).password)
            readable.append(i);
    const QList<bool> proven
        = QtConcurrent::blockingMapped<QList<bool>>(readable, [&metadata, &candidates](int index) {
              const Candidate& candidate = candidates.at(index);
              VolumeSecret secret;
              secret.kind = VolumeSecret::Kind::RecoveryPassword;
              secret.material = candidate.password->canonical();
              return BitLockerUnlock::opensProtector(metadata, *candidate.vmk, secret);
          });
    for (int i = 0; i < candidates.size(); ++i) {
        Candidate& candidate = candidates[i];
        const qsizetype at = readable.indexOf(i);
        if (at >= 0 && proven.at(at))
            result.keys.append(toRecoveryKey(*candidate.password, candidate.vmk->protector, metadata.volume));
        else if (at >= 0)
            result.problems.append(RecoveryKeyReader::tr("The recovery key read for %1 does not open that protector, "
                                                         "so it is not shown: the metadata may be damaged.")
                                       .arg(candidate.vmk->protector.id.toString()));
        else
            result.problems.append(candidate.problem);
        candidate.password.reset();
    }
}

bool hasProtector(const Volume& volume, ProtectorType type)
{
    return std::any_of(volume.protectors.begin(), volume.protectors.end(),
                       [type](const Protector& protector) { return protector.type == type; });
}

QString onlyOnWindowsMessage(const Volume& volume)
{
    return RecoveryKeyReader::tr("The recovery key of %1 can only be read on Windows: besides its recovery key, it "
                                 "is protected only by a TPM, a smart card or another protector that opens only "
                                 "there. On that Windows computer, as administrator: manage-bde -protectors -get C: "
                                 "(with the drive's letter).")
        .arg(volume.path);
}

// The answers that do not depend on the secret.
std::optional<RecoveredKeys> precheck(const BitLockerMetadata& metadata)
{
    const Volume& volume = metadata.volume;
    const RecoveryKeyAccess access = RecoveryKeyReader::access(volume);
    if (!access.hasRecoveryKey)
        return answer(Outcome::NoRecoveryKey, RecoveryKeyReader::noRecoveryKeyMessage(volume.path), volume);
    if (!access.readable())
        return answer(Outcome::OnlyOnWindows, onlyOnWindowsMessage(volume), volume);
    return std::nullopt;
}

BitLockerUnlock::OpenedVmk openVmk(const BitLockerMetadata& metadata, const std::optional<VolumeSecret>& secret)
{
    return secret ? BitLockerUnlock::openVmk(metadata, *secret) : BitLockerUnlock::openVmkWithClearKey(metadata);
}

QString opensNothingMessage(const BitLockerMetadata& metadata, const std::optional<VolumeSecret>& secret,
                            const QString& problem)
{
    const QString& path = metadata.volume.path;
    if (!secret)
        return RecoveryKeyReader::tr("%1 has no clear key, so its recovery key cannot be read without a secret: give "
                                     "the drive's password, or its startup key (.BEK file).")
            .arg(path);
    if (secret->kind == VolumeSecret::Kind::ExternalKey)
        return problem.isEmpty() ? RecoveryKeyReader::tr("This startup key does not open %1.").arg(path) : problem;
    if (!problem.isEmpty())
        return problem;
    return secret->kind == VolumeSecret::Kind::RecoveryPassword
        ? RecoveryKeyReader::tr("This recovery key does not open %1.").arg(path)
        : RecoveryKeyReader::tr("This password does not open %1.").arg(path);
}

} // namespace

RecoveryKeyAccess RecoveryKeyReader::access(const Volume& volume)
{
    RecoveryKeyAccess access;
    if (volume.type != VolumeType::BitLocker)
        return access;
    access.hasRecoveryKey = hasProtector(volume, ProtectorType::RecoveryPassword);
    access.password = hasProtector(volume, ProtectorType::Password);
    access.startupKey = hasProtector(volume, ProtectorType::StartupKey);
    access.clearKey = hasProtector(volume, ProtectorType::ClearKey);
    return access;
}

QString RecoveryKeyReader::noRecoveryKeyMessage(const QString& volumeName)
{
    return tr("%1 has no recovery key (no recovery-password protector), so there is none to read or back up. On "
              "Windows, add one as administrator with: manage-bde -protectors -add C: -RecoveryPassword (with the "
              "drive's letter), then back up the new key.")
        .arg(volumeName);
}

RecoveryKeyReader::Loaded RecoveryKeyReader::load(const QString& volumePath)
{
    Loaded loaded;
    const ProbeResult probe = VolumeProbe::probePath(volumePath);
    if (!probe.volume) {
        const bool negative = !isEnvironmentProblem(probe.problem->kind)
            && probe.problem->kind != VolumeProblem::Kind::Damaged;
        loaded.answer = answer(negative ? Outcome::NoRecoveryKey : Outcome::CannotRead, probe.problem->message);
        return loaded;
    }
    if (probe.volume->type == VolumeType::FileVault) {
        loaded.answer = answer(Outcome::NoRecoveryKey,
                               tr("%1 is a FileVault volume: its personal recovery key cannot be read back from the "
                                  "drive. On the Mac, a new one can be made with: sudo fdesetup changerecovery "
                                  "-personal.")
                                   .arg(volumePath),
                               probe.volume);
        return loaded;
    }
    // Directly, or through the metadata helper when this user may not read the drive.
    const VolumeReader::Opened opened = VolumeReader::open(volumePath);
    if (!opened.device) {
        loaded.answer = answer(Outcome::CannotRead, opened.problem->message);
        return loaded;
    }
    BitLockerMetadataReader::Result read = BitLockerMetadataReader::read(*opened.device, volumePath);
    if (!read.metadata) {
        loaded.answer = answer(Outcome::CannotRead, read.error);
        return loaded;
    }
    loaded.answer = precheck(*read.metadata);
    if (!loaded.answer)
        loaded.metadata = std::move(read.metadata);
    return loaded;
}

RecoveredKeys RecoveryKeyReader::read(const QString& volumePath, const std::optional<VolumeSecret>& secret)
{
    const Loaded loaded = load(volumePath);
    return loaded.answer ? *loaded.answer : readMetadata(*loaded.metadata, secret);
}

RecoveredKeys RecoveryKeyReader::readMetadata(const BitLockerMetadata& metadata,
                                              const std::optional<VolumeSecret>& secret)
{
    if (std::optional<RecoveredKeys> early = precheck(metadata))
        return *early;
    const Volume& volume = metadata.volume;
    if (secret && secret->kind == VolumeSecret::Kind::PersonalRecoveryKey)
        return answer(Outcome::SecretOpensNothing, tr("This is a FileVault key, and %1 is a BitLocker volume.").arg(volume.path),
                      volume);

    BitLockerUnlock::OpenedVmk opened = openVmk(metadata, secret);
    if (!opened.protector)
        return answer(Outcome::SecretOpensNothing, opensNothingMessage(metadata, secret, opened.problem), volume);

    QList<Candidate> candidates;
    for (const BitLockerVmk& vmk : metadata.vmks)
        if (vmk.protector.type == ProtectorType::RecoveryPassword)
            candidates.append(decrypt(vmk, opened.vmk));
    opened.vmk.clear(); // the passwords are out: the VMK is not needed any more

    RecoveredKeys result;
    result.volume = volume;
    result.unlockedWith = opened.protector;
    proveAll(metadata, candidates, result);
    if (result.keys.isEmpty()) {
        result.outcome = Outcome::Damaged;
        result.message = tr("%1 opened, but none of its recovery keys could be read back and proven.").arg(volume.path);
        return result;
    }
    result.outcome = Outcome::Read;
    result.message = tr("Read %n recovery key(s) from %1, each proven to open its own protector.", nullptr,
                        static_cast<int>(result.keys.size()))
                         .arg(volume.path);
    return result;
}

std::optional<VolumeSecret> RecoveryKeyReader::typedSecret(const SecureBytes& typed)
{
    if (typed.isEmpty())
        return std::nullopt;
    TypedSecret::Classified classified = TypedSecret::classify(typed, VolumeType::BitLocker);
    if (classified.secret)
        return std::move(classified.secret);
    // A mistyped recovery key: as a password it opens nothing, which is the honest answer without naming a group.
    VolumeSecret password;
    password.kind = VolumeSecret::Kind::Password;
    password.material = typed;
    return password;
}

QFuture<RecoveredKeys> RecoveryKeyReader::readInBackground(const QString& volumePath,
                                                           const std::optional<VolumeSecret>& secret)
{
    return QtConcurrent::run([volumePath, secret] { return read(volumePath, secret); });
}

} // namespace keyhaven
