// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyId.h"

#include "TypedText.h"

namespace keyhaven {

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'F') || (u >= u'a' && u <= u'f');
}

// Folds typed text and keeps the hex digits, or returns nothing when anything but hex digits,
// dashes, braces and spaces is present.
std::optional<QString> hexDigitsOf(QStringView text, QChar* offending = nullptr)
{
    QString digits;
    for (QChar c : foldTypedText(text)) {
        if (isHexDigit(c))
            digits.append(c.toUpper());
        else if (!(isSeparator(c) || c == QLatin1Char('{') || c == QLatin1Char('}'))) {
            if (offending)
                *offending = c;
            return std::nullopt;
        }
    }
    return digits;
}

} // namespace

std::optional<KeyId> KeyId::parse(QStringView text)
{
    const std::optional<QString> digits = hexDigitsOf(text);
    if (!digits || digits->size() != KeyIdPrefix::FullDigits)
        return std::nullopt;
    const QString dashed = digits->mid(0, 8) + QLatin1Char('-') + digits->mid(8, 4) + QLatin1Char('-')
        + digits->mid(12, 4) + QLatin1Char('-') + digits->mid(16, 4) + QLatin1Char('-') + digits->mid(20);
    const QUuid uuid = QUuid::fromString(dashed);
    if (uuid.isNull())
        return std::nullopt;
    return KeyId(uuid);
}

KeyId KeyId::fromMixedEndian(const std::uint8_t* b)
{
    const auto data1 = static_cast<uint>(b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<uint>(b[3]) << 24));
    const auto data2 = static_cast<ushort>(b[4] | (b[5] << 8));
    const auto data3 = static_cast<ushort>(b[6] | (b[7] << 8));
    return KeyId(QUuid(data1, data2, data3, b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]));
}

QString KeyId::toString() const
{
    return m_uuid.toString(QUuid::WithoutBraces).toUpper();
}

QString KeyId::shortForm() const
{
    return toString().left(8);
}

QString KeyId::hexDigits() const
{
    return m_uuid.toString(QUuid::Id128).toUpper();
}

bool KeyId::matches(const KeyIdPrefix& prefix) const
{
    return hexDigits().startsWith(prefix.hexDigits());
}

KeyIdPrefix::Parsed KeyIdPrefix::parse(QStringView typed)
{
    Parsed result;
    QChar offending;
    const std::optional<QString> digits = hexDigitsOf(typed, &offending);
    if (!digits) {
        result.error = tr("“%1” cannot appear in a key ID: it has only the digits 0–9 and the letters A–F.")
                           .arg(offending);
    } else if (digits->size() < MinimumDigits) {
        result.error = tr("Enter at least the first 8 characters of the key ID.");
    } else if (digits->size() > FullDigits) {
        result.error = tr("A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.", nullptr,
                          static_cast<int>(digits->size()));
    } else {
        result.prefix = KeyIdPrefix(*digits);
    }
    return result;
}

} // namespace keyhaven
