// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyProblem.h"
#include "SecureBytes.h"

#include <QCoreApplication>

#include <optional>

namespace keyhaven {

// BitLocker's 48-digit recovery password: eight groups of six digits, each a multiple of 11 whose
// quotient fits in 16 bits.
class RecoveryPassword
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPassword)

public:
    static constexpr int GroupCount = 8;
    static constexpr int GroupLength = 6;
    static constexpr int DigitCount = GroupCount * GroupLength;
    static constexpr int CanonicalLength = DigitCount + GroupCount - 1;
    static constexpr int KeyLength = 16;

    struct Parsed;

    // Accepts what people type: dashes, spaces or nothing between groups, full-width digits,
    // dash look-alikes. Says which group is wrong and why.
    static Parsed parse(QStringView typed);
    static Parsed parse(const SecureBytes& utf8);
    // One group as typed (folded to ASCII): why it cannot be group `number` (1-based) of a recovery key, in the
    // words parse() uses, or nothing when it can.
    static std::optional<KeyProblem> checkGroup(int number, QStringView group);

    // The dashed form: 123456-123456-…, 55 ASCII characters.
    const SecureBytes& canonical() const { return m_canonical; }
    // The 16 key bytes: each group divided by 11, as a little-endian 16-bit number.
    SecureBytes keyBytes() const;

private:
    explicit RecoveryPassword(SecureBytes canonical)
        : m_canonical(std::move(canonical))
    {
    }

    SecureBytes m_canonical;
};

struct RecoveryPassword::Parsed
{
    std::optional<RecoveryPassword> password;
    KeyProblems problems;
};

} // namespace keyhaven
