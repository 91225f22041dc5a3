// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextScan.h"

#include "keys/TypedText.h"

#include <QCoreApplication>

namespace keyhaven {

namespace {

class TextScan
{
    Q_DECLARE_TR_FUNCTIONS(TextScan)
};

constexpr int MinimumPasswordDigits = 32; // of 48: a mistyped password still counts, a date does not
constexpr qsizetype LongestGroup = 12;

bool isTokenCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'F') || (u >= u'a' && u <= u'f');
}

bool isGuid(QStringView token)
{
    static constexpr qsizetype groupLengths[] = { 8, 4, 4, 4, 12 };
    const QList<QStringView> groups = token.split(QLatin1Char('-'));
    if (groups.size() != 5)
        return false;
    for (qsizetype g = 0; g < 5; ++g) {
        if (groups.at(g).size() != groupLengths[g])
            return false;
        for (QChar c : groups.at(g))
            if (!isHexDigit(c))
                return false;
    }
    return true;
}

bool isPasswordShaped(QStringView token)
{
    const QList<QStringView> groups = token.split(QLatin1Char('-'));
    if (groups.size() != RecoveryPassword::GroupCount)
        return false;
    int digits = 0;
    for (QStringView group : groups) {
        if (group.isEmpty() || group.size() > LongestGroup)
            return false;
        for (QChar c : group)
            digits += c.isDigit() ? 1 : 0;
    }
    return digits >= MinimumPasswordDigits;
}

bool isPersonalRecoveryKeyShaped(QStringView token)
{
    const QList<QStringView> groups = token.split(QLatin1Char('-'));
    if (groups.size() != 6)
        return false;
    for (QStringView group : groups)
        if (group.size() != 4)
            return false;
    return true;
}

std::optional<TokenShape> shapeOf(QStringView token)
{
    if (isGuid(token))
        return TokenShape::Guid;
    if (isPasswordShaped(token))
        return TokenShape::RecoveryPassword;
    if (isPersonalRecoveryKeyShaped(token))
        return TokenShape::PersonalRecoveryKey;
    return std::nullopt;
}

} // namespace

QList<ShapedToken> shapedTokens(QStringView line)
{
    QList<ShapedToken> tokens;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!isTokenCharacter(line.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < line.size() && isTokenCharacter(line.at(end)))
            ++end;
        // Dashes around a token are punctuation, not part of it.
        qsizetype first = i;
        qsizetype last = end;
        while (first < last && line.at(first) == QLatin1Char('-'))
            ++first;
        while (last > first && line.at(last - 1) == QLatin1Char('-'))
            --last;
        if (const auto shape = shapeOf(line.mid(first, last - first))) {
            const bool braced = first > 0 && line.at(first - 1) == QLatin1Char('{') && last < line.size()
                && line.at(last) == QLatin1Char('}');
            tokens.append({ *shape, first, last - first, braced });
        }
        i = end;
    }
    return tokens;
}

TextShapes textShapesOf(const QStringList& lines)
{
    TextShapes shapes;
    for (const QString& line : lines) {
        QString folded = foldTypedText(line);
        for (const ShapedToken& token : shapedTokens(folded)) {
            shapes.guid = shapes.guid || token.shape == TokenShape::Guid;
            shapes.bracedGuid = shapes.bracedGuid || (token.shape == TokenShape::Guid && token.braced);
            shapes.recoveryPassword = shapes.recoveryPassword || token.shape == TokenShape::RecoveryPassword;
            shapes.personalRecoveryKey = shapes.personalRecoveryKey || token.shape == TokenShape::PersonalRecoveryKey;
        }
        wipe(folded);
    }
    return shapes;
}

QList<PasswordInText> findRecoveryPasswords(const QStringList& lines, IdSpelling spelling)
{
    QList<PasswordInText> found;
    std::optional<KeyId> lastId;
    qsizetype firstWithoutId = -1; // found[firstWithoutId…] wait for the next ID
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString folded = foldTypedText(lines.at(n));
        for (const ShapedToken& token : shapedTokens(folded)) {
            if (token.shape == TokenShape::Guid && (token.braced || spelling == IdSpelling::AnyGuid)) {
                lastId = KeyId::parse(token.in(folded));
                for (qsizetype w = firstWithoutId; w >= 0 && w < found.size(); ++w)
                    found[w].id = lastId;
                firstWithoutId = -1;
            } else if (token.shape == TokenShape::RecoveryPassword) {
                auto parsed = RecoveryPassword::parse(token.in(folded));
                found.append({ static_cast<int>(n + 1), lastId, std::move(parsed.password), parsed.problems, {} });
                if (!lastId && firstWithoutId < 0)
                    firstWithoutId = found.size() - 1;
            }
        }
        wipe(folded);
    }
    return found;
}

void addRecoveryPasswords(const QList<PasswordInText>& found, FormatResult& result)
{
    for (const PasswordInText& password : found) {
        for (const KeyProblem& problem : password.problems)
            result.problems.append(TextScan::tr("Line %1: %2").arg(password.line).arg(problem.message));
        if (!password.password)
            continue;
        if (!password.id)
            result.problems.append(TextScan::tr("Line %1: there is no key ID in the file to go with this recovery key.")
                                       .arg(password.line));
        RecoveryKey key;
        key.kind = KeyKind::BitLockerRecoveryPassword;
        key.id = password.id;
        key.secret = password.password->canonical();
        key.volumeLabel = password.volumeLabel;
        result.keys.append(std::move(key));
    }
}

} // namespace keyhaven
