// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalRecoveryKey.h"

#include "TypedText.h"

namespace keyhaven {

namespace {

// What someone most likely meant when a character outside the alphabet appears.
QChar likelyIntent(QChar c)
{
    switch (c.unicode()) {
    case u'0':
        return QLatin1Char('O');
    case u'1':
    case u'I':
        return QLatin1Char('L');
    case u'S':
        return QLatin1Char('5');
    default:
        return {};
    }
}

KeyProblem outsideAlphabetWarning(QChar c, int group)
{
    const QChar intent = likelyIntent(c);
    const QString message = intent.isNull()
        ? PersonalRecoveryKey::tr("Group %1 contains “%2”, which never appears in a FileVault recovery key. "
                                  "Check that character against your copy.")
              .arg(group)
              .arg(c)
        : PersonalRecoveryKey::tr("Group %1 contains “%2”, which never appears in a FileVault recovery key. "
                                  "Did you mean “%3”?")
              .arg(group)
              .arg(c)
              .arg(intent);
    return {KeyProblem::Severity::Warning, group, message};
}

QString notInKey(QChar c)
{
    return PersonalRecoveryKey::tr("“%1” cannot appear in a FileVault recovery key: it has only letters A–Z and "
                                   "digits.")
        .arg(c);
}

} // namespace

KeyProblems PersonalRecoveryKey::checkGroup(int number, QStringView group)
{
    KeyProblems problems;
    for (const QChar c : group) {
        if (!(c.unicode() < 0x80 && c.isLetterOrNumber())) {
            problems.append({ KeyProblem::Severity::Error, number, tr("Group %1: %2").arg(number).arg(notInKey(c)) });
            return problems;
        }
    }
    if (group.size() != GroupLength) {
        problems.append({ KeyProblem::Severity::Error, number,
                          tr("Group %1 has %n character(s); each group has 4.", nullptr, static_cast<int>(group.size()))
                              .arg(number) });
        return problems;
    }
    for (const QChar c : group)
        if (!isInAlphabet(c.toUpper()))
            problems.append(outsideAlphabetWarning(c.toUpper(), number));
    return problems;
}

bool PersonalRecoveryKey::isInAlphabet(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z' && u != u'I' && u != u'S') || (u >= u'2' && u <= u'9');
}

PersonalRecoveryKey::Parsed PersonalRecoveryKey::parse(QStringView typed)
{
    Parsed result;
    QString folded = foldTypedText(typed).trimmed().toUpper();
    if (folded.isEmpty()) {
        result.problems.append({KeyProblem::Severity::Error, 0, tr("No recovery key was entered.")});
        return result;
    }

    QList<QString> separated{QString()};
    QString characters;
    for (QChar c : std::as_const(folded)) {
        if (isSeparator(c)) {
            if (!separated.last().isEmpty())
                separated.append(QString());
            continue;
        }
        const bool latinLetterOrDigit = c.unicode() < 0x80 && c.isLetterOrNumber();
        if (!latinLetterOrDigit) {
            result.problems.append({KeyProblem::Severity::Error, 0, notInKey(c)});
            continue;
        }
        separated.last().append(c);
        characters.append(c);
    }
    wipe(folded);
    if (separated.last().isEmpty())
        separated.removeLast();

    if (result.problems.isEmpty() && characters.size() != CharacterCount)
        result.problems.append({KeyProblem::Severity::Error, 0,
                                tr("The key has %n character(s); a FileVault recovery key has 24 in 6 groups of 4.",
                                   nullptr, static_cast<int>(characters.size()))});
    if (result.problems.isEmpty() && separated.size() > 1 && separated.size() != GroupCount)
        result.problems.append({KeyProblem::Severity::Error, 0,
                                tr("The key has %n group(s); a FileVault recovery key has 6 groups of 4.", nullptr,
                                   static_cast<int>(separated.size()))});
    if (result.problems.isEmpty() && separated.size() == GroupCount) {
        for (int g = 0; g < GroupCount; ++g)
            if (separated.at(g).size() != GroupLength)
                result.problems.append(
                    {KeyProblem::Severity::Error, g + 1,
                     tr("Group %1 has %n character(s); each group has 4.", nullptr,
                        static_cast<int>(separated.at(g).size()))
                         .arg(g + 1)});
    }
    for (QString& group : separated)
        wipe(group);

    if (!result.problems.isEmpty()) {
        wipe(characters);
        return result;
    }

    SecureBytes canonical;
    for (int i = 0; i < CharacterCount; ++i) {
        if (i > 0 && i % GroupLength == 0)
            canonical.append('-');
        const QChar c = characters.at(i);
        if (!isInAlphabet(c))
            result.problems.append(outsideAlphabetWarning(c, i / GroupLength + 1));
        canonical.append(static_cast<char>(c.unicode()));
    }
    wipe(characters);
    result.key = PersonalRecoveryKey(std::move(canonical));
    return result;
}

PersonalRecoveryKey::Parsed PersonalRecoveryKey::parse(const SecureBytes& utf8)
{
    QString typed = utf8.toQString();
    Parsed result = parse(typed);
    wipe(typed);
    return result;
}

} // namespace keyhaven
