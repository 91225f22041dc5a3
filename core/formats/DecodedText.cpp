// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecodedText.h"

#include "keys/SecureBytes.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace keyhaven {

namespace {

constexpr qsizetype SniffedBytes = 8192;

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

// UTF-16 without a byte-order mark: recovery files are mostly ASCII (digits, the ID, line ends),
// which leaves every other byte zero.
std::optional<DecodedText::Encoding> guessUtf16(QByteArrayView bytes)
{
    const qsizetype pairs = std::min(bytes.size(), SniffedBytes) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += bytes[2 * i] == 0 ? 1 : 0;
        oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 4 >= pairs && evenZeros * 8 <= oddZeros)
        return DecodedText::Encoding::Utf16LE;
    if (evenZeros * 4 >= pairs && oddZeros * 8 <= evenZeros)
        return DecodedText::Encoding::Utf16BE;
    return std::nullopt;
}

QString decodeWith(QStringDecoder::Encoding encoding, QByteArrayView bytes, bool* failed)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *failed = decoder.hasError();
    return text;
}

bool isControl(QChar c, DecodedText::Encoding encoding)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f')
        return false;
    if (u < 0x20 || u == 0x7F || u == 0xFFFD)
        return true;
    return encoding == DecodedText::Encoding::Latin1 && u >= 0x80 && u <= 0x9F;
}

// Drops NUL characters and byte-order marks in place, overwriting what is cut off.
void dropInvisibles(QString& text)
{
    QChar* data = text.data();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = data[i].unicode();
        if (u != 0 && u != 0xFEFF)
            data[kept++] = data[i];
    }
    if (kept == text.size())
        return;
    wipe(data + kept, static_cast<std::size_t>(text.size() - kept) * sizeof(QChar));
    text.truncate(kept);
}

QStringList splitLines(const QString& text)
{
    QStringList lines;
    const QChar* data = text.constData();
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = data[i].unicode();
        if (u != u'\n' && u != u'\r')
            continue;
        lines.append(QString(data + start, i - start));
        if (u == u'\r' && i + 1 < text.size() && data[i + 1] == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(QString(data + start, text.size() - start));
    return lines;
}

} // namespace

DecodedText::DecodedText(QByteArrayView bytes)
{
    bool failed = false;
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        m_text = decodeWith(QStringDecoder::Utf8, bytes.sliced(3), &failed);
    } else if (startsWith(bytes, "\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        m_text = decodeWith(QStringDecoder::Utf16LE, bytes.sliced(2), &failed);
    } else if (startsWith(bytes, "\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        m_text = decodeWith(QStringDecoder::Utf16BE, bytes.sliced(2), &failed);
    } else if (const auto utf16 = guessUtf16(bytes)) {
        m_encoding = *utf16;
        m_text = decodeWith(*utf16 == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, bytes,
                            &failed);
    } else {
        m_text = decodeWith(QStringDecoder::Utf8, bytes, &failed);
        if (failed) {
            wipe(m_text);
            m_encoding = Encoding::Latin1;
            m_text = QString::fromLatin1(bytes);
        }
    }

    qsizetype controls = 0;
    for (QChar c : std::as_const(m_text))
        controls += isControl(c, m_encoding) ? 1 : 0;
    m_looksLikeText = controls * 10 < std::max<qsizetype>(m_text.size(), 1);

    dropInvisibles(m_text);
    m_lines = splitLines(m_text);
}

DecodedText::~DecodedText()
{
    wipe(m_text);
    for (QString& line : m_lines)
        wipe(line);
}

QChar DecodedText::firstNonSpace() const
{
    for (QChar c : m_text)
        if (!c.isSpace())
            return c;
    return {};
}

} // namespace keyhaven
