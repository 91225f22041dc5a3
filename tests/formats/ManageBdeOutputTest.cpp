// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/ManageBdeOutput.h"
#include "formats/KeyFile.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

void checkTwoPasswords(const FormatResult& result, const QString& volume)
{
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(result.recognised);
    CHECK(result.problems.isEmpty());
    REQUIRE(result.keys.size() == 2);
    CHECK(result.keys.at(0).id->toString() == firstId);
    CHECK(textOf(result.keys.at(0).secret) == firstPassword);
    CHECK(result.keys.at(1).id->toString() == secondId);
    CHECK(textOf(result.keys.at(1).secret) == secondPassword);
    for (const RecoveryKey& key : result.keys) {
        CHECK(key.kind == KeyKind::BitLockerRecoveryPassword);
        CHECK(key.volumeLabel == volume);
    }
}

} // namespace

TEST_CASE("manage-bde output in English gives both recovery passwords and passes over other protectors",
          "[formats][manage-bde]")
{
    for (TextEncoding encoding : allTextEncodings()) {
        INFO(encodingName(encoding));
        checkTwoPasswords(readManageBdeOutput(encodeText(manageBdeEnglish(), encoding)), QStringLiteral("C:"));
    }
}

TEST_CASE("manage-bde output in French, with a space before colons, is read the same", "[formats][manage-bde]")
{
    for (TextEncoding encoding : allTextEncodings()) {
        INFO(encodingName(encoding));
        checkTwoPasswords(readManageBdeOutput(encodeText(manageBdeFrench(), encoding)), QStringLiteral("D:"));
    }
}

TEST_CASE("KeyFile tells manage-bde output from a recovery text file", "[formats][manage-bde]")
{
    for (const QString& text : { manageBdeEnglish(), manageBdeFrench() }) {
        const KeyFileContents contents
            = KeyFile::readBytes(encodeText(text, TextEncoding::Utf16LEWithBom), QStringLiteral("protectors.txt"));
        REQUIRE(contents.status == KeyFileContents::Status::Ok);
        REQUIRE(contents.keys.size() == 2);
        for (const RecoveryKey& key : contents.keys)
            CHECK(key.format == QStringLiteral("manage-bde"));
    }
}

TEST_CASE("A damaged password in manage-bde output is named by line and group", "[formats][manage-bde]")
{
    QString damaged = secondPassword;
    damaged.replace(0, 6, QStringLiteral("042648"));
    QString text = manageBdeEnglish();
    text.replace(secondPassword, damaged);
    const int line
        = static_cast<int>(text.split(QStringLiteral("\r\n")).indexOf(QStringLiteral("        ") + damaged)) + 1;
    REQUIRE(line > 0);

    const FormatResult result = readManageBdeOutput(encodeText(text, TextEncoding::Utf8));
    REQUIRE(result.keys.size() == 1);
    CHECK(result.keys.first().id->toString() == firstId);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("Line %1").arg(line)));
    CHECK(result.problems.first().contains(QStringLiteral("Group 1")));
    CHECK_FALSE(result.problems.first().contains(damaged));
}

TEST_CASE("manage-bde output without a recovery password says so", "[formats][manage-bde]")
{
    const QString tpmOnly = QStringLiteral("Volume C: [OS]\nAll Key Protectors\n\n    TPM:\n"
                                           "      ID: {0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63}\n");
    const FormatResult result = readManageBdeOutput(encodeText(tpmOnly, TextEncoding::Utf8));
    CHECK(result.recognised);
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("no recovery password")));
    CHECK(KeyFile::readBytes(encodeText(tpmOnly, TextEncoding::Utf8), QStringLiteral("x")).status
          == KeyFileContents::Status::NoKeyMaterial);

    CHECK_FALSE(readManageBdeOutput(encodeText(germanTextFile(), TextEncoding::Utf8)).recognised);
}

TEST_CASE("A volume without a drive letter has no label, and the volume heading changes it", "[formats][manage-bde]")
{
    const QString text = QStringLiteral("Volume \\\\?\\Volume{9a3f1b2c-0000-0000-0000-100000000000}\\ [Data]\n"
                                        "    Numerical Password:\n      ID: {%1}\n      Password:\n        %2\n"
                                        "Volume E: [USB]\n"
                                        "    Numerical Password:\n      ID: {%3}\n      Password:\n        %4\n")
                             .arg(firstId, firstPassword, secondId, secondPassword);
    const FormatResult result = readManageBdeOutput(encodeText(text, TextEncoding::Utf8));
    REQUIRE(result.keys.size() == 2);
    CHECK(result.keys.at(0).id->toString() == firstId);
    CHECK(result.keys.at(0).volumeLabel.isEmpty());
    CHECK(result.keys.at(1).id->toString() == secondId);
    CHECK(result.keys.at(1).volumeLabel == QStringLiteral("E:"));
}
