// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyProblem.h"
#include "SecureBytes.h"

#include <QCoreApplication>

#include <optional>

namespace keyhaven {

// FileVault's personal recovery key: 24 characters in six groups of four, from Apple's base32
// alphabet (RFC 4648 with I→8 and S→9). There is no checksum, so a key that parses is only
// well formed; whether it is right only the volume can tell.
class PersonalRecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(PersonalRecoveryKey)

public:
    static constexpr int GroupCount = 6;
    static constexpr int GroupLength = 4;
    static constexpr int CharacterCount = GroupCount * GroupLength;
    static constexpr int CanonicalLength = CharacterCount + GroupCount - 1;

    struct Parsed;

    // Accepts any case, spaces or dashes or nothing between groups, full-width characters.
    // A character outside Apple's alphabet is kept and named in a warning.
    static Parsed parse(QStringView typed);
    static Parsed parse(const SecureBytes& utf8);

    static bool isInAlphabet(QChar c);
    // One group as typed (folded to ASCII): errors when it cannot be group `number` (1-based) of a key, warnings
    // for characters outside Apple's alphabet, in the words parse() uses; empty when it is well formed.
    static KeyProblems checkGroup(int number, QStringView group);

    // Upper case with dashes: the only form macOS and cryptsetup accept.
    const SecureBytes& canonical() const { return m_canonical; }

private:
    explicit PersonalRecoveryKey(SecureBytes canonical)
        : m_canonical(std::move(canonical))
    {
    }

    SecureBytes m_canonical;
};

struct PersonalRecoveryKey::Parsed
{
    std::optional<PersonalRecoveryKey> key;
    KeyProblems problems; // errors, or warnings when the key parsed
};

} // namespace keyhaven
