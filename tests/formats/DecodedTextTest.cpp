// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/DecodedText.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {
const QString sample = QStringLiteral("Bezeichner: ß 識別子\r\n\r\n\tLine three\nLine four\rLine five");
const QStringList sampleLines { QStringLiteral("Bezeichner: ß 識別子"), QString(), QStringLiteral("\tLine three"),
                                QStringLiteral("Line four"), QStringLiteral("Line five") };
} // namespace

TEST_CASE("Text decodes the same from every encoding, with or without a byte-order mark", "[formats][text]")
{
    for (TextEncoding encoding : allTextEncodings()) {
        INFO(encodingName(encoding));
        const DecodedText text(encodeText(sample, encoding));
        CHECK(text.lines() == sampleLines);
        CHECK(text.looksLikeText());
    }
    CHECK(DecodedText(encodeText(sample, TextEncoding::Utf16LE)).encoding() == DecodedText::Encoding::Utf16LE);
    CHECK(DecodedText(encodeText(sample, TextEncoding::Utf16BE)).encoding() == DecodedText::Encoding::Utf16BE);
    CHECK(DecodedText(encodeText(sample, TextEncoding::Utf8)).encoding() == DecodedText::Encoding::Utf8);
}

TEST_CASE("NUL characters and stray byte-order marks are dropped", "[formats][text]")
{
    QString withNuls = sample;
    withNuls.insert(5, QChar(0));
    withNuls.insert(0, QChar(0xFEFF));
    withNuls.append(QChar(0));
    for (TextEncoding encoding : allTextEncodings()) {
        INFO(encodingName(encoding));
        CHECK(DecodedText(encodeText(withNuls, encoding)).lines() == sampleLines);
    }
    const QByteArray nulBytes = QByteArray("Recovery\0 Key:\0", 15);
    CHECK(DecodedText(nulBytes).text() == QStringLiteral("Recovery Key:"));
}

TEST_CASE("Bytes that are not UTF-8 are read as Latin-1, and binary is told from text", "[formats][text]")
{
    const DecodedText latin1(QByteArray("Schl\xFCssel: 123"));
    CHECK(latin1.encoding() == DecodedText::Encoding::Latin1);
    CHECK(latin1.text() == QStringLiteral("Schlüssel: 123"));
    CHECK(latin1.looksLikeText());

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919 + 13) % 256));
    CHECK_FALSE(DecodedText(binary).looksLikeText());
}

TEST_CASE("The first character that is not white space is found", "[formats][text]")
{
    CHECK(DecodedText(encodeText(QStringLiteral("\r\n  \t[1]"), TextEncoding::Utf16LEWithBom)).firstNonSpace()
          == QLatin1Char('['));
    CHECK(DecodedText(QByteArray("   ")).firstNonSpace().isNull());
    CHECK(DecodedText(QByteArray()).lines().isEmpty());
}
