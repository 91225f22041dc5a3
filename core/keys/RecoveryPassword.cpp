// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryPassword.h"

#include "TypedText.h"

#include <algorithm>

namespace keyhaven {

namespace {

constexpr int MaxGroupValue = 720885; // 65535 * 11

// Strings that held digits of the key, overwritten when they go.
struct WipedStrings
{
    QList<QString> strings;
    WipedStrings() = default;
    WipedStrings(const WipedStrings&) = delete;
    WipedStrings& operator=(const WipedStrings&) = delete;
    ~WipedStrings()
    {
        for (QString& string : strings)
            wipe(string);
    }
};

QString notADigit(QChar c)
{
    return RecoveryPassword::tr("“%1” is not a digit: a recovery key has only digits 0–9.").arg(c);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// A string with room for `capacity` characters, so that appending never leaves a copy behind.
QString reserved(qsizetype capacity)
{
    QString string;
    string.reserve(capacity);
    return string;
}

// Splits folded input into its groups. Separators decide the groups when they give exactly eight;
// otherwise the digits are counted and cut into groups of six. Every buffer is wiped.
KeyProblems splitIntoGroups(const QString& folded, WipedStrings& groups)
{
    KeyProblems problems;
    WipedStrings separated;
    QString digits = reserved(folded.size());
    QString current = reserved(folded.size());
    for (const QChar c : folded) {
        if (isSeparator(c)) {
            if (!current.isEmpty())
                separated.strings.append(std::exchange(current, reserved(folded.size())));
            continue;
        }
        if (!isAsciiDigit(c)) {
            problems.append({ KeyProblem::Severity::Error, 0, notADigit(c) });
            continue;
        }
        current.append(c);
        digits.append(c);
    }
    if (!current.isEmpty())
        separated.strings.append(std::exchange(current, QString()));
    wipe(current);

    if (problems.isEmpty() && separated.strings.size() == RecoveryPassword::GroupCount) {
        std::swap(groups.strings, separated.strings);
    } else if (problems.isEmpty() && digits.size() != RecoveryPassword::DigitCount) {
        problems.append({ KeyProblem::Severity::Error, 0,
                          RecoveryPassword::tr("The key has %n digit(s); a recovery key has 48 digits in 8 groups of 6.",
                                               nullptr, static_cast<int>(digits.size())) });
    } else if (problems.isEmpty()) {
        for (int g = 0; g < RecoveryPassword::GroupCount; ++g)
            groups.strings.append(digits.mid(g * RecoveryPassword::GroupLength, RecoveryPassword::GroupLength));
    }
    wipe(digits);
    return problems;
}

} // namespace

std::optional<KeyProblem> RecoveryPassword::checkGroup(int number, QStringView group)
{
    auto error = [number](const QString& message) { return KeyProblem { KeyProblem::Severity::Error, number, message }; };
    for (const QChar c : group)
        if (!isAsciiDigit(c))
            return error(tr("Group %1: %2").arg(number).arg(notADigit(c)));
    if (group.size() != GroupLength)
        return error(tr("Group %1 has %n digit(s); each group has 6.", nullptr, static_cast<int>(group.size())).arg(number));
    int value = 0;
    for (const QChar c : group)
        value = value * 10 + (c.unicode() - u'0');
    if (value % 11 != 0)
        return error(tr("Group %1 is not valid: one of its digits is wrong.").arg(number));
    if (value > MaxGroupValue)
        return error(tr("Group %1 is not valid: it is larger than any group of a recovery key can be.").arg(number));
    return std::nullopt;
}

RecoveryPassword::Parsed RecoveryPassword::parse(QStringView typed)
{
    Parsed result;
    QString folded = foldTypedText(typed);
    const bool blank = std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return isSeparator(c); });
    if (blank) {
        wipe(folded);
        result.problems.append({ KeyProblem::Severity::Error, 0, tr("No recovery key was entered.") });
        return result;
    }
    WipedStrings groups;
    result.problems = splitIntoGroups(folded, groups);
    wipe(folded);
    for (int g = 0; g < groups.strings.size(); ++g) {
        if (auto problem = checkGroup(g + 1, groups.strings.at(g)))
            result.problems.append(*problem);
    }
    if (result.problems.isEmpty()) {
        SecureBytes canonical(CanonicalLength);
        std::size_t at = 0;
        for (int g = 0; g < GroupCount; ++g) {
            if (g > 0)
                canonical.data()[at++] = '-';
            for (const QChar c : std::as_const(groups.strings.at(g)))
                canonical.data()[at++] = static_cast<std::uint8_t>(c.unicode());
        }
        result.password = RecoveryPassword(std::move(canonical));
    }
    return result;
}

RecoveryPassword::Parsed RecoveryPassword::parse(const SecureBytes& utf8)
{
    QString typed = utf8.toQString();
    Parsed result = parse(typed);
    wipe(typed);
    return result;
}

SecureBytes RecoveryPassword::keyBytes() const
{
    SecureBytes key(KeyLength);
    const std::uint8_t* text = m_canonical.data();
    for (int g = 0; g < GroupCount; ++g) {
        unsigned value = 0;
        for (int d = 0; d < GroupLength; ++d)
            value = value * 10 + static_cast<unsigned>(text[g * (GroupLength + 1) + d] - '0');
        const unsigned quotient = value / 11;
        key.data()[2 * g] = static_cast<std::uint8_t>(quotient & 0xFF);
        key.data()[2 * g + 1] = static_cast<std::uint8_t>(quotient >> 8);
    }
    return key;
}

} // namespace keyhaven
