// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli volumes, through the real executable, checked against cryptsetup bitlkDump.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include "volumes/BitlkDump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QString fileVaultImage()
{
    return testDataDir() + QStringLiteral("/fvault2-images/small");
}

QJsonObject volumesJson(const QStringList& paths, int expectedExit)
{
    const ProcessResult result = runCli(QStringList { QStringLiteral("volumes"), QStringLiteral("--json") } + paths);
    INFO("stderr: " << result.errText().toStdString());
    CHECK_FALSE(result.crashed);
    CHECK(result.exitCode == expectedExit);
    const QJsonObject object = result.json().object();
    REQUIRE(object.value(QStringLiteral("volumes")).isArray());
    REQUIRE(object.value(QStringLiteral("problems")).isArray());
    return object;
}

#if defined(Q_OS_LINUX)
QString upperId(const QString& guid)
{
    return guid.toUpper();
}

// cryptsetup 2.6 shows the first copy's description even when it read a later, intact copy: for an image
// with a damaged first copy, the description to expect is that of the image it was made from.
QString expectedDescription(const BitLockerImage& image, const QJsonObject& volume, const BitlkDump& dump)
{
    const QJsonArray notes = volume.value(QStringLiteral("notes")).toArray();
    const bool laterCopy = std::any_of(notes.begin(), notes.end(), [](const QJsonValue& note) {
        return note.toString().startsWith(QLatin1String("Metadata copy"));
    });
    if (!laterCopy)
        return dump.description;
    for (const BitLockerImage& other : bitlockerImages())
        if (other.guid == image.guid && other.name != image.name)
            return bitlkDump(other.path()).description;
    return dump.description;
}

void checkProtectors(const QJsonArray& protectors, const BitlkDump& dump)
{
    REQUIRE(protectors.size() == dump.vmks.size());
    for (qsizetype i = 0; i < dump.vmks.size(); ++i) {
        const QJsonObject protector = protectors[i].toObject();
        INFO("protector " << i);
        CHECK(protector.value(QStringLiteral("id")).toString() == upperId(dump.vmks[i].guid));
        CHECK(protector.value(QStringLiteral("type")).toString()
              == protectorTypeName(protectorTypeFromDump(dump.vmks[i].protection)));
    }
}
#endif

QString problemMessage(const QJsonObject& output)
{
    const QJsonArray problems = output.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    return problems[0].toObject().value(QStringLiteral("message")).toString();
}

QString problemReason(const QJsonObject& output)
{
    return output.value(QStringLiteral("problems"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("reason"))
        .toString();
}

#if defined(Q_OS_UNIX)
bool runAsNobody()
{
    return test::runningAsRoot() && haveProgram(QStringLiteral("setpriv"));
}

ProcessResult runCliAsNobody(const QStringList& arguments)
{
    return run(QStringLiteral("setpriv"),
               QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                             QStringLiteral("--clear-groups"), cliPath() }
                   + arguments);
}
#endif

} // namespace

// cryptsetup, the second judge, is a Linux program.
#if defined(Q_OS_LINUX)
TEST_CASE("volumes --json reports every image as cryptsetup bitlkDump does", "[cli][volumes]")
{
    for (const BitLockerImage& image : bitlockerImages()) {
        INFO(image.name.toStdString());
        const QJsonObject output = volumesJson({ image.path() }, 0);
        CHECK(output.value(QStringLiteral("problems")).toArray().isEmpty());
        const QJsonArray volumes = output.value(QStringLiteral("volumes")).toArray();
        REQUIRE(volumes.size() == 1);
        const QJsonObject volume = volumes[0].toObject();
        const BitlkDump dump = bitlkDump(image.path());
        CHECK(volume.value(QStringLiteral("path")).toString() == image.path());
        CHECK(volume.value(QStringLiteral("type")).toString() == QLatin1String("bitlocker"));
        CHECK(volume.value(QStringLiteral("guid")).toString() == upperId(dump.guid));
        CHECK(volume.value(QStringLiteral("guid")).toString() == upperId(image.guid));
        CHECK(volume.value(QStringLiteral("description")).toString() == expectedDescription(image, volume, dump));
        const QString created = volume.value(QStringLiteral("created")).toString();
        CHECK(created.endsWith(QLatin1Char('Z')));
        CHECK(QDateTime::fromString(created, Qt::ISODate) == dump.created);
        CHECK(volume.value(QStringLiteral("encryption")).toString() == encryptionNameFromDump(dump));
        CHECK(volume.value(QStringLiteral("bitLockerToGo")).toBool() == dump.toGo);
        checkProtectors(volume.value(QStringLiteral("protectors")).toArray(), dump);
    }
}
#endif

TEST_CASE("volumes lists many images and FileVault volumes in one document", "[cli][volumes]")
{
    QStringList paths;
    for (const BitLockerImage& image : bitlockerImages())
        paths << image.path();
    paths << fileVaultImage() << testDataDir() + QStringLiteral("/fvault2-prk.img");
    const QJsonObject output = volumesJson(paths, 0);
    const QJsonArray volumes = output.value(QStringLiteral("volumes")).toArray();
    REQUIRE(volumes.size() == paths.size());
    for (const int i : { int(paths.size()) - 2, int(paths.size()) - 1 }) {
        const QJsonObject volume = volumes[i].toObject();
        CHECK(volume.value(QStringLiteral("type")).toString() == QLatin1String("filevault"));
        CHECK(volume.value(QStringLiteral("guid")).toString() == QLatin1String("FC52BFAE-5A1F-4F9B-B3A6-F33303A0E401"));
        CHECK(volume.value(QStringLiteral("protectors")).toArray().isEmpty());
        // The family UUID is in the encrypted metadata, which is read through libcryptsetup (Linux).
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
        CHECK(volume.value(QStringLiteral("notes"))
                  .toArray()
                  .at(0)
                  .toString()
                  .contains(QLatin1String("33A76CAA-1481-4BC5-8D04-1AC1707C19C0")));
#endif
    }
}

TEST_CASE("volumes prints a volume for people", "[cli][volumes]")
{
    const ProcessResult result
        = runCli({ QStringLiteral("volumes"), bitlockerImage(QStringLiteral("bitlk-aes-xts-128")) });
    CHECK(result.exitCode == 0);
    const QString text = result.outText();
    CHECK(text.startsWith(bitlockerImage(QStringLiteral("bitlk-aes-xts-128"))));
    for (const char* expected : { "8F595209-F5B9-49A0-85D4-CB8F80258C27", "DESKTOP-NPM7RCA H: 7/4/2019",
                                  "2019-07-04 07:01:55 UTC", "AES-XTS 128", "64311DEA-4587-4029-924A-BA299647998E",
                                  "recovery password", "3E55195C-8811-4D9B-97B4-2B9E5F8F5384" })
        CHECK(text.contains(QLatin1String(expected)));
    CHECK(result.errText().isEmpty());
}

TEST_CASE("volumes says what a path is when it is not a volume, with the contract's exit codes", "[cli][volumes]")
{
    ScratchDir scratch;
    QFile image(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    REQUIRE(image.open(QIODevice::ReadOnly));
    const QString truncated = scratch.write(QStringLiteral("truncated.img"), image.read(1 << 20));
    const QString zeros = scratch.write(QStringLiteral("zeros.img"), QByteArray(1 << 20, '\0'));
    const QString random = scratch.write(QStringLiteral("random.img"), QByteArray(1 << 16, '\x5c'));
    const QString luks = makeLuksVolume(scratch);
    const QString missing = scratch.file(QStringLiteral("missing.img"));

    const struct
    {
        QStringList paths;
        int exitCode;
        const char* reason;
        const char* says;
    } cases[] = {
        { { missing }, 3, "not-found", "does not exist" },
        { { scratch.path() }, 3, "io-error", "is a folder" },
        { { zeros }, 1, "not-encrypted", "only zeros" },
        { { random }, 1, "not-encrypted", "not a BitLocker or FileVault volume" },
        { { truncated }, 1, "damaged", "truncated" },
        { { luks }, 1, "other-encryption", "LUKS volume" },
        { { image.fileName(), zeros }, 1, "not-encrypted", "only zeros" }, // a volume, and a path that is not one
        { { zeros, missing }, 3, "", "" }, // 3 wins over 1
    };
    for (const auto& c : cases) {
        INFO(c.paths.join(QLatin1Char(' ')).toStdString());
        const QJsonObject output = volumesJson(c.paths, c.exitCode);
        if (QByteArrayView(c.reason).isEmpty())
            continue;
        CHECK(problemReason(output) == QLatin1String(c.reason));
        CHECK(problemMessage(output).contains(QLatin1String(c.says)));
        CHECK(problemMessage(output).contains(c.paths.last()));
        CHECK(output.value(QStringLiteral("problems")).toArray()[0].toObject().value(QStringLiteral("path"))
              == c.paths.last());
        CHECK(output.value(QStringLiteral("volumes")).toArray().size() == c.paths.size() - 1);
    }
    const ProcessResult text = runCli({ QStringLiteral("volumes"), luks });
    CHECK(text.exitCode == 1);
    CHECK(text.out.isEmpty());
    CHECK(text.errText().contains(QLatin1String("LUKS")));
    CHECK(runCli({ QStringLiteral("volumes"), QStringLiteral("--no-such-option") }).exitCode == 2);
}

// Permissions as POSIX makes them (see VolumeSourceTest: Windows would need an ACL and a second account).
#if defined(Q_OS_UNIX)
TEST_CASE("volumes says once what to do about devices it may not read", "[cli][volumes]")
{
    ScratchDir scratch;
    const QString locked = scratch.write(QStringLiteral("locked.img"), QByteArray(4096, '\0'));
    REQUIRE(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    if (test::runningAsRoot() && !runAsNobody())
        FAIL("Running as root without setpriv (util-linux): permission errors cannot be made here.");
    const auto runUnprivileged = [](const QStringList& arguments) {
        return test::runningAsRoot() ? runCliAsNobody(arguments) : runCli(arguments);
    };
    const ProcessResult one = runUnprivileged({ QStringLiteral("volumes"), QStringLiteral("--json"), locked });
    INFO(one.errText().toStdString());
    CHECK(one.exitCode == 3);
    const QJsonObject output = one.json().object();
    CHECK(problemReason(output) == QLatin1String("permission-denied"));
    CHECK(problemMessage(output).contains(QLatin1String("permission denied")));

    // Every block device: those that cannot be read are named together, in one message, with what to do.
    const ProcessResult scan = runUnprivileged({ QStringLiteral("volumes"), QStringLiteral("--json") });
    const QJsonArray problems = scan.json().object().value(QStringLiteral("problems")).toArray();
    const auto permission = std::count_if(problems.begin(), problems.end(), [](const QJsonValue& problem) {
        return problem.toObject().value(QStringLiteral("reason")) == QLatin1String("permission-denied");
    });
    CHECK(permission <= 1);
    for (const QJsonValue& problem : problems) {
        const QJsonObject object = problem.toObject();
        if (object.value(QStringLiteral("reason")) != QLatin1String("permission-denied"))
            continue;
        CHECK(object.value(QStringLiteral("path")).isNull());
        CHECK_FALSE(object.value(QStringLiteral("paths")).toArray().isEmpty());
        CHECK(object.value(QStringLiteral("message")).toString().contains(QLatin1String("sudo")));
        CHECK(object.value(QStringLiteral("message")).toString().contains(QStringLiteral("“disk” group")));
    }
    CHECK((scan.exitCode == 0 || scan.exitCode == (permission == 1 ? 3 : 1)));
}
#endif
