// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli verify, through the real executable: exit codes, JSON, messages.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>
#include <QJsonObject>

using namespace keyhaven;

namespace {

test::ProcessResult verify(const QString& volume, const QByteArray& key, const QStringList& extra = {})
{
    return test::runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--volume"), volume}
                            + extra,
                        key);
}

} // namespace

TEST_CASE("verify --json names the protector that opened each test volume", "[cli][verify][testdata]")
{
    for (const auto& image : test::bitlockerImages()) {
        INFO(image.name.toStdString());
        if (!image.recoveryPassword.isEmpty()) {
            const auto result = verify(image.path(), image.recoveryPassword.toUtf8() + '\n');
            INFO(result.errText().toStdString());
            REQUIRE(result.exitCode == 0);
            const QJsonObject json = result.json().object();
            CHECK(json[QStringLiteral("outcome")].toString() == QStringLiteral("opens"));
            CHECK(json[QStringLiteral("protector")][QStringLiteral("id")].toString() == image.recoveryPasswordVmk.toUpper());
            CHECK(json[QStringLiteral("protector")][QStringLiteral("type")].toString() == QStringLiteral("recovery-password"));
            CHECK_FALSE(result.outText().contains(image.recoveryPassword));
        }
        if (!image.password.isEmpty()) {
            const auto result = verify(image.path(), image.password.toUtf8());
            REQUIRE(result.exitCode == 0);
            CHECK(result.json().object()[QStringLiteral("protector")][QStringLiteral("id")].toString()
                  == image.passwordVmk.toUpper());
        }
    }
}

TEST_CASE("verify tells a typed recovery key its own key ID", "[cli][verify][testdata]")
{
    const auto image = test::bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    QString spaced = image.recoveryPassword;
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    const auto result = test::runCli({QStringLiteral("verify"), QStringLiteral("--volume"), image.path()}, spaced.toUtf8());
    CHECK(result.exitCode == 0);
    CHECK(result.outText().contains(QStringLiteral("64311DEA-4587-4029-924A-BA299647998E")));
    CHECK(result.outText().contains(QStringLiteral("64311DEA")));
}

TEST_CASE("verify refuses a wrong key with exit code 1", "[cli][verify][testdata]")
{
    const auto image = test::bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const auto other = test::bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-256"));
    const auto result = verify(image.path(), other.recoveryPassword.toUtf8());
    CHECK(result.exitCode == 1);
    CHECK(result.json().object()[QStringLiteral("outcome")].toString() == QStringLiteral("does-not-open"));
}

TEST_CASE("verify opens the startup-key volume with its .BEK and refuses it elsewhere", "[cli][verify][testdata]")
{
    const auto image = test::bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
    const QString bek = test::bitlockerImagesDir() + QLatin1Char('/') + image.startupKeyVmk.toUpper() + QStringLiteral(".BEK");
    const auto opens = verify(image.path(), {}, {QStringLiteral("--key-file"), bek});
    INFO(opens.errText().toStdString());
    REQUIRE(opens.exitCode == 0);
    CHECK(opens.json().object()[QStringLiteral("protector")][QStringLiteral("type")].toString() == QStringLiteral("startup-key"));

    const auto refused = verify(test::bitlockerImage(QStringLiteral("bitlk-aes-cbc-128")), {}, {QStringLiteral("--key-file"), bek});
    CHECK(refused.exitCode == 1);
}

TEST_CASE("verify opens FileVault volumes with a normalised recovery key", "[cli][verify][testdata]")
{
    const QString prkImage = test::testDataDir() + QStringLiteral("/fvault2-prk.img");
    CHECK(verify(prkImage, "7wezbt5re6xv4oejbz59nrtl\n").exitCode == 0);
    CHECK(verify(prkImage, "heslo123\n").exitCode == 1);
    CHECK(verify(test::testDataDir() + QStringLiteral("/fvault2-images/small"), "heslo123").exitCode == 0);
}

TEST_CASE("verify: a FileVault volume that fails with an I/O error is “cannot be checked”, never “does not open”",
          "[cli][verify][testdata]")
{
    // The nearest real thing to a failing drive that needs no device-mapper (this machine's kernel has none, so
    // no dm-error table): the real image cut short just inside the encrypted metadata that libcryptsetup reads at
    // 8392704. Keyhaven still finds the FileVault volume; libcryptsetup's crypt_load answers -EIO.
    test::ScratchDir scratch;
    QFile whole(test::testDataDir() + QStringLiteral("/fvault2-images/small"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QString cut = scratch.write(QStringLiteral("cut-short.img"), whole.read(8392704 + 4096));

    for (const QByteArray& key : { QByteArray("heslo123"), QByteArray("not-the-password") }) {
        INFO(key.constData());
        const auto result = verify(cut, key);
        INFO(result.outText().toStdString() << result.errText().toStdString());
        CHECK(result.exitCode == 3);
        const QJsonObject answer = result.json().object();
        CHECK(answer[QStringLiteral("outcome")].toString() == QStringLiteral("cannot-check"));
        const QString message = answer[QStringLiteral("message")].toString();
        CHECK(message.contains(QStringLiteral("reading it failed (Input/output error (EIO))")));
        CHECK(message.contains(QStringLiteral("neither confirmed nor refused")));
        CHECK_FALSE(message.contains(QStringLiteral("does not open")));
    }
    // The same bytes whole: the right key opens, a wrong one does not (the cut is what makes the difference).
    CHECK(verify(whole.fileName(), "heslo123").exitCode == 0);
    CHECK(verify(whole.fileName(), "not-the-password").exitCode == 1);
}

TEST_CASE("verify on things that are not volumes exits 3 with a message", "[cli][verify]")
{
    test::ScratchDir scratch;
    const QString zeros = scratch.write(QStringLiteral("zeros.img"), QByteArray(64 * 1024, '\0'));
    for (const QString& path : {zeros, scratch.path(), scratch.file(QStringLiteral("missing"))}) {
        const auto result = test::runCli({QStringLiteral("verify"), QStringLiteral("--volume"), path}, "anaconda");
        INFO(path.toStdString());
        CHECK(result.exitCode == 3);
        CHECK_FALSE(result.crashed);
        CHECK(result.errText().contains(path));
    }
    CHECK(test::runCli({QStringLiteral("verify")}, "anaconda").exitCode == 2);
}

TEST_CASE("verify on a volume the user may not read says what to do", "[cli][verify][testdata]")
{
    const auto image = test::bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    test::ScratchDir scratch;
    const QString locked = scratch.write(QStringLiteral("locked.img"), QByteArray(64 * 1024, '\0'));
    REQUIRE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner));
    test::ProcessResult result;
    if (test::runningAsRoot()) {
        // Root reads everything: run the CLI as an ordinary user to see what a user sees.
        REQUIRE(test::haveProgram(QStringLiteral("setpriv")));
        result = test::run(QStringLiteral("setpriv"),
                           {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                            test::cliPath(), QStringLiteral("verify"), QStringLiteral("--volume"), locked},
                           image.recoveryPassword.toUtf8());
    } else {
        result = test::runCli({QStringLiteral("verify"), QStringLiteral("--volume"), locked}, image.recoveryPassword.toUtf8());
    }
    CHECK(result.exitCode == 3);
    CHECK(result.errText().contains(QStringLiteral("permission")));
}
