// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeyId.h"

#include "support/catch.h"

using namespace keyhaven;

TEST_CASE("Every spelling of a key ID parses to the same ID", "[keys][key-id]")
{
    const QString canonical = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
    for (const char* spelling : {"{64311DEA-4587-4029-924A-BA299647998E}", "64311DEA-4587-4029-924A-BA299647998E",
                                 "64311dea-4587-4029-924a-ba299647998e", "64311dea45874029924aba299647998e",
                                 "{64311DEA45874029924ABA299647998E}", " 64311DEA-4587-4029-924A-BA299647998E\r\n"}) {
        INFO(spelling);
        const auto id = KeyId::parse(QString::fromLatin1(spelling));
        REQUIRE(id);
        CHECK(id->toString() == canonical);
        CHECK(id->shortForm() == QStringLiteral("64311DEA"));
    }
    CHECK(KeyId::parse(QStringLiteral("６４３１１ＤＥＡ－4587-4029-924A-BA299647998E")));
    CHECK_FALSE(KeyId::parse(QStringLiteral("64311DEA-4587-4029-924A-BA299647998")));
    CHECK_FALSE(KeyId::parse(QStringLiteral("64311DEA-4587-4029-924A-BA299647998G")));
    CHECK_FALSE(KeyId::parse(QString()));
}

TEST_CASE("GUIDs in Microsoft's on-disk layout are read mixed-endian", "[keys][key-id]")
{
    const QByteArray raw = QByteArray::fromHex("ea1d31648745294092 4aba299647998e");
    const KeyId id = KeyId::fromMixedEndian(reinterpret_cast<const std::uint8_t*>(raw.constData()));
    CHECK(id.toString() == QStringLiteral("64311DEA-4587-4029-924A-BA299647998E"));
}

TEST_CASE("Key IDs match by a prefix of 8 or more hex digits", "[keys][key-id]")
{
    const KeyId id = *KeyId::parse(QStringLiteral("64311dea-4587-4029-924a-ba299647998e"));
    for (const char* prefix : {"64311DEA", "64311dea", "64311DEA-4587", "{64311DEA-4587-4029-924A-BA299647998E}"}) {
        const auto parsed = KeyIdPrefix::parse(QString::fromLatin1(prefix));
        REQUIRE(parsed.prefix);
        CHECK(id.matches(*parsed.prefix));
    }
    CHECK(KeyIdPrefix::parse(QStringLiteral("{64311DEA-4587-4029-924A-BA299647998E}")).prefix->isFullId());
    CHECK_FALSE(id.matches(*KeyIdPrefix::parse(QStringLiteral("64311DEB")).prefix));

    const auto tooShort = KeyIdPrefix::parse(QStringLiteral("64311DE"));
    CHECK_FALSE(tooShort.prefix);
    CHECK(tooShort.error.contains(QStringLiteral("8")));
    const auto notHex = KeyIdPrefix::parse(QStringLiteral("64311DEZ"));
    CHECK_FALSE(notHex.prefix);
    CHECK(notHex.error.contains(QStringLiteral("Z")));
}
