// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FdesetupPlist.h"
#include "formats/KeyFile.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QString plistDict(const QString& entries)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n%1</dict>\n"
                          "</plist>\n")
        .arg(entries);
}

} // namespace

TEST_CASE("An fdesetup plist gives the key and its metadata", "[formats][plist]")
{
    for (TextEncoding encoding : { TextEncoding::Utf8, TextEncoding::Utf8WithBom, TextEncoding::Utf16LEWithBom }) {
        INFO(encodingName(encoding));
        const FormatResult result = readFdesetupPlist(encodeText(fdesetupPlist(), encoding));
        INFO(result.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(result.recognised);
        CHECK(result.problems.isEmpty());
        REQUIRE(result.keys.size() == 1);
        const RecoveryKey& key = result.keys.first();
        CHECK(key.kind == KeyKind::FileVaultPersonalRecoveryKey);
        CHECK(textOf(key.secret) == personalKey);
        REQUIRE(key.id);
        CHECK(key.id->toString() == hardwareUuid);
        REQUIRE(key.volumeGuid);
        CHECK(key.volumeGuid->toString() == logicalVolumeUuid);
        CHECK(key.identifier == QStringLiteral("C02XK0ZZJGH5"));
        CHECK(key.created == QDateTime(QDate(2019, 6, 5), QTime(21, 21, 33), Qt::UTC));
    }
    const KeyFileContents contents
        = KeyFile::readBytes(encodeText(fdesetupPlist(), TextEncoding::Utf8), QStringLiteral("p"));
    REQUIRE(contents.keys.size() == 1);
    CHECK(contents.keys.first().format == QStringLiteral("fdesetup-plist"));
}

TEST_CASE("A plist with only the key, a lower-case key, or an ISO date is read", "[formats][plist]")
{
    const FormatResult bare = readFdesetupPlist(
        encodeText(plistDict(QStringLiteral("<key>RecoveryKey</key><string>%1</string>\n"
                                            "<key>EnabledDate</key><date>2020-01-02T03:04:05Z</date>\n"
                                            "<key>PVUUID</key><string>%2</string>\n"
                                            "<key>HardwareUUID</key><string>not-a-uuid</string>\n")
                                 .arg(personalKey.toLower(), logicalVolumeUuid)),
                   TextEncoding::Utf8));
    REQUIRE(bare.keys.size() == 1);
    const RecoveryKey& key = bare.keys.first();
    CHECK(textOf(key.secret) == personalKey);
    CHECK_FALSE(key.id);
    CHECK(key.volumeGuid->toString() == logicalVolumeUuid);
    CHECK(key.created == QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

TEST_CASE("A plist holding an array of dictionaries gives each key", "[formats][plist]")
{
    const QString plist = QStringLiteral("<plist version=\"1.0\"><array>"
                                         "<dict><key>RecoveryKey</key><string>%1</string></dict>"
                                         "<string>stray</string>"
                                         "<dict><key>RecoveryKey</key><string>%2</string></dict>"
                                         "</array></plist>")
                              .arg(personalKey, QStringLiteral("AU2A-PHMK-WBGX-PWKX-M3X3-VAPY"));
    const FormatResult result = readFdesetupPlist(encodeText(plist, TextEncoding::Utf8));
    REQUIRE(result.keys.size() == 2);
    CHECK(textOf(result.keys.at(1).secret) == QStringLiteral("AU2A-PHMK-WBGX-PWKX-M3X3-VAPY"));
}

TEST_CASE("Plists without a usable key say why", "[formats][plist]")
{
    const FormatResult missing = readFdesetupPlist(
        encodeText(plistDict(QStringLiteral("<key>EnabledUser</key><string>admin</string>\n")), TextEncoding::Utf8));
    CHECK(missing.recognised);
    CHECK(missing.keys.isEmpty());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems.first().contains(QStringLiteral("RecoveryKey")));

    const FormatResult damagedKey
        = readFdesetupPlist(encodeText(fdesetupPlist(personalKey.left(27)), TextEncoding::Utf8));
    CHECK(damagedKey.keys.isEmpty());
    REQUIRE(damagedKey.problems.size() == 1);
    CHECK(damagedKey.problems.first().contains(QStringLiteral("RecoveryKey")));
    CHECK_FALSE(damagedKey.problems.first().contains(personalKey.left(27)));

    QString broken = fdesetupPlist();
    broken.truncate(broken.indexOf(QStringLiteral("</dict>")) - 30);
    const FormatResult damagedXml = readFdesetupPlist(encodeText(broken, TextEncoding::Utf8));
    CHECK(damagedXml.recognised);
    CHECK(damagedXml.keys.isEmpty());
    REQUIRE_FALSE(damagedXml.problems.isEmpty());
    CHECK(damagedXml.problems.last().contains(QStringLiteral("damaged")));
}

TEST_CASE("XML that is not a property list is not read as one", "[formats][plist]")
{
    CHECK_FALSE(readFdesetupPlist(QByteArray("<?xml version=\"1.0\"?><html><body>x</body></html>")).recognised);
    CHECK_FALSE(readFdesetupPlist(QByteArray("plain text")).recognised);
    CHECK_FALSE(readFdesetupPlist(QByteArray()).recognised);
}
