// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/PersonalRecoveryKey.h"

#include "support/catch.h"

using namespace keyhaven;

namespace {
const QString prk = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
}

TEST_CASE("FileVault keys are normalised to upper case with dashes", "[keys][filevault]")
{
    QString fullWidth;
    for (QChar c : prk)
        fullWidth.append(QChar(static_cast<char16_t>(c.unicode() + 0xFEE0)));
    for (const QString& typed : {prk, QStringLiteral("7wez bt5r e6xv 4oej bz59 nrtl"),
                                 QStringLiteral("7WEZBT5RE6XV4OEJBZ59NRTL"), QStringLiteral("7wezbt5re6xv4oejbz59nrtl\n"),
                                 fullWidth}) {
        INFO(typed.toStdString());
        const auto parsed = PersonalRecoveryKey::parse(typed);
        REQUIRE(parsed.key);
        CHECK(parsed.problems.isEmpty());
        CHECK(parsed.key->canonical().toQString() == prk);
    }
}

TEST_CASE("Characters outside Apple's alphabet give a warning naming them", "[keys][filevault]")
{
    for (const char* typed : {"7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTI", "7WEZ-BT5R-E6XV-4OEJ-BZS9-NRTL"}) {
        const auto parsed = PersonalRecoveryKey::parse(QString::fromLatin1(typed));
        REQUIRE(parsed.key);
        REQUIRE(parsed.problems.size() == 1);
        const KeyProblem& warning = parsed.problems.first();
        CHECK(warning.severity == KeyProblem::Severity::Warning);
        const QChar bad = QString::fromLatin1(typed).contains(QLatin1Char('I')) ? QLatin1Char('I') : QLatin1Char('S');
        CHECK(warning.message.contains(QStringLiteral("“") + bad + QStringLiteral("”")));
        CHECK(warning.group == (bad == QLatin1Char('I') ? 6 : 5));
    }
    const auto zero = PersonalRecoveryKey::parse(QStringLiteral("0WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
    REQUIRE(zero.problems.size() == 1);
    CHECK(zero.problems.first().message.contains(QStringLiteral("“O”")));
}

TEST_CASE("FileVault keys of the wrong length or grouping are rejected", "[keys][filevault]")
{
    for (const char* typed : {"7WEZ-BT5R-E6XV-4OEJ-BZ59-NRT", "7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTLA", "7WEZBT5RE6XV4OEJBZ59NRT",
                              "7WEZBT5RE6XV4OEJBZ59NRTLA", "7WEZB-T5R-E6XV-4OEJ-BZ59-NRTL", "7WEZ-BT5R-E6XV4OEJ-BZ59-NRTL",
                              "7WEZ-BT5R-E6XV-4OEJ-BZ59-NRT!", ""}) {
        INFO(typed);
        const auto parsed = PersonalRecoveryKey::parse(QString::fromLatin1(typed));
        CHECK_FALSE(parsed.key);
        REQUIRE_FALSE(parsed.problems.isEmpty());
        CHECK(hasErrors(parsed.problems));
    }
    const auto grouped = PersonalRecoveryKey::parse(QStringLiteral("7WEZB-T5R-E6XV-4OEJ-BZ59-NRTL"));
    REQUIRE(grouped.problems.size() >= 1);
    CHECK(grouped.problems.first().group == 1);
}
