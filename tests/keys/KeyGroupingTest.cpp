// SPDX-License-Identifier: GPL-3.0-or-later
// The dashes a key field puts in as people type and paste, and the per-group checks it asks the core for.
#include "keys/KeyGrouping.h"
#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"

#include "support/catch.h"

using namespace keyhaven;

namespace {

GroupedKeyText bitLocker(const QString& typed, int caret)
{
    const std::optional<GroupedKeyText> grouped = groupKeyText(typed, caret, 6, 8, false);
    REQUIRE(grouped);
    return *grouped;
}

} // namespace

TEST_CASE("Dashes go between groups of six as the digits come, the caret stays after its digit", "[keys]")
{
    CHECK(bitLocker(QStringLiteral("235818"), 6).text == QStringLiteral("235818"));
    const GroupedKeyText seventh = bitLocker(QStringLiteral("2358183"), 7);
    CHECK(seventh.text == QStringLiteral("235818-3"));
    CHECK(seventh.caret == 8);
    // A dash typed after a whole group stays; a second one does not.
    CHECK(bitLocker(QStringLiteral("235818-"), 7).text == QStringLiteral("235818-"));
    CHECK(bitLocker(QStringLiteral("235818-"), 7).caret == 7);
    CHECK(bitLocker(QStringLiteral("235818--"), 8).text == QStringLiteral("235818-"));
    // Backspace over the first digit of group 2 leaves the dash; once more, and it goes with the digit.
    CHECK(bitLocker(QStringLiteral("235818-"), 7).text == QStringLiteral("235818-"));
    CHECK(bitLocker(QStringLiteral("23581"), 5).text == QStringLiteral("23581"));
    // A missing digit typed into group 1 moves the rest along; the caret stays right after it.
    const GroupedKeyText inserted = bitLocker(QStringLiteral("2358183-57951"), 4);
    CHECK(inserted.text == QStringLiteral("235818-357951"));
    CHECK(inserted.caret == 4);
    // 48 bare digits, full-width digits with ideographic spaces, a Japanese long vowel mark as the dash.
    const QString key = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
    QString bare = key;
    bare.remove(QLatin1Char('-'));
    CHECK(bitLocker(bare, 48).text == key);
    CHECK(bitLocker(bare, 48).caret == 55);
    QString wide;
    for (QChar c : key)
        wide.append(c == QLatin1Char('-') ? QChar(0x30FC) : QChar(static_cast<char16_t>(c.unicode() + 0xFEE0)));
    CHECK(bitLocker(wide, static_cast<int>(wide.size())).text == key);
    CHECK(bitLocker(QStringLiteral(" 235818 357951 "), 15).text == QStringLiteral("235818-357951-"));
    // No trailing dash after the last group.
    CHECK(bitLocker(key + QLatin1Char(' '), 56).text == key);
    // A character that is not part of a key: the text stays as typed, for the checks to name it.
    CHECK_FALSE(groupKeyText(QStringLiteral("235818-3x"), 9, 6, 8, false));
    // FileVault: groups of four, upper case.
    const std::optional<GroupedKeyText> prk = groupKeyText(QStringLiteral("7wezbt5re6"), 10, 4, 6, true);
    REQUIRE(prk);
    CHECK(prk->text == QStringLiteral("7WEZ-BT5R-E6"));
    CHECK(prk->caret == 12);
}

TEST_CASE("One group is checked with the words parse() uses", "[keys]")
{
    CHECK_FALSE(RecoveryPassword::checkGroup(1, u"235818"));
    const auto wrong = RecoveryPassword::checkGroup(5, u"253978");
    REQUIRE(wrong);
    CHECK(wrong->group == 5);
    CHECK(wrong->message == QStringLiteral("Group 5 is not valid: one of its digits is wrong."));
    const auto key = QStringLiteral("235818-357951-253979-013365-253978-245575-342914-591910");
    const RecoveryPassword::Parsed parsed = RecoveryPassword::parse(key);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.first().message == wrong->message);
    CHECK(RecoveryPassword::checkGroup(2, u"35795")->message.startsWith(QStringLiteral("Group 2 has 5 digit")));
    CHECK(RecoveryPassword::checkGroup(2, u"3x7951")->message.startsWith(QStringLiteral("Group 2: “x” is not a digit")));
    CHECK(RecoveryPassword::checkGroup(3, u"720896")->message.contains(QStringLiteral("larger than any group")));

    CHECK(PersonalRecoveryKey::checkGroup(1, u"7WEZ").isEmpty());
    const KeyProblems lookAlike = PersonalRecoveryKey::checkGroup(4, u"40EJ");
    REQUIRE(lookAlike.size() == 1);
    CHECK(lookAlike.first().severity == KeyProblem::Severity::Warning);
    CHECK(lookAlike.first().group == 4);
    CHECK(PersonalRecoveryKey::checkGroup(2, u"BT5").first().message.startsWith(
        QStringLiteral("Group 2 has 3 character")));
}
