// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli verify, through the real executable: exit codes, JSON, messages.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

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

#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
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
#else
TEST_CASE("verify: without libcryptsetup a FileVault volume “cannot be checked”, and its notes do not promise it",
          "[cli][verify][testdata]")
{
    const QStringList images { test::testDataDir() + QStringLiteral("/fvault2-prk.img"),
                               test::testDataDir() + QStringLiteral("/fvault2-images/small") };
    for (const QString& image : images) {
        INFO(image.toStdString());
        const auto result = verify(image, "heslo123");
        INFO(result.outText().toStdString() << result.errText().toStdString());
        CHECK(result.exitCode == 3);
        const QJsonObject answer = result.json().object();
        CHECK(answer[QStringLiteral("outcome")].toString() == QStringLiteral("cannot-check"));
        CHECK(
            answer[QStringLiteral("message")].toString().contains(QStringLiteral("cannot be checked on this system")));
        const QJsonDocument notes(answer[QStringLiteral("volume")].toObject()[QStringLiteral("notes")].toArray());
        CHECK(notes.toJson().contains("Keys cannot be checked against FileVault volumes on this system."));
        CHECK_FALSE(notes.toJson().contains("can still be checked"));
    }
}
#endif

#ifdef KEYHAVEN_EIO_FUSE
namespace {

// The real FileVault image behind a FUSE file system whose reads of [start, start + length) fail with EIO, as a
// bad sector does (tests/cli/EioFuse.cpp); unmounted when it goes.
class FailingDrive
{
public:
    FailingDrive(const test::ScratchDir& scratch, const QString& image, qint64 start, qint64 length)
        : m_mountPoint(scratch.file(QStringLiteral("failing-drive")))
    {
        REQUIRE(QDir().mkpath(m_mountPoint));
        m_fuse.start(QStringLiteral(KEYHAVEN_EIO_FUSE),
                     { image, QString::number(start), QString::number(length), m_mountPoint });
        REQUIRE(m_fuse.waitForStarted());
        for (int waited = 0; !QFileInfo::exists(volume()) && waited < 10000; waited += 50)
            QThread::msleep(50);
        INFO(m_fuse.readAllStandardError().toStdString());
        REQUIRE(QFileInfo::exists(volume()));
    }
    ~FailingDrive()
    {
        test::run(QStringLiteral("fusermount"), { QStringLiteral("-u"), m_mountPoint });
        if (!m_fuse.waitForFinished(10000))
            m_fuse.kill();
    }
    QString volume() const { return m_mountPoint + QStringLiteral("/volume"); }

private:
    QString m_mountPoint;
    QProcess m_fuse;
};

} // namespace

TEST_CASE("verify: a FileVault volume on a drive that answers EIO is “cannot be checked”, never “does not open”",
          "[cli][verify][testdata]")
{
    // No device-mapper in every kernel (so no dm-error table): the bad sectors are made with FUSE instead, over the
    // encrypted metadata that libcryptsetup reads at 8392704.
    test::ScratchDir scratch;
    const FailingDrive drive(scratch, test::testDataDir() + QStringLiteral("/fvault2-images/small"), 8392704, 8192);
    {
        QFile direct(drive.volume()); // the failure is the drive's: a plain read there fails too
        REQUIRE(direct.open(QIODevice::ReadOnly));
        REQUIRE(direct.seek(8392704));
        CHECK(direct.read(4096).isEmpty());
    }
    for (const QByteArray& key : { QByteArray("heslo123"), QByteArray("not-the-password") }) {
        INFO(key.constData());
        const auto result = verify(drive.volume(), key);
        INFO(result.outText().toStdString() << result.errText().toStdString());
        CHECK(result.exitCode == 3);
        const QJsonObject answer = result.json().object();
        CHECK(answer[QStringLiteral("outcome")].toString() == QStringLiteral("cannot-check"));
        CHECK(answer[QStringLiteral("volume")][QStringLiteral("type")].toString() == QStringLiteral("filevault"));
        const QString message = answer[QStringLiteral("message")].toString();
        CHECK(message.contains(QStringLiteral("reading it failed (Input/output error (EIO))")));
        CHECK_FALSE(message.contains(QStringLiteral("does not open")));
    }
}
#endif

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

// POSIX permissions and a child that drops root: not under Wine.
#if defined(Q_OS_UNIX)
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
#endif
