// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-metadata-helper run for real as root on loop devices: what it refuses, what it hands back, and
// that an ordinary user's keyhaven-cli reads a drive through it as root reads the drive itself.
#include "LoopDevice.h"

#include "volumes/BitLockerMetadata.h"
#include "volumes/MetadataHelper.h"
#include "volumes/VolumeProbe.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <sys/stat.h>
#include <unistd.h>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString helperBinary = QStringLiteral(KEYHAVEN_HELPER_BUILD_PATH);

void requireRoot()
{
    INFO("These tests attach loop devices and run the helper as pkexec would: as root. Run them as root.");
    REQUIRE(::geteuid() == 0);
}

struct HelperRun
{
    ProcessResult process;
    QMap<QString, HelperAnswer> answers;
};

HelperRun runHelper(const QStringList& paths)
{
    HelperRun result;
    result.process = run(helperBinary, QStringList { QStringLiteral("--") } + paths);
    const auto answers = decodeHelperAnswers(result.process.out);
    INFO("helper output: " << result.process.outText().left(400).toStdString() << result.process.errText().toStdString());
    REQUIRE(answers.has_value());
    result.answers = *answers;
    return result;
}

void checkRefused(const QString& path, const QString& reason)
{
    const HelperRun run = runHelper({ path });
    INFO(path.toStdString());
    CHECK(run.process.exitCode == 1);
    REQUIRE(run.answers.contains(path));
    CHECK(run.answers.value(path).status == HelperAnswer::Status::Refused);
    CHECK(run.answers.value(path).reason == reason);
    CHECK(run.answers.value(path).regions.isEmpty());
}

QString makeFile(const ScratchDir& scratch, const QString& name, qint64 size)
{
    QFile file(scratch.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(size));
    return file.fileName();
}

void checkSameVolume(const Volume& throughHelper, const Volume& direct)
{
    CHECK(throughHelper.path == direct.path);
    CHECK(throughHelper.type == direct.type);
    CHECK(throughHelper.guid == direct.guid);
    CHECK(throughHelper.description == direct.description);
    CHECK(throughHelper.created == direct.created);
    CHECK(throughHelper.encryption == direct.encryption);
    CHECK(throughHelper.usedSpaceOnly == direct.usedSpaceOnly);
    CHECK(throughHelper.bitLockerToGo == direct.bitLockerToGo);
    CHECK(throughHelper.notes == direct.notes);
    REQUIRE(throughHelper.protectors.size() == direct.protectors.size());
    for (qsizetype i = 0; i < direct.protectors.size(); ++i) {
        CHECK(throughHelper.protectors[i].id == direct.protectors[i].id);
        CHECK(throughHelper.protectors[i].type == direct.protectors[i].type);
        CHECK(throughHelper.protectors[i].created == direct.protectors[i].created);
    }
}

// A copy of the helper that is set-user-ID root: what pkexec does for it, without a polkit agent to answer.
QString setuidHelperIn(const ScratchDir& scratch)
{
    const QString copy = scratch.file(QStringLiteral("keyhaven-metadata-helper"));
    REQUIRE(QFile::copy(helperBinary, copy));
    REQUIRE(::chmod(QFile::encodeName(copy).constData(), 04755) == 0);
    REQUIRE(::chmod(QFile::encodeName(scratch.path()).constData(), 0755) == 0);
    return copy;
}

// Runs the CLI (the test build unless `program` is given) as the user nobody, with the two helper variables set.
ProcessResult runCliAsNobody(const ScratchDir& scratch, const QString& helper, const QStringList& arguments,
                             const QByteArray& input = {}, const QString& program = QStringLiteral(KEYHAVEN_CLI_TEST_BUILD))
{
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    REQUIRE(::chown(QFile::encodeName(home).constData(), 65534, 65534) == 0);
    REQUIRE(haveProgram(QStringLiteral("setpriv")));
    return run(QStringLiteral("setpriv"),
               QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                             QStringLiteral("--clear-groups"), QStringLiteral("env"), QStringLiteral("HOME=") + home,
                             QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8"),
                             QStringLiteral("KEYHAVEN_METADATA_HELPER=") + helper,
                             QStringLiteral("KEYHAVEN_ELEVATION_LAUNCHER="), program }
                   + arguments,
               input);
}

} // namespace

TEST_CASE("The helper refuses files, folders, LUKS and other drives", "[helper][root]")
{
    requireRoot();
    ScratchDir scratch;
    SECTION("a BitLocker image as a regular file")
    {
        checkRefused(bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128")).path(), QStringLiteral("not-a-block-device"));
    }
    SECTION("a folder")
    {
        checkRefused(scratch.path(), QStringLiteral("not-a-block-device"));
    }
    SECTION("a path that does not exist")
    {
        checkRefused(scratch.file(QStringLiteral("missing")), QStringLiteral("not-found"));
    }
    SECTION("a relative path")
    {
        checkRefused(QStringLiteral("dev/loop0"), QStringLiteral("not-a-block-device"));
    }
    SECTION("a LUKS volume on a loop device")
    {
        REQUIRE(haveProgram(QStringLiteral("cryptsetup")));
        const QString image = makeFile(scratch, QStringLiteral("luks.img"), 8 * 1024 * 1024);
        const ProcessResult formatted = run(
            QStringLiteral("cryptsetup"),
            { QStringLiteral("luksFormat"), QStringLiteral("--batch-mode"), QStringLiteral("--type"), QStringLiteral("luks1"),
              QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"), QStringLiteral("--key-file"),
              QStringLiteral("-"), image },
            "a passphrase for a test");
        INFO(formatted.errText().toStdString());
        REQUIRE(formatted.exitCode == 0);
        const LoopDevice loop(image);
        checkRefused(loop.path(), QStringLiteral("not-bitlocker-or-corestorage"));
    }
    SECTION("a FAT file system on a loop device")
    {
        const QString image = makeFile(scratch, QStringLiteral("fat.img"), 4 * 1024 * 1024);
        REQUIRE(run(QStringLiteral("mkfs.vfat"), { image }).exitCode == 0);
        const LoopDevice loop(image);
        checkRefused(loop.path(), QStringLiteral("not-bitlocker-or-corestorage"));
    }
    SECTION("no device at all")
    {
        const ProcessResult usage = run(helperBinary, {});
        CHECK(usage.exitCode == 2);
        CHECK(usage.out.isEmpty());
    }
}

TEST_CASE("The helper hands back only a BitLocker drive's metadata, which reads as the drive does", "[helper][root]")
{
    requireRoot();
    const QString name = GENERATE(QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("bitlk-aes-cbc-128-4k"),
                                  QStringLiteral("bitlk-togo-aes-cbc-128"), QStringLiteral("bitlk-aes-xts-128-crc"));
    INFO(name.toStdString());
    const LoopDevice loop(bitlockerImageNamed(name).path());

    const HelperRun helper = runHelper({ loop.path() });
    CHECK(helper.process.exitCode == 0);
    const HelperAnswer answer = helper.answers.value(loop.path());
    REQUIRE(answer.status == HelperAnswer::Status::BitLocker);

    // Only the volume header and the metadata copies the reader used: nothing of the data area.
    const ProbeResult direct = VolumeProbe::probeDirectly(loop.path());
    REQUIRE(direct.volume);
    QFile device(loop.path());
    REQUIRE(device.open(QIODevice::ReadOnly));
    const auto metadata = BitLockerMetadataReader::read(device, loop.path()).metadata;
    REQUIRE(metadata);
    qint64 total = 0;
    for (const DeviceRegion& region : answer.regions) {
        total += region.bytes.size();
        const bool header = region.offset == 0 && region.bytes.size() == 512;
        const bool metadataCopy = std::find(metadata->metadataOffsets.cbegin(), metadata->metadataOffsets.cend(),
                                            region.offset) != metadata->metadataOffsets.cend()
            && region.bytes.size() <= 64 * 1024;
        INFO("region at " << region.offset << ", " << region.bytes.size() << " bytes");
        CHECK((header || metadataCopy));
    }
    CHECK(total <= 512 + 2 * 64 * 1024);

    // The unprivileged side turns what the helper handed back into the same volume.
    MetadataHelper::forgetAnswers(); // the loop device's name may have held another image a moment ago
    MetadataHelper::setHelperCommand(helperBinary, {});
    const ProbeResult throughHelper = MetadataHelper::probe({ loop.path() }).value(loop.path());
    MetadataHelper::useInstalledHelper();
    REQUIRE(throughHelper.volume);
    checkSameVolume(*throughHelper.volume, *direct.volume);
}

TEST_CASE("An ordinary user's keyhaven-cli reads a drive through the helper, as root reads it", "[helper][root][cli]")
{
    requireRoot();
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const LoopDevice loop(image.path());
    ScratchDir scratch;
    const QString helper = setuidHelperIn(scratch);

    const ProcessResult asRoot = runCli({ QStringLiteral("volumes"), QStringLiteral("--json"), loop.path() });
    REQUIRE(asRoot.exitCode == 0);

    SECTION("volumes gives the same answer, after saying what it asks for")
    {
        const ProcessResult asUser = runCliAsNobody(scratch, helper, { QStringLiteral("volumes"), QStringLiteral("--json"), loop.path() });
        INFO(asUser.errText().toStdString());
        CHECK(asUser.exitCode == 0);
        CHECK(asUser.json() == asRoot.json());
        CHECK(asUser.errText().contains(QStringLiteral("Asking for administrator rights to read the BitLocker or "
                                                       "FileVault metadata of ")
                                        + loop.path()));
        CHECK(asUser.errText().contains(QStringLiteral("no key")));
    }
    SECTION("verify proves the recovery key against the drive")
    {
        const ProcessResult asUser = runCliAsNobody(scratch, helper,
                                                    { QStringLiteral("verify"), QStringLiteral("--json"),
                                                      QStringLiteral("--volume"), loop.path() },
                                                    image.recoveryPassword.toUtf8());
        INFO(asUser.errText().toStdString());
        CHECK(asUser.exitCode == 0);
        CHECK(asUser.json().object().value(QStringLiteral("outcome")).toString() == QStringLiteral("opens"));
    }
    SECTION("the shipped keyhaven-cli ignores the two variables: it never starts the helper they name")
    {
        const ProcessResult shipped = runCliAsNobody(scratch, helper, { QStringLiteral("volumes"), QStringLiteral("--json"), loop.path() },
                                                     {}, shippedCliPath());
        INFO(shipped.errText().toStdString());
        CHECK(shipped.exitCode == 3);
        CHECK(shipped.json() != asRoot.json());
    }
    SECTION("without the helper, the user is told the drive could not be read")
    {
        const ProcessResult asUser = runCliAsNobody(scratch, scratch.file(QStringLiteral("no-helper-here")),
                                                    { QStringLiteral("volumes"), loop.path() });
        CHECK(asUser.exitCode == 3);
        CHECK(asUser.errText().contains(QStringLiteral("permission denied")));
    }
}
