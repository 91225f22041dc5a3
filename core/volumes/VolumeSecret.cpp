// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeSecret.h"

#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"
#include "keys/TypedText.h"

namespace keyhaven {

namespace {

// Only digits and separators, and about as many digits as a recovery password has: whatever else
// it is, it was meant as one. (A short all-digit string is left to be a password or PIN.)
bool looksLikeRecoveryPassword(const SecureBytes& typed)
{
    QString folded = foldTypedText(typed.toQString());
    int digits = 0;
    bool onlyDigitsAndSeparators = true;
    for (QChar c : std::as_const(folded)) {
        if (c.isDigit())
            ++digits;
        else if (!isSeparator(c))
            onlyDigitsAndSeparators = false;
    }
    wipe(folded);
    return onlyDigitsAndSeparators && digits >= RecoveryPassword::DigitCount - 8;
}

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
