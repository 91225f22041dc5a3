// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli validate, through the real executable.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace keyhaven;

namespace {

test::ProcessResult validate(const QByteArray& input, const QStringList& extra = {})
{
    return test::runCli(QStringList{QStringLiteral("validate")} + extra, input);
}

const QByteArray workedExample = "235818-357951-253979-013365-241120-245575-342914-591910";

} // namespace

TEST_CASE("validate accepts every test recovery key and prints it", "[cli][validate][testdata]")
{
    for (const auto& image : test::bitlockerImages()) {
        if (image.recoveryPassword.isEmpty())
            continue;
        const auto result = validate(image.recoveryPassword.toUtf8() + '\n');
        CHECK(result.exitCode == 0);
        CHECK(result.outText().trimmed() == image.recoveryPassword);
    }
}

TEST_CASE("validate prints the canonical form of spaced, bare and full-width input", "[cli][validate]")
{
    QByteArray spaced = workedExample;
    spaced.replace('-', ' ');
    QByteArray bare = workedExample;
    bare.replace("-", "");
    const QByteArray fullWidth = QStringLiteral("２３５８１８－３５７９５１－２５３９７９－０１３３６５－"
                                                "２４１１２０－２４５５７５－３４２９１４－５９１９１０")
                                     .toUtf8();
    for (const QByteArray& input : {spaced, bare, fullWidth}) {
        const auto result = validate(input + '\n');
        INFO(input.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.out.trimmed() == workedExample);
    }
}

TEST_CASE("validate names the wrong group and exits 1", "[cli][validate]")
{
    const auto result = validate("235818-357951-253979-013365-241120-245576-342914-591910");
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().contains(QStringLiteral("Group 6")));

    const auto json = validate("235818-357951-956714-013365-241120-245575-342914-591910", {QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject object = json.json().object();
    CHECK_FALSE(object[QStringLiteral("valid")].toBool());
    CHECK_FALSE(object.contains(QStringLiteral("key")));
    CHECK(object[QStringLiteral("problems")].toArray().first()[QStringLiteral("group")].toInt() == 3);

    QByteArray bare = workedExample;
    bare.replace("-", "");
    CHECK(validate(bare.left(47)).exitCode == 1);
    CHECK(validate(bare + '1').exitCode == 1);
}

TEST_CASE("validate handles FileVault keys, warning about characters outside Apple's alphabet", "[cli][validate]")
{
    for (const QByteArray& input : {QByteArray("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"), QByteArray("7wez bt5r e6xv 4oej bz59 nrtl"),
                                    QByteArray("7WEZBT5RE6XV4OEJBZ59NRTL")}) {
        const auto result = validate(input, {QStringLiteral("--json")});
        CHECK(result.exitCode == 0);
        const QJsonObject object = result.json().object();
        CHECK(object[QStringLiteral("key")].toString() == QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
        CHECK(object[QStringLiteral("kind")].toString() == QStringLiteral("filevault-personal-recovery-key"));
        CHECK(object[QStringLiteral("checked")].toString() == QStringLiteral("format"));
    }
    const auto warned = validate("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTI");
    CHECK(warned.exitCode == 0);
    CHECK(warned.errText().contains(QStringLiteral("“I”")));
    CHECK(validate("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRT").exitCode == 1);
    CHECK(validate("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTLA").exitCode == 1);
    CHECK(validate("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL", {QStringLiteral("--type"), QStringLiteral("bitlocker")}).exitCode == 1);
}

TEST_CASE("validate rejects bad usage and empty input clearly", "[cli][validate]")
{
    CHECK(validate(workedExample, {QStringLiteral("--type"), QStringLiteral("luks")}).exitCode == 2);
    CHECK(validate(workedExample, {QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(validate(workedExample, {QString::fromLatin1(workedExample)}).exitCode == 2);
    const auto empty = validate({});
    CHECK(empty.exitCode == 1);
    CHECK_FALSE(empty.errText().isEmpty());
    const auto missing = validate({}, {QStringLiteral("--key-file"), QStringLiteral("/nonexistent/key.txt")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.errText().contains(QStringLiteral("/nonexistent/key.txt")));
    const auto huge = validate(QByteArray(200 * 1024, '1'));
    CHECK(huge.exitCode == 1);
}

// The input is handed over by sh, to see how much of it the program read.
#if defined(Q_OS_UNIX)
TEST_CASE("validate reads the key from standard input as it is, and no further than it must", "[cli][validate]")
{
    test::ScratchDir scratch;
    // The shell's group shares one open file between keyhaven-cli and `wc`, so `wc` counts what the CLI left.
    const QString script = QStringLiteral(
        "{ \"$0\" validate >/dev/null 2>\"$2\"; echo \"exit=$?\"; cat | wc -c; } < \"$1\"");
    const auto leftAfter = [&](const QByteArray& input) {
        const QString file = scratch.write(QStringLiteral("input"), input);
        const auto result = test::run(QStringLiteral("sh"), { QStringLiteral("-c"), script, test::cliPath(), file,
                                                              scratch.file(QStringLiteral("stderr")) });
        REQUIRE(result.exitCode == 0);
        return result.outText().simplified();
    };

    // A key is the whole input: all of it is read (the line end too), nothing is left.
    CHECK(leftAfter(workedExample + '\n') == QStringLiteral("exit=0 0"));

    // Far more than any key: the CLI stops after 64 KiB and one more read of 4 KiB, says why, and leaves the
    // rest unread.
    const QByteArray flood(1024 * 1024, '7');
    CHECK(leftAfter(flood) == QStringLiteral("exit=1 %1").arg(flood.size() - (64 * 1024 + 4096)));
    QFile errors(scratch.file(QStringLiteral("stderr")));
    REQUIRE(errors.open(QIODevice::ReadOnly));
    CHECK(errors.readAll().contains("far too long to be a key"));

    // An input that never ends: the CLI still ends, at once.
    QElapsedTimer timer;
    timer.start();
    const auto endless = test::run(QStringLiteral("sh"),
                                   { QStringLiteral("-c"), QStringLiteral("yes 123456 | \"$0\" validate"), test::cliPath() },
                                   {}, 30);
    CHECK(endless.exitCode == 1);
    CHECK(endless.errText().contains(QStringLiteral("far too long to be a key")));
    CHECK(timer.elapsed() < 10000);
}
#endif
