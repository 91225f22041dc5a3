// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyProblem.h"
#include "RecoveryKey.h"
#include "SecureBytes.h"

namespace keyhaven {

// What kind of key typed text is meant to be. The one place that decides it, for the CLI and the volumes.

// Any letter means a FileVault personal recovery key; digits and separators only, a BitLocker recovery password.
KeyKind typedKeyKind(const SecureBytes& typed);

// Only digits and separators, and about as many digits as a recovery password has: whatever else it is,
// it was meant as one (a short all-digit string is left to be a password or PIN).
bool looksLikeRecoveryPassword(const SecureBytes& typed);

// Typed text read as a key of `kind`: its canonical form (empty when invalid) and what is wrong with it.
struct TypedKey
{
    KeyKind kind = KeyKind::BitLockerRecoveryPassword;
    SecureBytes canonical;
    KeyProblems problems;

    bool valid() const { return !canonical.isEmpty() && !hasErrors(problems); }
};
TypedKey parseTypedKey(const SecureBytes& typed, KeyKind kind);

} // namespace keyhaven
