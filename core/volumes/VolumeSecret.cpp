// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeSecret.h"

#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"
#include "keys/TypedKey.h"

namespace keyhaven {

namespace {

VolumeSecret makeSecret(VolumeSecret::Kind kind, SecureBytes material)
{
    VolumeSecret secret;
    secret.kind = kind;
    secret.material = std::move(material);
    return secret;
}

} // namespace

VolumeSecret VolumeSecret::fromRecoveryKey(const RecoveryKey& key)
{
    switch (key.kind) {
    case KeyKind::BitLockerRecoveryPassword:
        return makeSecret(Kind::RecoveryPassword, key.secret);
    case KeyKind::FileVaultPersonalRecoveryKey:
        return makeSecret(Kind::PersonalRecoveryKey, key.secret);
    case KeyKind::BitLockerExternalKey:
        break;
    }
    VolumeSecret secret = makeSecret(Kind::ExternalKey, key.secret);
    secret.id = key.id;
    secret.volumeGuid = key.volumeGuid;
    return secret;
}

TypedSecret::Classified TypedSecret::classify(const SecureBytes& typed, VolumeType volumeType)
{
    Classified result;
    if (typed.isEmpty()) {
        result.problems.append({KeyProblem::Severity::Error, 0, tr("No key or password was given.")});
        return result;
    }
    if (volumeType == VolumeType::BitLocker && looksLikeRecoveryPassword(typed)) {
        auto parsed = RecoveryPassword::parse(typed);
        result.problems = parsed.problems;
        if (parsed.password)
            result.secret = makeSecret(VolumeSecret::Kind::RecoveryPassword, parsed.password->canonical());
        return result;
    }
    if (volumeType == VolumeType::FileVault) {
        auto parsed = PersonalRecoveryKey::parse(typed);
        if (parsed.key) {
            result.problems = parsed.problems;
            result.secret = makeSecret(VolumeSecret::Kind::PersonalRecoveryKey, parsed.key->canonical());
            return result;
        }
    }
    result.secret = makeSecret(VolumeSecret::Kind::Password, typed);
    return result;
}

} // namespace keyhaven
