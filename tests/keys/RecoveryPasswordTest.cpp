// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/RecoveryPassword.h"

#include "support/TestData.h"
#include "support/catch.h"

using namespace keyhaven;

namespace {

QString canonicalOf(const QString& typed)
{
    const auto parsed = RecoveryPassword::parse(typed);
    INFO(typed.toStdString());
    REQUIRE(parsed.password);
    REQUIRE(parsed.problems.isEmpty());
    return parsed.password->canonical().toQString();
}

QString hex(const SecureBytes& bytes)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes.data()),
                                          static_cast<qsizetype>(bytes.size()))
                                   .toHex());
}

const QString workedExample = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");

} // namespace

TEST_CASE("The worked example derives the documented key bytes", "[keys][recovery-password]")
{
    const auto parsed = RecoveryPassword::parse(workedExample);
    REQUIRE(parsed.password);
    CHECK(hex(parsed.password->keyBytes()) == QStringLiteral("be531d7f315abf04a0553557c67932d2"));
}

TEST_CASE("Every recovery password of the test volumes is valid", "[keys][recovery-password][testdata]")
{
    int checked = 0;
    for (const auto& image : test::bitlockerImages()) {
        if (image.recoveryPassword.isEmpty())
            continue;
        CHECK(canonicalOf(image.recoveryPassword) == image.recoveryPassword);
        ++checked;
    }
    CHECK(checked >= 13);
}

TEST_CASE("Changing any single digit is caught and the group is named", "[keys][recovery-password][testdata]")
{
    int changes = 0;
    for (const auto& image : test::bitlockerImages()) {
        const QString password = image.recoveryPassword;
        if (password.isEmpty())
            continue;
        for (qsizetype i = 0; i < password.size(); ++i) {
            if (password.at(i) == QLatin1Char('-'))
                continue;
            const int group = static_cast<int>(i / 7) + 1;
            for (char digit = '0'; digit <= '9'; ++digit) {
                if (password.at(i) == QLatin1Char(digit))
                    continue;
                QString changed = password;
                changed[i] = QLatin1Char(digit);
                const auto parsed = RecoveryPassword::parse(changed);
                INFO(changed.toStdString());
                REQUIRE_FALSE(parsed.password);
                REQUIRE(parsed.problems.size() == 1);
                CHECK(parsed.problems.first().group == group);
                CHECK(parsed.problems.first().message.contains(QString::number(group)));
                ++changes;
            }
        }
    }
    // 48 digits × 9 other digits for each of the (at least 13) test volumes' keys: the loop ran.
    CHECK(changes >= 13 * 48 * 9);
}

TEST_CASE("A group divisible by 11 but over 720885 is rejected", "[keys][recovery-password]")
{
    const auto parsed = RecoveryPassword::parse(QStringLiteral("235818-357951-956714-013365-241120-245575-342914-591910"));
    REQUIRE_FALSE(parsed.password);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.first().group == 3);
    CHECK(parsed.problems.first().message.contains(QStringLiteral("larger")));
}

TEST_CASE("47 or 49 digits are rejected", "[keys][recovery-password]")
{
    QString digits = workedExample;
    digits.remove(QLatin1Char('-'));
    for (const QString& typed : QStringList{digits.left(47), digits + QLatin1Char('0')}) {
        const auto parsed = RecoveryPassword::parse(typed);
        CHECK_FALSE(parsed.password);
        REQUIRE(parsed.problems.size() == 1);
        CHECK(parsed.problems.first().message.contains(QString::number(typed.size())));
    }
    const auto shortGroup = RecoveryPassword::parse(QStringLiteral("23581-357951-253979-013365-241120-245575-342914-591910"));
    REQUIRE(shortGroup.problems.size() == 1);
    CHECK(shortGroup.problems.first().group == 1);
}

TEST_CASE("What people type is normalised to the dashed form", "[keys][recovery-password]")
{
    QString spaced = workedExample;
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    QString bare = workedExample;
    bare.remove(QLatin1Char('-'));
    QString fullWidth;
    for (QChar c : workedExample)
        fullWidth.append(c == QLatin1Char('-') ? QChar(u'－') : QChar(static_cast<char16_t>(c.unicode() + 0xFEE0)));
    QString dashes = workedExample;
    dashes.replace(QLatin1Char('-'), QChar(u'–'));
    QString prolonged = workedExample;
    prolonged.replace(QLatin1Char('-'), QChar(u'ー'));

    for (const QString& typed : QStringList{spaced, bare, fullWidth, dashes, prolonged, QStringLiteral("  ") + workedExample + QStringLiteral("\n"),
                                 QString(spaced).replace(QLatin1Char(' '), QStringLiteral(" \u3000 "))})
        CHECK(canonicalOf(typed) == workedExample);
}

TEST_CASE("Characters that are not digits are named", "[keys][recovery-password]")
{
    const auto parsed = RecoveryPassword::parse(QStringLiteral("235818-357951-25397x-013365-241120-245575-342914-591910"));
    REQUIRE_FALSE(parsed.password);
    REQUIRE_FALSE(parsed.problems.isEmpty());
    CHECK(parsed.problems.first().message.contains(QLatin1Char('x')));
    CHECK_FALSE(RecoveryPassword::parse(QString()).password);
    CHECK_FALSE(RecoveryPassword::parse(QStringLiteral("   ")).problems.isEmpty());
}

TEST_CASE("Error messages never contain the key", "[keys][recovery-password]")
{
    const QString typed = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591911");
    for (const KeyProblem& problem : RecoveryPassword::parse(typed).problems) {
        CHECK_FALSE(problem.message.contains(QStringLiteral("591911")));
        CHECK_FALSE(problem.message.contains(QStringLiteral("235818")));
    }
}
