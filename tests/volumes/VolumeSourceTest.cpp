// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumes/VolumeSource.h"
#include "volumes/CoreStorage.h"
#if defined(Q_OS_LINUX)
#include "volumes/LinuxVolumeSource.h"
#endif
#include "volumes/VolumeProbe.h"

#include "BitlkDump.h"
#include "MetadataImage.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString fileVaultPvUuid = QStringLiteral("FC52BFAE-5A1F-4F9B-B3A6-F33303A0E401");
const QString fileVaultFamilyUuid = QStringLiteral("33A76CAA-1481-4BC5-8D04-1AC1707C19C0");

QString fileVaultImage()
{
    return testDataDir() + QStringLiteral("/fvault2-images/small");
}

QByteArray headOf(const QString& path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(size);
}

struct BadInput
{
    QString path;
    VolumeProblem::Kind kind;
    QString says;
};

QList<BadInput> badInputs(const ScratchDir& scratch)
{
    using Kind = VolumeProblem::Kind;
    QByteArray apfs(4096, '\0');
    apfs.replace(32, 4, "NXSB");
    QByteArray gpt = pseudoRandomBytes(8192, 3);
    gpt.replace(512, 8, "EFI PART");
    QByteArray damagedCoreStorage = headOf(fileVaultImage(), 4096);
    damagedCoreStorage[200] = char(damagedCoreStorage[200] ^ 1);
    QDir(scratch.path()).mkdir(QStringLiteral("folder"));
    return {
        { scratch.file(QStringLiteral("missing.img")), Kind::NotFound, QStringLiteral("does not exist") },
        { scratch.file(QStringLiteral("folder")), Kind::IoError, QStringLiteral("is a folder") },
        { scratch.write(QStringLiteral("empty.img"), {}), Kind::NotEncrypted, QStringLiteral("is empty") },
        { scratch.write(QStringLiteral("zeros.img"), QByteArray(1 << 20, '\0')), Kind::NotEncrypted,
          QStringLiteral("only zeros") },
        { scratch.write(QStringLiteral("random.img"), pseudoRandomBytes(1 << 20, 1)), Kind::NotEncrypted,
          QStringLiteral("not a BitLocker or FileVault volume") },
        { scratch.write(QStringLiteral("tiny.img"), pseudoRandomBytes(100, 2)), Kind::NotEncrypted,
          QStringLiteral("too small") },
        { scratch.write(QStringLiteral("truncated.img"),
                        headOf(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), 1 << 20)),
          Kind::Damaged, QStringLiteral("truncated") },
        { makeLuksVolume(scratch), Kind::OtherEncryption, QStringLiteral("LUKS") },
        { scratch.write(QStringLiteral("apfs.img"), apfs), Kind::Unsupported, QStringLiteral("APFS") },
        { scratch.write(QStringLiteral("disk.img"), gpt), Kind::NotEncrypted, QStringLiteral("partition") },
        { scratch.write(QStringLiteral("corestorage.img"), damagedCoreStorage), Kind::Damaged,
          QStringLiteral("checksum") },
    };
}

#if defined(Q_OS_LINUX)
// A stand-in for /sys/class/block and /dev: `size` is in sectors, `target` what the node holds.
void addBlockDevice(const ScratchDir& scratch, const QString& name, const QString& size, const QString& target,
                    const QString& devName = {})
{
    const QString sys = scratch.file(QStringLiteral("sys/") + name);
    REQUIRE(QDir().mkpath(sys));
    scratch.write(QStringLiteral("sys/") + name + QStringLiteral("/size"), size.toLatin1() + '\n');
    if (!devName.isEmpty())
        scratch.write(QStringLiteral("sys/") + name + QStringLiteral("/uevent"),
                      "MAJOR=8\nMINOR=1\nDEVNAME=" + devName.toLatin1() + "\nDEVTYPE=partition\n");
    const QString node = scratch.file(QStringLiteral("dev/") + (devName.isEmpty() ? name : devName))
                             .replace(QLatin1Char('!'), QLatin1Char('/'));
    REQUIRE(QDir().mkpath(QFileInfo(node).path()));
    if (!target.isEmpty())
        REQUIRE(QFile::link(target, node));
}
#endif

} // namespace

TEST_CASE("Image files are listed as volumes", "[volumes][source]")
{
    QStringList paths;
    for (const BitLockerImage& image : bitlockerImages())
        paths << image.path();
    paths << fileVaultImage() << testDataDir() + QStringLiteral("/fvault2-prk.img");
    const VolumeScan scan = createVolumeSource()->readPaths(paths);
    CHECK(scan.problems.isEmpty());
    REQUIRE(scan.volumes.size() == paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        CHECK(scan.volumes[i].path == paths[i]);
        CHECK(scan.volumes[i].type == (i < paths.size() - 2 ? VolumeType::BitLocker : VolumeType::FileVault));
    }
}

TEST_CASE("A FileVault 2 CoreStorage volume is reported with its UUIDs", "[volumes][source][filevault]")
{
    for (const QString& path : QStringList { fileVaultImage(), testDataDir() + QStringLiteral("/fvault2-prk.img") }) {
        INFO(path.toStdString());
        const ProbeResult result = VolumeProbe::probePath(path);
        REQUIRE(result.volume);
        CHECK_FALSE(result.problem);
        const Volume& volume = *result.volume;
        CHECK(volume.type == VolumeType::FileVault);
        REQUIRE(volume.guid);
        CHECK(volume.guid->toString() == fileVaultPvUuid);
        CHECK(volume.encryption == QLatin1String("AES-XTS 128"));
        CHECK(volume.protectors.isEmpty());
        const QString notes = volume.notes.join(QLatin1Char('\n'));
        // The family UUID is in the encrypted metadata, which only libcryptsetup's reader decrypts here.
        if (CoreStorageReader::canReadFamilyUuid())
            CHECK(notes.contains(QStringLiteral("family UUID: ") + fileVaultFamilyUuid));
        else
            CHECK_FALSE(notes.contains(QStringLiteral("family UUID")));
        CHECK(notes.contains(QLatin1String("personal recovery key")));
    }
    // The BitLocker reader leaves it alone, and the CoreStorage check leaves BitLocker alone.
    QByteArray head = headOf(fileVaultImage(), 512);
    CHECK_FALSE(BitLockerMetadataReader::looksLikeBitLocker(head));
    CHECK_FALSE(
        CoreStorageReader::looksLikeCoreStorage(headOf(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), 512)));
}

TEST_CASE("Paths that are not volumes get a kind and a message that names them", "[volumes][source]")
{
    ScratchDir scratch;
    const auto source = createVolumeSource();
    for (const BadInput& input : badInputs(scratch)) {
        INFO(input.path.toStdString());
        const ProbeResult result = VolumeProbe::probePath(input.path);
        REQUIRE(result.problem);
        CHECK_FALSE(result.volume);
        CHECK(result.problem->kind == input.kind);
        CHECK(result.problem->path == input.path);
        CHECK(result.problem->message.contains(input.path));
        CHECK(result.problem->message.contains(input.says));
        const VolumeScan scan = source->readPaths({ input.path });
        CHECK(scan.volumes.isEmpty());
        CHECK(scan.problems.size() == 1);
    }
}

// A file that may not be read is made with POSIX permissions and a child that drops root; on Windows it would
// take an ACL and a second account, which the suite cannot set up under Wine.
#if defined(Q_OS_UNIX)
TEST_CASE("A file that may not be read says so", "[volumes][source]")
{
    ScratchDir scratch;
    const QString path = scratch.write(QStringLiteral("locked.img"), QByteArray(4096, '\0'));
    REQUIRE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    // Root may read every file: the probe runs in a child that has become "nobody" (65534) first.
    int answer[2];
    REQUIRE(::pipe(answer) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(answer[0]);
        if (::geteuid() == 0 && (::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0))
            ::_exit(2);
        const ProbeResult result = VolumeProbe::probePath(path);
        QByteArray report("no problem");
        if (result.problem)
            report = QByteArray(result.problem->kind == VolumeProblem::Kind::PermissionDenied ? "permission-denied:"
                                                                                               : "other:")
                + result.problem->message.toUtf8();
        (void)!::write(answer[1], report.constData(), size_t(report.size()));
        ::_exit(0);
    }
    ::close(answer[1]);
    QByteArray report;
    char buffer[512];
    for (ssize_t n; (n = ::read(answer[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, qsizetype(n));
    ::close(answer[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    INFO(report.toStdString());
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    CHECK(report.startsWith("permission-denied:"));
    CHECK(report.contains("permission denied"));
}
#endif

#if defined(Q_OS_LINUX)
TEST_CASE("Block devices are found in sysfs and read through /dev", "[volumes][source][linux]")
{
    ScratchDir scratch;
    const QString truncated = scratch.write(QStringLiteral("truncated.img"),
                                            headOf(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), 1 << 20));
    const QString zeros = scratch.write(QStringLiteral("zeros.img"), QByteArray(1 << 16, '\0'));
    const QString luks = scratch.write(QStringLiteral("luks.img"), QByteArray("LUKS\xba\xbe\x00\x02", 8));
    addBlockDevice(scratch, QStringLiteral("loop0"), QStringLiteral("0"), zeros); // unused loop device
    addBlockDevice(scratch, QStringLiteral("zram0"), QStringLiteral("8192"), zeros);
    addBlockDevice(scratch, QStringLiteral("sr0"), QStringLiteral("8192"), zeros); // an optical drive
    addBlockDevice(scratch, QStringLiteral("fd0"), QStringLiteral("2880"), zeros); // a floppy drive
    addBlockDevice(scratch, QStringLiteral("loop10"), QStringLiteral("2048"), truncated);
    addBlockDevice(scratch, QStringLiteral("loop2"), QStringLiteral("2048"), luks);
    addBlockDevice(scratch, QStringLiteral("sda"), QStringLiteral("204800"), zeros, QStringLiteral("sda"));
    addBlockDevice(scratch, QStringLiteral("sda1"), QStringLiteral("204800"),
                   bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), QStringLiteral("sda1"));
    addBlockDevice(scratch, QStringLiteral("nvme0n1p2"), QStringLiteral("1048000"), fileVaultImage());
    addBlockDevice(scratch, QStringLiteral("cciss!c0d0"), QStringLiteral("2048"), zeros);
    addBlockDevice(scratch, QStringLiteral("sdz"), QStringLiteral("2048"), QString()); // the node went away

    const QString dev = scratch.file(QStringLiteral("dev"));
    LinuxVolumeSource source(scratch.file(QStringLiteral("sys")), dev);
    const QStringList expected { dev + QStringLiteral("/cciss/c0d0"), dev + QStringLiteral("/loop2"),
                                 dev + QStringLiteral("/loop10"),     dev + QStringLiteral("/nvme0n1p2"),
                                 dev + QStringLiteral("/sda"),        dev + QStringLiteral("/sda1"),
                                 dev + QStringLiteral("/sdz") };
    CHECK(source.blockDevices() == expected);

    const VolumeScan scan = source.listVolumes();
    REQUIRE(scan.volumes.size() == 2);
    CHECK(scan.volumes[0].path == dev + QStringLiteral("/nvme0n1p2"));
    CHECK(scan.volumes[0].type == VolumeType::FileVault);
    CHECK(scan.volumes[1].path == dev + QStringLiteral("/sda1"));
    CHECK(scan.volumes[1].type == VolumeType::BitLocker);
    CHECK(scan.volumes[1].protectors.size() == 2);
    // Devices that are not BitLocker or FileVault (zeros, LUKS, gone) are left out quietly; damage is not.
    REQUIRE(scan.problems.size() == 1);
    CHECK(scan.problems[0].path == dev + QStringLiteral("/loop10"));
    CHECK(scan.problems[0].kind == VolumeProblem::Kind::Damaged);
    CHECK(scan.unreadableDevices.isEmpty());
}
#endif
