// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyGrouping.h"

#include "SecureBytes.h"
#include "TypedText.h"

namespace keyhaven {

namespace {

bool isKeyCharacter(QChar c, bool lettersAllowed)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return true;
    return lettersAllowed && ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'));
}

} // namespace

std::optional<GroupedKeyText> groupKeyText(QStringView typed, int caret, int groupLength, int groupCount,
                                           bool lettersAllowed)
{
    QString folded = foldTypedText(typed);
    GroupedKeyText grouped;
    // Room for every character and a dash after each: no reallocation leaves a copy of the key behind.
    grouped.text.reserve(2 * folded.size() + 1);
    bool belongs = true;
    int characters = 0;
    bool endsWithSeparator = false;
    for (qsizetype i = 0; i < folded.size() && belongs; ++i) {
        const QChar c = folded.at(i);
        endsWithSeparator = isSeparator(c);
        if (isKeyCharacter(c, lettersAllowed)) {
            if (characters > 0 && characters % groupLength == 0)
                grouped.text.append(QLatin1Char('-'));
            grouped.text.append(lettersAllowed ? c.toUpper() : c);
            ++characters;
        } else if (!endsWithSeparator) {
            belongs = false;
        }
        if (i + 1 == caret)
            grouped.caret = static_cast<int>(grouped.text.size());
    }
    const qsizetype length = folded.size();
    wipe(folded);
    if (!belongs) {
        wipe(grouped.text);
        return std::nullopt;
    }
    const bool afterWholeGroup = characters > 0 && characters % groupLength == 0 && characters < groupLength * groupCount;
    if (endsWithSeparator && afterWholeGroup) {
        grouped.text.append(QLatin1Char('-'));
        if (caret >= length)
            grouped.caret = static_cast<int>(grouped.text.size());
    }
    if (caret <= 0)
        grouped.caret = 0;
    else if (caret > length)
        grouped.caret = static_cast<int>(grouped.text.size());
    return grouped;
}

} // namespace keyhaven
