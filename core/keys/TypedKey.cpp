// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypedKey.h"

#include "PersonalRecoveryKey.h"
#include "RecoveryPassword.h"
#include "TypedText.h"

namespace keyhaven {

KeyKind typedKeyKind(const SecureBytes& typed)
{
    QString folded = foldTypedText(typed.toQString());
    bool hasLetter = false;
    for (QChar c : std::as_const(folded))
        hasLetter = hasLetter || c.isLetter();
    wipe(folded);
    return hasLetter ? KeyKind::FileVaultPersonalRecoveryKey : KeyKind::BitLockerRecoveryPassword;
}

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

TypedKey parseTypedKey(const SecureBytes& typed, KeyKind kind)
{
    TypedKey result;
    result.kind = kind;
    if (kind == KeyKind::FileVaultPersonalRecoveryKey) {
        auto parsed = PersonalRecoveryKey::parse(typed);
        result.problems = parsed.problems;
        if (parsed.key)
            result.canonical = parsed.key->canonical();
    } else {
        auto parsed = RecoveryPassword::parse(typed);
        result.problems = parsed.problems;
        if (parsed.password)
            result.canonical = parsed.password->canonical();
    }
    return result;
}

} // namespace keyhaven
