// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/RecoveryTextFile.h"
#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"

#include "FormatSamples.h"

#include "support/TestData.h"
#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

struct Variant
{
    std::string name;
    QString text;
};

// The written text as written, with LF line ends, and with NUL characters in odd places.
QList<Variant> variantsOf(const QString& written, const QString& password)
{
    QString lf = written;
    lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString nuls = written;
    nuls.insert(nuls.indexOf(password) + 3, QChar(0));
    nuls.insert(nuls.indexOf(QStringLiteral("Recovery Key:")), QChar(0));
    nuls.insert(20, QChar(0));
    nuls.append(QChar(0));
    return { { "CRLF", written }, { "LF", lf }, { "stray NULs", nuls } };
}

void checkOneKey(const FormatResult& result, const QString& password, const QString& id)
{
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(result.recognised);
    REQUIRE(result.keys.size() == 1);
    CHECK(result.problems.isEmpty());
    const RecoveryKey& key = result.keys.first();
    CHECK(key.kind == KeyKind::BitLockerRecoveryPassword);
    CHECK(textOf(key.secret) == password);
    REQUIRE(key.id);
    CHECK(key.id->toString() == id.toUpper());
}

int lineOf(const QString& text, const QString& needle)
{
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    for (int n = 0; n < lines.size(); ++n)
        if (lines.at(n).contains(needle))
            return n + 1;
    FAIL("not in the text: " << needle.toStdString());
    return 0;
}

QString withGroup(QString password, int group, const QString& replacement)
{
    return password.replace((group - 1) * 7, 6, replacement);
}

} // namespace

TEST_CASE("Every recovery password of the test volumes survives writing and reading back in every encoding",
          "[formats][recovery-text-file][testdata]")
{
    int checked = 0;
    for (const BitLockerImage& image : bitlockerImages()) {
        if (image.recoveryPassword.isEmpty())
            continue;
        INFO(image.name.toStdString());
        const QString written
            = decodeWrittenFile(recoveryTextFileBytes(bitLockerKey(image.recoveryPassword, image.recoveryPasswordVmk)));
        for (const Variant& variant : variantsOf(written, image.recoveryPassword)) {
            for (TextEncoding encoding : allTextEncodings()) {
                INFO(variant.name << ", " << encodingName(encoding));
                const QByteArray bytes = encodeText(variant.text, encoding);
                checkOneKey(readRecoveryTextFile(bytes), image.recoveryPassword, image.recoveryPasswordVmk);
                const KeyFileContents contents = KeyFile::readBytes(bytes, QStringLiteral("key.txt"));
                REQUIRE(contents.status == KeyFileContents::Status::Ok);
                REQUIRE(contents.keys.size() == 1);
                CHECK(contents.keys.first().format == QStringLiteral("recovery-text-file"));
                CHECK(contents.keys.first().source == QStringLiteral("key.txt"));
            }
        }
        ++checked;
    }
    CHECK(checked >= 10);
}

TEST_CASE("The bytes as written read back directly", "[formats][recovery-text-file]")
{
    const SecureBytes written = recoveryTextFileBytes(bitLockerKey(firstPassword, firstId));
    checkOneKey(readRecoveryTextFile(bytesOf(written)), firstPassword, firstId);
}

TEST_CASE("A Windows 7 file gives the full ID, not the 16-character short one", "[formats][recovery-text-file]")
{
    for (TextEncoding encoding : { TextEncoding::Utf16LEWithBom, TextEncoding::Utf8 }) {
        INFO(encodingName(encoding));
        checkOneKey(readRecoveryTextFile(encodeText(windows7TextFile(), encoding)), firstPassword, firstId);
    }
}

TEST_CASE("Localised files are read by pattern, not by label", "[formats][recovery-text-file]")
{
    for (const QString& text : { japaneseTextFile(), germanTextFile() }) {
        for (TextEncoding encoding : allTextEncodings()) {
            INFO(encodingName(encoding) << '\n' << text.toStdString());
            checkOneKey(readRecoveryTextFile(encodeText(text, encoding)), firstPassword, firstId);
        }
    }
}

TEST_CASE("Lower-case and braced IDs, and full-width digits, are read too", "[formats][recovery-text-file]")
{
    checkOneKey(readRecoveryTextFile(encodeText(germanTextFile(firstPassword, firstId.toLower()), TextEncoding::Utf8)),
                firstPassword, firstId);
    checkOneKey(readRecoveryTextFile(encodeText(
                    germanTextFile(firstPassword, QLatin1Char('{') + firstId + QLatin1Char('}')), TextEncoding::Utf8)),
                firstPassword, firstId);
    QString fullWidth;
    for (QChar c : firstPassword)
        fullWidth.append(c.isDigit() ? QChar(static_cast<char16_t>(c.unicode() + 0xFEE0)) : QChar(u'－'));
    checkOneKey(readRecoveryTextFile(encodeText(japaneseTextFile(fullWidth), TextEncoding::Utf8)), firstPassword,
                firstId);
}

TEST_CASE("A password that fails its check is reported with its line and group", "[formats][recovery-text-file]")
{
    const QString damaged = withGroup(firstPassword, 3, QStringLiteral("253978")); // last digit off by one
    const QString text = decodeWrittenFile(recoveryTextFileBytes(bitLockerKey(damaged, firstId)));
    const int line = lineOf(text, damaged);

    const FormatResult result = readRecoveryTextFile(encodeText(text, TextEncoding::Utf16LEWithBom));
    CHECK(result.recognised);
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    const QString& problem = result.problems.first();
    CHECK(problem.contains(QStringLiteral("Line %1").arg(line)));
    CHECK(problem.contains(QStringLiteral("Group 3")));
    CHECK_FALSE(problem.contains(damaged));
    CHECK_FALSE(problem.contains(QStringLiteral("253978")));

    const KeyFileContents contents = KeyFile::readBytes(encodeText(text, TextEncoding::Utf16LEWithBom),
                                                        QStringLiteral("BitLocker Recovery Key.TXT"));
    CHECK(contents.status == KeyFileContents::Status::NoKeyMaterial);
    REQUIRE(contents.problems.size() == 1);
    CHECK(contents.problems.first().startsWith(QStringLiteral("BitLocker Recovery Key.TXT: ")));
    CHECK(contents.problems.first().contains(QStringLiteral("Group 3")));
}

TEST_CASE("A group with a digit missing or a letter in it is named", "[formats][recovery-text-file]")
{
    const QString shortGroup = withGroup(firstPassword, 5, QStringLiteral("24112"));
    const FormatResult missing = readRecoveryTextFile(encodeText(germanTextFile(shortGroup), TextEncoding::Utf8));
    CHECK(missing.keys.isEmpty());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems.first().contains(QStringLiteral("Group 5")));

    const QString letter = withGroup(firstPassword, 2, QStringLiteral("357O51"));
    const FormatResult withLetter = readRecoveryTextFile(encodeText(germanTextFile(letter), TextEncoding::Utf8));
    CHECK(withLetter.keys.isEmpty());
    REQUIRE_FALSE(withLetter.problems.isEmpty());
    CHECK(withLetter.problems.first().contains(QStringLiteral("“O”")));
    CHECK(withLetter.problems.first().contains(QStringLiteral("Line %1").arg(lineOf(germanTextFile(letter), letter))));
}

TEST_CASE("Several keys in one file each go with the ID before them", "[formats][recovery-text-file]")
{
    const QString both = germanTextFile(firstPassword, firstId) + windows7TextFile(secondPassword, secondId);
    const FormatResult result = readRecoveryTextFile(encodeText(both, TextEncoding::Utf16LEWithBom));
    REQUIRE(result.keys.size() == 2);
    CHECK(result.keys.at(0).id->toString() == firstId);
    CHECK(textOf(result.keys.at(0).secret) == firstPassword);
    CHECK(result.keys.at(1).id->toString() == secondId);
    CHECK(textOf(result.keys.at(1).secret) == secondPassword);
}

TEST_CASE("A key before its ID, or without any ID, is still read", "[formats][recovery-text-file]")
{
    const QString keyFirst = QStringLiteral("Recovery Key: %1\r\nIdentifier: %2\r\n").arg(firstPassword, firstId);
    checkOneKey(readRecoveryTextFile(encodeText(keyFirst, TextEncoding::Utf8)), firstPassword, firstId);

    const FormatResult noId
        = readRecoveryTextFile(encodeText(QStringLiteral("My key:\n%1\n").arg(firstPassword), TextEncoding::Utf8));
    REQUIRE(noId.keys.size() == 1);
    CHECK_FALSE(noId.keys.first().id);
    REQUIRE(noId.problems.size() == 1);
    CHECK(noId.problems.first().contains(QStringLiteral("Line 2")));
    CHECK(noId.problems.first().contains(QStringLiteral("no key ID")));
}

TEST_CASE("A file with an ID but no password says so", "[formats][recovery-text-file]")
{
    const FormatResult result
        = readRecoveryTextFile(encodeText(QStringLiteral("Identifier:\r\n\t%1\r\n").arg(firstId), TextEncoding::Utf8));
    CHECK(result.recognised);
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("no recovery key")));

    CHECK_FALSE(readRecoveryTextFile(QByteArray("Nothing to see here.\r\n")).recognised);
    CHECK_FALSE(readRecoveryTextFile(QByteArray()).recognised);
}
