// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/KeyFile.h"
#include "formats/RecoveryTextFile.h"
#include "formats/RecoveryTextFileWriter.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QString writtenText(const RecoveryKey& key)
{
    return decodeWrittenFile(recoveryTextFileBytes(key));
}

} // namespace

TEST_CASE("Our FileVault text file reads back with its identifier, in every encoding", "[formats][filevault]")
{
    struct Case
    {
        RecoveryKey key;
        std::optional<QString> id;
        QString identifier;
    };
    const QList<Case> cases {
        { fileVaultKey(personalKey, hardwareUuid), hardwareUuid, {} },
        { fileVaultKey(personalKey, {}, QStringLiteral("C02XK0ZZJGH5")), std::nullopt, QStringLiteral("C02XK0ZZJGH5") },
        { fileVaultKey(personalKey), std::nullopt, {} },
    };
    for (const Case& c : cases) {
        const QString text = writtenText(c.key);
        QString lf = text;
        lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (const QString& variant : { text, lf }) {
            for (TextEncoding encoding : allTextEncodings()) {
                INFO(encodingName(encoding) << '\n' << variant.toStdString());
                const QByteArray bytes = encodeText(variant, encoding);
                const FormatResult result = readFileVaultTextFile(bytes);
                CHECK(result.recognised);
                CHECK(result.problems.isEmpty());
                REQUIRE(result.keys.size() == 1);
                const RecoveryKey& key = result.keys.first();
                CHECK(key.kind == KeyKind::FileVaultPersonalRecoveryKey);
                CHECK(textOf(key.secret) == personalKey);
                CHECK(key.id.has_value() == c.id.has_value());
                if (c.id)
                    CHECK(key.id->toString() == *c.id);
                CHECK(key.identifier == c.identifier);

                const KeyFileContents contents = KeyFile::readBytes(bytes, QStringLiteral("fv.txt"));
                REQUIRE(contents.status == KeyFileContents::Status::Ok);
                REQUIRE(contents.keys.size() == 1);
                CHECK(contents.keys.first().format == QStringLiteral("filevault-text-file"));
            }
        }
    }
    CHECK(readFileVaultTextFile(bytesOf(recoveryTextFileBytes(cases.first().key))).keys.size() == 1);
}

TEST_CASE("A hand-edited FileVault file in lower case is normalised", "[formats][filevault]")
{
    const QString text = QStringLiteral("Identifier:\n\t%1\n\nRecovery Key:\n\t%2\n")
                             .arg(hardwareUuid.toLower(), personalKey.toLower());
    const FormatResult result = readFileVaultTextFile(encodeText(text, TextEncoding::Utf8));
    REQUIRE(result.keys.size() == 1);
    CHECK(textOf(result.keys.first().secret) == personalKey);
    CHECK(result.keys.first().id->toString() == hardwareUuid);
}

TEST_CASE("A damaged FileVault key is reported with its line", "[formats][filevault]")
{
    const QString shortKey = personalKey.left(personalKey.size() - 1);
    const QString text = writtenText(fileVaultKey(shortKey, hardwareUuid));
    const int line = static_cast<int>(text.split(QStringLiteral("\r\n")).indexOf(QLatin1Char('\t') + shortKey)) + 1;
    REQUIRE(line > 0);
    const QByteArray bytes = encodeText(text, TextEncoding::Utf16LEWithBom);
    const FormatResult result = readFileVaultTextFile(bytes);
    CHECK(result.recognised);
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("Line %1").arg(line)));
    CHECK_FALSE(result.problems.first().contains(shortKey));

    const KeyFileContents contents = KeyFile::readBytes(bytes, QStringLiteral("fv.txt"));
    CHECK(contents.status == KeyFileContents::Status::NoKeyMaterial);
    REQUIRE(contents.problems.size() == 1);
    CHECK(contents.problems.first().contains(QStringLiteral("Line %1").arg(line)));
}

TEST_CASE("A character outside Apple's alphabet is a warning, and the key is kept", "[formats][filevault]")
{
    const QString withI = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTI");
    const FormatResult result = readFileVaultTextFile(bytesOf(recoveryTextFileBytes(fileVaultKey(withI))));
    REQUIRE(result.keys.size() == 1);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QStringLiteral("Group 6")));
}

TEST_CASE("A BitLocker file is not taken for a FileVault one", "[formats][filevault]")
{
    CHECK_FALSE(readFileVaultTextFile(bytesOf(recoveryTextFileBytes(bitLockerKey(firstPassword, firstId)))).recognised);
    CHECK_FALSE(readFileVaultTextFile(QByteArray("Recovery Key:\n\n")).recognised);
}
