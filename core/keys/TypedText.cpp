// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypedText.h"

namespace keyhaven {

namespace {

bool isDashLookAlike(char16_t c)
{
    switch (c) {
    case u'-':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
    case u'\u2015': // horizontal bar
    case u'\u2212': // minus sign
    case u'\u30FC': // katakana prolonged sound mark, what a Japanese IME gives for '-'
    case u'\uFE58': // small em dash
    case u'\uFE63': // small hyphen-minus
    case u'\uFF0D': // full-width hyphen-minus
    case u'\uFF70': // half-width prolonged sound mark
        return true;
    default:
        return false;
    }
}

QChar foldCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'\uFF01' && u <= u'\uFF5E') // full-width ASCII block
        c = QChar(static_cast<char16_t>(u - 0xFEE0));
    if (isDashLookAlike(c.unicode()))
        return QLatin1Char('-');
    if (c.isSpace() || c.unicode() == u'\u200B' || c.unicode() == u'\uFEFF')
        return QLatin1Char(' ');
    return c;
}

} // namespace

QString foldTypedText(QStringView typed)
{
    QString folded;
    folded.reserve(typed.size());
    for (QChar c : typed)
        folded.append(foldCharacter(c));
    return folded;
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char(' ');
}

} // namespace keyhaven
