// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace keyhaven {

// Text as the readers see it, whatever the encoding it was saved in: UTF-16LE or UTF-16BE (with or
// without a byte-order mark), UTF-8 (with or without one), or, when the bytes are not valid UTF-8,
// Windows' 8-bit code page read as Latin-1. NUL characters and stray byte-order marks are dropped;
// lines end at CRLF, LF or CR. Both the text and its lines are wiped when the object goes, because
// they may hold a key.
class DecodedText
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Latin1 };

    explicit DecodedText(QByteArrayView bytes);
    ~DecodedText();
    DecodedText(const DecodedText&) = delete;
    DecodedText& operator=(const DecodedText&) = delete;

    const QString& text() const { return m_text; }
    // Lines without their line ends; line N (1-based, as messages say it) is lines()[N - 1].
    const QStringList& lines() const { return m_lines; }
    Encoding encoding() const { return m_encoding; }
    // False when the bytes look binary: not valid UTF-8 or UTF-16 and full of control characters.
    bool looksLikeText() const { return m_looksLikeText; }
    // The first character that is not white space, or a null QChar when there is none.
    QChar firstNonSpace() const;

private:
    QString m_text;
    QStringList m_lines;
    Encoding m_encoding = Encoding::Utf8;
    bool m_looksLikeText = true;
};

} // namespace keyhaven
