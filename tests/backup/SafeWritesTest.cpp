// SPDX-License-Identifier: GPL-3.0-or-later
// Writes that cannot hang, cannot replace a file that appeared meanwhile, and leave no key behind: a FIFO
// under the target's name and as the ledger, a name taken between the check and the rename, a newer
// ledger, kill -9 during a write on a real FAT stick (FUSE), and errno in the messages.
#include "BackupTestKeys.h"
#if defined(Q_OS_LINUX)
#include "MountHelpers.h"
#endif

#include "backup/Ledger.h"
#include "backup/RecoveryFileWriter.h"
#include "backup/TextFileTarget.h"
#include "formats/KeyFile.h"
#include "platform/SafeFile.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <csignal>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString fileName = QStringLiteral("BitLocker Recovery Key 64311DEA-4587-4029-924A-BA299647998E.TXT");

#if defined(Q_OS_UNIX)
bool isFifo(const QString& path)
{
    struct stat status;
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

void makeFifo(const QString& path)
{
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
}
#endif

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

// FIFOs exist only on POSIX systems.
#if defined(Q_OS_UNIX)
TEST_CASE("a FIFO under the key file's name is refused at once and left alone", "[backup][text][safe-writes]")
{
    ScratchDir dir;
    makeFifo(dir.file(fileName));
    QElapsedTimer timer;
    timer.start();
    TextFileTarget target(dir.path());
    const BackupResult result = runToCompletion(target, bitLockerKey(xts128Password, xts128Id));
    INFO(result.message.toStdString());
    CHECK(timer.elapsed() < 1000);
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("not a regular file")));
    CHECK(isFifo(dir.file(fileName)));
    CHECK(filesIn(dir.path()) == QStringList { fileName });
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("a FIFO as the ledger is refused at once and left alone", "[backup][ledger][safe-writes]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("ledger.json"));
    makeFifo(path);
    QElapsedTimer timer;
    timer.start();
    Ledger ledger(path);
    LedgerEntry entry;
    entry.keyId = xts128Id;
    entry.kind = QStringLiteral("bitlocker-recovery-password");
    entry.target = QStringLiteral("text");
    entry.location = dir.file(fileName);
    entry.time = QDateTime::currentDateTimeUtc();
    QString error;
    CHECK_FALSE(ledger.record(entry, &error));
    CHECK(timer.elapsed() < 1000);
    CHECK(error.contains(QStringLiteral("not a regular file")));
    CHECK(isFifo(path));
    CHECK(ledger.entries().isEmpty());
}
#endif

TEST_CASE("a ledger written by a newer version is read but never rewritten", "[backup][ledger][safe-writes]")
{
    ScratchDir dir;
    const QByteArray newer = R"({"version": 2, "entries": [{"keyId": "64311DEA-4587-4029-924A-BA299647998E",
        "kind": "bitlocker-recovery-password", "target": "text", "location": "/media/KEYS/a.TXT",
        "time": "2026-01-01T00:00:00Z", "futureField": {"kept": true}}], "futureTop": 1})";
    const QString path = dir.write(QStringLiteral("ledger.json"), newer);
    Ledger ledger(path);
    CHECK(ledger.entries().size() == 1);
    LedgerEntry entry;
    entry.keyId = xts256Id;
    entry.kind = QStringLiteral("bitlocker-recovery-password");
    entry.target = QStringLiteral("text");
    entry.location = dir.file(QStringLiteral("b.TXT"));
    entry.time = QDateTime::currentDateTimeUtc();
    QString error;
    CHECK_FALSE(ledger.record(entry, &error));
    CHECK(error.contains(QStringLiteral("newer version")));
    CHECK(contents(path) == newer);
}

TEST_CASE("the ledger is replaced through a flushed temporary file, never in place", "[backup][ledger][safe-writes]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("ledger.json"));
    Ledger ledger(path);
    LedgerEntry entry;
    entry.keyId = xts128Id;
    entry.kind = QStringLiteral("bitlocker-recovery-password");
    entry.target = QStringLiteral("text");
    entry.location = dir.file(fileName);
    entry.time = QDateTime::currentDateTimeUtc();
    REQUIRE(ledger.record(entry));
#if defined(Q_OS_UNIX) // Windows' C runtime has no inode numbers; the rename is checked on Linux
    struct stat before;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &before) == 0);
#endif
    entry.location = dir.file(QStringLiteral("other.TXT"));
    REQUIRE(ledger.record(entry));
#if defined(Q_OS_UNIX)
    struct stat after;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &after) == 0);
    CHECK(after.st_ino != before.st_ino); // a new file took the name in one step
    CHECK((after.st_mode & 0777) == 0600);
#endif
    CHECK(ledger.entries().size() == 2);
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("ledger.json") });
}

TEST_CASE("a name taken between the check and the rename: both files are kept", "[backup][text][safe-writes]")
{
    ScratchDir dir;
    const QByteArray theirs("another program's file, created while the key was being written\n");
    TextFileTarget target(dir.path());
    target.setBeforeCommit([&] { dir.write(fileName, theirs); });
    const BackupResult result = runToCompletion(target, bitLockerKey(xts128Password, xts128Id));
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(contents(dir.file(fileName)) == theirs);
    const QString beside = QStringLiteral("BitLocker Recovery Key 64311DEA-4587-4029-924A-BA299647998E (2).TXT");
    CHECK(result.location == dir.file(beside));
    const KeyFileContents saved = KeyFile::read(dir.file(beside));
    REQUIRE(saved.keys.size() == 1);
    CHECK(saved.keys.first().secret.toQString() == xts128Password);
    CHECK(filesIn(dir.path()) == QStringList { beside, fileName });
}

TEST_CASE("SafeFile never replaces, refuses what is not a regular file, and names the errno",
          "[platform][safe-writes]")
{
    ScratchDir dir;
    const QString existing = dir.write(QStringLiteral("there"), "old");
    const SafeFile::Write again = SafeFile::writeAtomically(existing, "new", SafeFile::Replace::Never);
    CHECK_FALSE(again.ok);
    CHECK(again.nameTaken);
    CHECK(contents(existing) == "old");

    REQUIRE(QDir().mkpath(dir.file(QStringLiteral("folder"))));
    const SafeFile::Write overFolder
        = SafeFile::writeAtomically(dir.file(QStringLiteral("folder")), "x", SafeFile::Replace::RegularFileOnly);
    CHECK_FALSE(overFolder.ok);
    CHECK(QFileInfo(dir.file(QStringLiteral("folder"))).isDir());

    const SafeFile::Write missingFolder
        = SafeFile::writeAtomically(dir.file(QStringLiteral("no/such/file")), "x", SafeFile::Replace::Never);
    CHECK_FALSE(missingFolder.ok);
    CHECK(missingFolder.error == ENOENT);
    CHECK(missingFolder.message.contains(QStringLiteral("(ENOENT)")));

    CHECK(SafeFile::systemError(EIO).contains(QStringLiteral("(EIO)")));
#if defined(Q_OS_UNIX)
    const SafeFile::Read fifo = [&] {
        makeFifo(dir.file(QStringLiteral("pipe")));
        return SafeFile::readRegular(dir.file(QStringLiteral("pipe")), 100);
    }();
    CHECK(fifo.notRegular);
    CHECK_FALSE(fifo.ok);
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("pipe"), QStringLiteral("there") });
#else
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("there") });
#endif
}

// A real FAT stick through FUSE, and a child killed with SIGKILL: Linux only.
#if defined(Q_OS_LINUX)
TEST_CASE("kill -9 during a write on a FAT stick: the next run removes the temporary file and says so",
          "[backup][usb][mount][safe-writes]")
{
    ScratchDir dir;
    const QString mountPoint = dir.file(QStringLiteral("KEYS"));
    FatImage fat(dir.file(QStringLiteral("stick.img")), mountPoint, QStringLiteral("KEYS"));
    REQUIRE_MOUNTED(fat);
    INFO("mounted with " << fat.how().toStdString());
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);

    // A child writes the key and is killed with SIGKILL after the temporary file is written and flushed,
    // before it gets its name: what a power cut or a killed process leaves behind.
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        RecoveryFileWriter::Options options;
        options.targetName = QStringLiteral("usb");
        options.beforeCommit = [&] {
            (void)!::write(ready[1], "x", 1);
            for (;;)
                ::pause();
        };
        RecoveryFileWriter::save(mountPoint, key, options);
        ::_exit(1);
    }
    ::close(ready[1]);
    char signal = 0;
    const bool reached = ::read(ready[0], &signal, 1) == 1;
    ::close(ready[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(reached);
    REQUIRE(WIFSIGNALED(status));

    // fusefat lists the volume label as an entry of the root folder.
    const auto filesOnStick = [&] {
        QStringList files = filesIn(mountPoint);
        files.removeAll(QStringLiteral("KEYS"));
        return files;
    };
    const QStringList left = filesOnStick();
    INFO("left on the stick: " << left.join(QStringLiteral(", ")).toStdString());
    REQUIRE(left.size() == 1);
    CHECK(left.first() != fileName);
    // The whole key is in it: exactly what must not be left lying on a stick.
    const KeyFileContents leftover = KeyFile::read(QDir(mountPoint).filePath(left.first()));
    REQUIRE(leftover.keys.size() == 1);
    CHECK(leftover.keys.first().secret.toQString() == xts128Password);

    UsbTarget next(mountPoint);
    const BackupResult result = runToCompletion(next, key);
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    const QString advice = result.advice.join(QLatin1Char(' '));
    CHECK(advice.contains(QStringLiteral("interrupted")));
    CHECK(advice.contains(left.first()));
    CHECK(filesOnStick() == QStringList { fileName });
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("who may read a file: the owner alone only when its mode says so", "[platform][safe-writes]")
{
    ScratchDir dir;
    const QString path = dir.write(QStringLiteral("key.TXT"), "x");
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    CHECK(SafeFile::whoMayRead(path) == SafeFile::Readers::OwnerOnly);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    CHECK(SafeFile::whoMayRead(path) == SafeFile::Readers::MoreThanOwner);
    CHECK(SafeFile::whoMayRead(dir.file(QStringLiteral("gone"))) == SafeFile::Readers::Unknown);
}
#endif
