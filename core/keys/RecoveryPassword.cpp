// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryPassword.h"

#include "TypedText.h"

namespace keyhaven {

namespace {

constexpr int MaxGroupValue = 720885; // 65535 * 11

struct Chunks
{
    QList<QString> groups;
    KeyProblems problems;
};

// Splits folded input into its groups. Separators decide the groups when they give exactly eight;
// otherwise the digits are counted and cut into groups of six.
Chunks splitIntoGroups(const QString& folded)
{
    Chunks chunks;
    QString digits;
    QList<QString> separated;
    QString current;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (isSeparator(c)) {
            if (!current.isEmpty())
                separated.append(std::exchange(current, QString()));
            continue;
        }
        if (!c.isDigit() || c.unicode() > 0x7F) {
            chunks.problems.append({KeyProblem::Severity::Error, 0,
                                    RecoveryPassword::tr("“%1” is not a digit: a recovery key has only digits 0–9.")
                                        .arg(c)});
            continue;
        }
        current.append(c);
        digits.append(c);
    }
    if (!current.isEmpty())
        separated.append(current);
    if (!chunks.problems.isEmpty())
        return chunks;

    if (separated.size() == RecoveryPassword::GroupCount) {
        chunks.groups = separated;
        return chunks;
    }
    if (digits.size() != RecoveryPassword::DigitCount) {
        chunks.problems.append(
            {KeyProblem::Severity::Error, 0,
             RecoveryPassword::tr("The key has %n digit(s); a recovery key has 48 digits in 8 groups of 6.", nullptr,
                                  static_cast<int>(digits.size()))});
        return chunks;
    }
    for (int g = 0; g < RecoveryPassword::GroupCount; ++g)
        chunks.groups.append(digits.mid(g * RecoveryPassword::GroupLength, RecoveryPassword::GroupLength));
    return chunks;
}

std::optional<KeyProblem> checkGroup(int number, const QString& group)
{
    auto error = [number](const QString& message) {
        return KeyProblem{KeyProblem::Severity::Error, number, message};
    };
    if (group.size() != RecoveryPassword::GroupLength)
        return error(RecoveryPassword::tr("Group %1 has %n digit(s); each group has 6.", nullptr,
                                          static_cast<int>(group.size()))
                         .arg(number));
    const int value = group.toInt();
    if (value % 11 != 0)
        return error(RecoveryPassword::tr("Group %1 is not valid: one of its digits is wrong.").arg(number));
    if (value > MaxGroupValue)
        return error(
            RecoveryPassword::tr("Group %1 is not valid: it is larger than any group of a recovery key can be.")
                .arg(number));
    return std::nullopt;
}

} // namespace

RecoveryPassword::Parsed RecoveryPassword::parse(QStringView typed)
{
    Parsed result;
    QString folded = foldTypedText(typed).trimmed();
    if (folded.isEmpty()) {
        result.problems.append({KeyProblem::Severity::Error, 0, tr("No recovery key was entered.")});
        return result;
    }
    Chunks chunks = splitIntoGroups(folded);
    wipe(folded);
    result.problems = chunks.problems;
    for (int g = 0; g < chunks.groups.size(); ++g) {
        if (auto problem = checkGroup(g + 1, chunks.groups.at(g)))
            result.problems.append(*problem);
    }
    if (result.problems.isEmpty()) {
        SecureBytes canonical;
        for (int g = 0; g < GroupCount; ++g) {
            if (g > 0)
                canonical.append('-');
            const QByteArray group = chunks.groups.at(g).toLatin1();
            canonical.append(group.constData(), static_cast<std::size_t>(group.size()));
        }
        result.password = RecoveryPassword(std::move(canonical));
    }
    for (QString& group : chunks.groups)
        wipe(group);
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
