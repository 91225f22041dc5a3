// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumes/MacPlist.h"

#include "FakeTools.h"
#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

TEST_CASE("A plist's top-level scalars are read, nested dicts and arrays are skipped", "[platform][plist]")
{
    const macplist::Dict dict = macplist::readDict(platformData(QStringLiteral("diskutil-info-root.plist")));
    REQUIRE(dict.ok);
    CHECK(dict.values.value(QStringLiteral("VolumeName")) == QStringLiteral("Macintosh HD"));
    CHECK(dict.values.value(QStringLiteral("FileVault")) == QStringLiteral("true"));
    CHECK(dict.values.value(QStringLiteral("Writable")) == QStringLiteral("false"));
    CHECK(dict.values.value(QStringLiteral("VolumeSize")) == QStringLiteral("494384795648"));
    CHECK(dict.values.value(QStringLiteral("MediaName")).isEmpty());
    CHECK(dict.values.value(QStringLiteral("SMARTStatus")) == QStringLiteral("Verified"));
    CHECK_FALSE(dict.values.contains(QStringLiteral("APFSPhysicalStore"))); // inside an array
    CHECK_FALSE(dict.values.contains(QStringLiteral("TEMPERATURE")));       // inside a nested dict
    CHECK_FALSE(dict.hasSecret);
}

TEST_CASE("The secret key of a plist goes to SecureBytes only", "[platform][plist]")
{
    const QByteArray output = "Some remark before the plist\n"
        + platformData(QStringLiteral("fdesetup-changerecovery.plist"));
    const macplist::Dict dict = macplist::readDict(output, u"RecoveryKey");
    REQUIRE(dict.ok);
    REQUIRE(dict.hasSecret);
    CHECK(dict.secret.view() == "Q7MK-V2HT-9CXP-WEJ4-LB8N-RZ3D");
    CHECK_FALSE(dict.values.contains(QStringLiteral("RecoveryKey")));
    CHECK(dict.values.value(QStringLiteral("EnabledUser")) == QStringLiteral("kari"));
}

TEST_CASE("Broken or foreign XML is not a plist", "[platform][plist]")
{
    for (const char* text : {"", "true", "<plist><dict><key>A</key><string>x</dict></plist>", "<html></html>",
                             "<plist><array/></plist>",
                             "<plist><dict><key>RecoveryKey</key><string>K</string><key>B</key></plist>"}) {
        INFO(text);
        const macplist::Dict dict = macplist::readDict(QByteArray(text), u"RecoveryKey");
        CHECK_FALSE(dict.ok);
        CHECK_FALSE(dict.error.isEmpty());
        CHECK_FALSE(dict.hasSecret);
        CHECK(dict.secret.isEmpty());
    }
}

TEST_CASE("A written plist escapes its values and reads back the same", "[platform][plist]")
{
    const std::string_view password = "<a&b> \"c\" 'd'\ttab\r\nnew line ÆØÅ";
    const std::optional<SecureBytes> plist = macplist::writeStringDict({{"Username", "kari"}, {"Password", password}});
    REQUIRE(plist);
    const std::string_view text = plist->view();
    CHECK(text.find("<a&b>") == std::string_view::npos);
    CHECK(text.find("&lt;a&amp;b&gt; &quot;c&quot; &apos;d&apos;") != std::string_view::npos);
    CHECK(text.find("\r") == std::string_view::npos);

    const macplist::Dict dict = macplist::readDict(QByteArrayView(text.data(), qsizetype(text.size())), u"Password");
    REQUIRE(dict.ok);
    CHECK(dict.values.value(QStringLiteral("Username")) == QStringLiteral("kari"));
    // readDict trims surrounding space; this value has none.
    CHECK(dict.secret.view() == password);

    CHECK_FALSE(macplist::writeStringDict({{"Password", std::string_view("a\0b", 3)}}));
    CHECK_FALSE(macplist::writeStringDict({{"Password", "bell\a"}}));
}
