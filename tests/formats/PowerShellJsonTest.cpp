// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/PowerShellJson.h"
#include "formats/KeyFile.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

TEST_CASE("One volume from Get-BitLockerVolume, types as numbers", "[formats][powershell]")
{
    for (TextEncoding encoding : allTextEncodings()) {
        INFO(encodingName(encoding));
        const FormatResult result = readPowerShellJson(encodeText(powerShellSingle(), encoding));
        INFO(result.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(result.recognised);
        CHECK(result.problems.isEmpty());
        REQUIRE(result.keys.size() == 1);
        const RecoveryKey& key = result.keys.first();
        CHECK(key.kind == KeyKind::BitLockerRecoveryPassword);
        CHECK(key.id->toString() == firstId);
        CHECK(textOf(key.secret) == firstPassword);
        CHECK(key.volumeLabel == QStringLiteral("C:"));
        CHECK(key.deviceName == QStringLiteral("DESKTOP-NPM7RCA"));
    }
}

TEST_CASE("An array of volumes, types as names", "[formats][powershell]")
{
    const FormatResult result = readPowerShellJson(encodeText(powerShellArray(), TextEncoding::Utf16LEWithBom));
    CHECK(result.problems.isEmpty());
    REQUIRE(result.keys.size() == 2);
    CHECK(result.keys.at(0).id->toString() == firstId);
    CHECK(result.keys.at(0).volumeLabel == QStringLiteral("C:"));
    CHECK(result.keys.at(1).id->toString() == secondId);
    CHECK(textOf(result.keys.at(1).secret) == secondPassword);
    CHECK(result.keys.at(1).volumeLabel == QStringLiteral("D:"));

    const KeyFileContents contents
        = KeyFile::readBytes(encodeText(powerShellArray(), TextEncoding::Utf16LEWithBom), QStringLiteral("v.json"));
    REQUIRE(contents.keys.size() == 2);
    CHECK(contents.keys.first().format == QStringLiteral("powershell-json"));
}

TEST_CASE("Protectors on their own, as one object or an array", "[formats][powershell]")
{
    const QString one = powerShellProtector(firstId, QStringLiteral("3"), firstPassword);
    const QString two = QStringLiteral("[%1,%2]").arg(
        one, powerShellProtector(QStringLiteral("0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63"), QStringLiteral("1"), {}));
    for (const QString& json : { one, two }) {
        const FormatResult result = readPowerShellJson(encodeText(json, TextEncoding::Utf8));
        CHECK(result.recognised);
        REQUIRE(result.keys.size() == 1);
        CHECK(result.keys.first().id->toString() == firstId);
        CHECK(result.keys.first().volumeLabel.isEmpty());
    }
}

TEST_CASE("PowerShell output without usable passwords says why", "[formats][powershell]")
{
    const QString flattened
        = QStringLiteral("{\"MountPoint\": \"C:\", \"KeyProtector\": [\"Tpm\", \"RecoveryPassword\"]}");
    const FormatResult shallow = readPowerShellJson(encodeText(flattened, TextEncoding::Utf8));
    CHECK(shallow.recognised);
    CHECK(shallow.keys.isEmpty());
    REQUIRE(shallow.problems.size() == 1);
    CHECK(shallow.problems.first().contains(QStringLiteral("-Depth")));

    const FormatResult empty = readPowerShellJson(
        encodeText(powerShellVolume(QStringLiteral("C:"), powerShellProtector(firstId, QStringLiteral("3"), {})),
                   TextEncoding::Utf8));
    CHECK(empty.keys.isEmpty());
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems.first().contains(firstId));

    const FormatResult tpmOnly = readPowerShellJson(
        encodeText(powerShellVolume(QStringLiteral("C:"),
                                    powerShellProtector(QStringLiteral("0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63"),
                                                        QStringLiteral("1"), {})),
                   TextEncoding::Utf8));
    CHECK(tpmOnly.recognised);
    REQUIRE(tpmOnly.problems.size() == 1);
    CHECK(tpmOnly.problems.first().contains(QStringLiteral("no recovery password")));
}

TEST_CASE("A damaged password in PowerShell output names the protector and group", "[formats][powershell]")
{
    QString damaged = firstPassword;
    damaged.replace(7, 6, QStringLiteral("357952"));
    const FormatResult result = readPowerShellJson(
        encodeText(powerShellVolume(QStringLiteral("C:"), powerShellProtector(firstId, QStringLiteral("3"), damaged)),
                   TextEncoding::Utf8));
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(firstId));
    CHECK(result.problems.first().contains(QStringLiteral("Group 2")));
    CHECK_FALSE(result.problems.first().contains(damaged));
}

TEST_CASE("JSON of another shape is not PowerShell output", "[formats][powershell]")
{
    CHECK_FALSE(readPowerShellJson(encodeText(graphSingle(), TextEncoding::Utf8)).recognised);
    CHECK_FALSE(readPowerShellJson(QByteArray("{\"name\": \"x\"}")).recognised);
    CHECK_FALSE(readPowerShellJson(QByteArray("[1, 2, 3]")).recognised);
    CHECK_FALSE(readPowerShellJson(QByteArray("{\"KeyProtector\": ")).recognised);
    CHECK_FALSE(readPowerShellJson(QByteArray("not json")).recognised);
}
