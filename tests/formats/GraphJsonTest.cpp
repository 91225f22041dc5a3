// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/GraphJson.h"
#include "formats/KeyFile.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

TEST_CASE("One bitlockerRecoveryKey from Microsoft Graph", "[formats][graph]")
{
    const FormatResult result = readGraphJson(encodeText(graphSingle(), TextEncoding::Utf8));
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(result.recognised);
    CHECK(result.problems.isEmpty());
    REQUIRE(result.keys.size() == 1);
    const RecoveryKey& key = result.keys.first();
    CHECK(key.kind == KeyKind::BitLockerRecoveryPassword);
    CHECK(key.id->toString() == firstId);
    CHECK(textOf(key.secret) == firstPassword);
    CHECK(key.deviceName == QStringLiteral("1ab40ab2-32a8-4b00-b828-1234567890ab"));
    CHECK(key.created == QDateTime(QDate(2020, 6, 15), QTime(13, 44, 37), Qt::UTC));
}

TEST_CASE("A list of keys from Microsoft Graph, in any encoding", "[formats][graph]")
{
    for (TextEncoding encoding : allTextEncodings()) {
        INFO(encodingName(encoding));
        const FormatResult result = readGraphJson(encodeText(graphList(), encoding));
        CHECK(result.problems.isEmpty());
        REQUIRE(result.keys.size() == 2);
        CHECK(result.keys.at(0).id->toString() == firstId);
        CHECK(result.keys.at(1).id->toString() == secondId);
        CHECK(textOf(result.keys.at(1).secret) == secondPassword);
        CHECK(result.keys.at(1).created.toUTC().date() == QDate(2021, 1, 2)); // seven fraction digits
    }
    const KeyFileContents contents
        = KeyFile::readBytes(encodeText(graphList(), TextEncoding::Utf8), QStringLiteral("g"));
    REQUIRE(contents.keys.size() == 2);
    CHECK(contents.keys.first().format == QStringLiteral("graph-json"));
}

TEST_CASE("Graph output without the key field says to ask for it", "[formats][graph]")
{
    const QString withoutKey = QStringLiteral("{\"value\": [{\"id\": \"%1\", \"createdDateTime\": "
                                              "\"2020-06-15T13:44:37Z\", \"volumeType\": \"1\", \"deviceId\": \"x\"}]}")
                                   .arg(firstId.toLower());
    const FormatResult result = readGraphJson(encodeText(withoutKey, TextEncoding::Utf8));
    CHECK(result.recognised);
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("$select=key")));
    CHECK(result.problems.first().contains(firstId));

    const QString emptyList = QStringLiteral("{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#"
                                             "informationProtection/bitlocker/recoveryKeys\", \"value\": []}");
    const FormatResult none = readGraphJson(encodeText(emptyList, TextEncoding::Utf8));
    CHECK(none.recognised);
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems.first().contains(QStringLiteral("no recovery keys")));
}

TEST_CASE("A damaged key from Graph names the key and group", "[formats][graph]")
{
    QString damaged = firstPassword;
    damaged.replace(49, 6, QStringLiteral("591911"));
    const FormatResult result = readGraphJson(
        encodeText(graphKey(firstId, damaged, QStringLiteral("2020-06-15T13:44:37Z")), TextEncoding::Utf8));
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("Group 8")));
    CHECK(result.problems.first().contains(firstId));
    CHECK_FALSE(result.problems.first().contains(damaged));
}

TEST_CASE("JSON of another shape is not Graph output", "[formats][graph]")
{
    CHECK_FALSE(readGraphJson(encodeText(powerShellSingle(), TextEncoding::Utf8)).recognised);
    CHECK_FALSE(readGraphJson(QByteArray("{\"id\": \"x\"}")).recognised);
    CHECK_FALSE(readGraphJson(QByteArray("{\"value\": [1, 2]}")).recognised);
    CHECK_FALSE(readGraphJson(QByteArray("[]")).recognised);
}
