// SPDX-License-Identifier: GPL-3.0-or-later
// The text-file target on real file systems: the file, its checks, same key twice, a different file with
// the same name, and every failure leaving the old state intact.
#include "BackupTestKeys.h"
#if defined(Q_OS_LINUX)
#include "MountHelpers.h"
#endif

#include "backup/TextFileTarget.h"
#include "formats/KeyFile.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString fileName = QStringLiteral("BitLocker Recovery Key 64311DEA-4587-4029-924A-BA299647998E.TXT");

BackupResult save(const QString& folder, const RecoveryKey& key)
{
    TextFileTarget target(folder);
    return runToCompletion(target, key);
}

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

TEST_CASE("text target writes the Windows-style file, proven by reading it back", "[backup][text]")
{
    ScratchDir dir;
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    const BackupResult result = save(dir.path(), key);
    INFO(result.message);
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(result.target == QStringLiteral("text"));
    CHECK(QFileInfo(result.location).fileName() == fileName);
    CHECK(filesIn(dir.path()) == QStringList { fileName });
    CHECK_FALSE(result.message.contains(xts128Password));
    CHECK(result.checks.size() >= 4);
    CHECK(result.sha256.size() == 32);

    const QByteArray bytes = contents(result.location);
    CHECK(bytes.startsWith("\xFF\xFE"));
    CHECK(bytes.contains(QByteArray("\r\0\n\0", 4)));
    CHECK_FALSE(QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData() + 2), (bytes.size() - 2) / 2)
                    .contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
    const KeyFileContents back = KeyFile::read(result.location);
    REQUIRE(back.keys.size() == 1);
    CHECK(back.keys.first().secret == key.secret);
    CHECK(back.keys.first().id == key.id);
#if defined(Q_OS_UNIX) // POSIX permissions; Windows' access lists are SafeFile's (see its Windows code)
    CHECK((QFileInfo(result.location).permissions()
           & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser))
          == 0);
#endif
}

TEST_CASE("text target saving the same key twice writes nothing the second time", "[backup][text]")
{
    ScratchDir dir;
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);
    REQUIRE(save(dir.path(), key).status == BackupResult::Status::Saved);
    const QByteArray first = contents(dir.file(fileName));
    const BackupResult again = save(dir.path(), key);
    CHECK(again.status == BackupResult::Status::AlreadySaved);
    CHECK(again.message.contains(QStringLiteral("already")));
    CHECK(filesIn(dir.path()) == QStringList { fileName });
    CHECK(contents(dir.file(fileName)) == first);
}

TEST_CASE("text target keeps a different file with the same name and saves beside it", "[backup][text]")
{
    ScratchDir dir;
    // Another key's file, under this key's name.
    const RecoveryKey other = bitLockerKey(xts256Password, xts256Id);
    ScratchDir elsewhere;
    REQUIRE(save(elsewhere.path(), other).status == BackupResult::Status::Saved);
    const QByteArray otherBytes = contents(QDir(elsewhere.path()).filePath(filesIn(elsewhere.path()).first()));
    dir.write(fileName, otherBytes);

    const BackupResult result = save(dir.path(), bitLockerKey(xts128Password, xts128Id));
    INFO(result.message);
    REQUIRE(result.status == BackupResult::Status::Saved);
    const QString beside = QStringLiteral("BitLocker Recovery Key 64311DEA-4587-4029-924A-BA299647998E (2).TXT");
    CHECK(QFileInfo(result.location).fileName() == beside);
    CHECK(result.message.contains(dir.file(fileName)));
    CHECK(contents(dir.file(fileName)) == otherBytes);
    CHECK(KeyFile::read(dir.file(beside)).keys.first().id == KeyId::parse(xts128Id));
}

// Full and read-only file systems are made with tmpfs mounts (MountHelpers): Linux only.
#if defined(Q_OS_LINUX)
TEST_CASE("text target fails on a full file system, leaving no partial file", "[backup][text][mount]")
{
    ScratchDir dir;
    const QString mountPoint = dir.file(QStringLiteral("small"));
    TmpfsMount tmpfs(mountPoint, QStringLiteral("size=64k"));
    REQUIRE_MOUNTED(tmpfs);
    // Someone else's file with this key's name, which must survive, then fill the file system.
    const QByteArray old("not a key, but somebody's file");
    dir.write(QStringLiteral("small/") + fileName, old);
    fillFileSystem(mountPoint + QStringLiteral("/filler"));

    const BackupResult result = save(mountPoint, bitLockerKey(xts128Password, xts128Id));
    INFO(result.message);
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("full")));
    CHECK(filesIn(mountPoint) == QStringList({ fileName, QStringLiteral("filler") }));
    CHECK(contents(mountPoint + QLatin1Char('/') + fileName) == old);
}
#endif

#if defined(Q_OS_LINUX)
TEST_CASE("text target fails in a read-only folder and says so", "[backup][text][mount]")
{
    ScratchDir dir;
    const QString mountPoint = dir.file(QStringLiteral("ro"));
    TmpfsMount tmpfs(mountPoint, QStringLiteral("size=64k"));
    REQUIRE_MOUNTED(tmpfs);
    REQUIRE(tmpfs.remountReadOnly());
    const BackupResult result = save(mountPoint, bitLockerKey(xts128Password, xts128Id));
    INFO(result.message);
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("read-only")));
    CHECK(filesIn(mountPoint).isEmpty());
}
#endif

TEST_CASE("text target fails when the folder vanishes mid-way, and says so", "[backup][text]")
{
    ScratchDir dir;
    const QString folder = dir.file(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(folder));
    TextFileTarget target(folder);
    target.setBeforeCommit([folder] { QDir(folder).removeRecursively(); });
    const BackupResult result = runToCompletion(target, bitLockerKey(xts128Password, xts128Id));
    INFO(result.message);
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("disappeared")));
    CHECK_FALSE(QFileInfo::exists(folder));
    CHECK(filesIn(dir.path()).isEmpty());
}

TEST_CASE("text target refuses a path that is not a folder, or does not exist", "[backup][text]")
{
    ScratchDir dir;
    const QString file = dir.write(QStringLiteral("plain.txt"), "x");
    const BackupResult notDir = save(file, bitLockerKey(xts128Password, xts128Id));
    CHECK(notDir.status == BackupResult::Status::Failed);
    CHECK(notDir.message.contains(QStringLiteral("not a folder")));
    const BackupResult missing = save(dir.file(QStringLiteral("nowhere")), bitLockerKey(xts128Password, xts128Id));
    CHECK(missing.status == BackupResult::Status::Failed);
    CHECK(missing.message.contains(QStringLiteral("does not exist")));
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("plain.txt") });
}

TEST_CASE("text target writes a FileVault key file that reads back", "[backup][text]")
{
    ScratchDir dir;
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.id = KeyId::parse(QStringLiteral("2D9E5B1A-7C3F-4E08-9A61-0B4C8D2E7F15"));
    key.secret = SecureBytes::fromUtf8(QStringLiteral("AU2A-PHMK-WBGX-PWKX-M3X3-VAPY"));
    const BackupResult result = save(dir.path(), key);
    INFO(result.message);
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(QFileInfo(result.location).fileName().startsWith(QStringLiteral("FileVault Recovery Key ")));
    const KeyFileContents back = KeyFile::read(result.location);
    REQUIRE(back.keys.size() == 1);
    CHECK(back.keys.first().secret == key.secret);
    CHECK(save(dir.path(), key).status == BackupResult::Status::AlreadySaved);
}
