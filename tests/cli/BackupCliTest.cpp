// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli backup, through the real executable: files, exit codes, JSON, the guard, the ledger.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keyhaven;

namespace {

const QByteArray password("235818-357951-253979-013365-241120-245575-342914-591910\n");
const QString id = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
const QString fileName = QStringLiteral("BitLocker Recovery Key 64311DEA-4587-4029-924A-BA299647998E.TXT");

test::ProcessResult backup(const QStringList& options, const QString& ledger, const QByteArray& input = password)
{
    return test::runCli(
        QStringList { QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--ledger"), ledger }
            + options,
        input);
}

QJsonObject firstResult(const test::ProcessResult& result)
{
    return result.json().object()[QStringLiteral("results")].toArray().first().toObject();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("backup --to text: writes a file that inspect reads back to the same key and ID", "[cli][backup]")
{
    test::ScratchDir dir;
    const QString ledger = dir.file(QStringLiteral("ledger.json"));
    const QString out = dir.file(QStringLiteral("keys"));
    QDir().mkpath(out);
    const auto result
        = backup({ QStringLiteral("--to"), QStringLiteral("text:") + out, QStringLiteral("--id"), id }, ledger);
    INFO(result.errText().toStdString() << result.outText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject saved = firstResult(result);
    CHECK(saved[QStringLiteral("status")].toString() == QStringLiteral("saved"));
    CHECK(saved[QStringLiteral("target")].toString() == QStringLiteral("text"));
    CHECK(saved[QStringLiteral("checks")].toArray().size() >= 4);
    CHECK_FALSE(result.outText().contains(QString::fromLatin1(password.trimmed())));
    const QString path = saved[QStringLiteral("location")].toString();
    CHECK(QFileInfo(path).fileName() == fileName);

    const QByteArray bytes = contents(path);
    CHECK(bytes.startsWith("\xFF\xFE"));
    CHECK(bytes.contains(QByteArray("\r\0\n\0", 4)));
    const auto inspect = test::runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), path });
    REQUIRE(inspect.exitCode == 0);
    const QJsonObject key = inspect.json().object()[QStringLiteral("keys")].toArray().first().toObject();
    CHECK(key[QStringLiteral("id")].toString() == id);
    CHECK(key[QStringLiteral("key")].toString().toLatin1() == password.trimmed());

    // The same again: one file, "already saved", exit 0.
    const auto again
        = backup({ QStringLiteral("--to"), QStringLiteral("text:") + out, QStringLiteral("--id"), id }, ledger);
    CHECK(again.exitCode == 0);
    CHECK(firstResult(again)[QStringLiteral("status")].toString() == QStringLiteral("already-saved"));
    CHECK(QDir(out).entryList(QDir::Files) == QStringList { fileName });
    CHECK(contents(path) == bytes);

    // The ledger has the copy once (saving it again is the same copy), never the key.
    const QByteArray ledgerBytes = contents(ledger);
    CHECK(QJsonDocument::fromJson(ledgerBytes).object()[QStringLiteral("entries")].toArray().size() == 1);
    CHECK(ledgerBytes.contains(id.toLatin1()));
    CHECK_FALSE(ledgerBytes.contains("235818"));
}

TEST_CASE("backup keeps a different key file of the same name and saves beside it", "[cli][backup]")
{
    test::ScratchDir dir;
    const QString ledger = dir.file(QStringLiteral("ledger.json"));
    const QByteArray other("Identifier:\r\n\t64311DEA-4587-4029-924A-BA299647998E\r\n"
                           "Recovery Key:\r\n\t404558-436711-420860-678557-638220-018909-039941-695321\r\n");
    dir.write(fileName, other);
    const auto result
        = backup({ QStringLiteral("--to"), QStringLiteral("text:") + dir.path(), QStringLiteral("--id"), id }, ledger);
    INFO(result.outText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject saved = firstResult(result);
    CHECK(saved[QStringLiteral("location")].toString().endsWith(QStringLiteral(" (2).TXT")));
    CHECK(saved[QStringLiteral("message")].toString().contains(QStringLiteral("left as it was")));
    CHECK(contents(dir.file(fileName)) == other);
}

TEST_CASE("backup --from a file: one key, or ask which with --id", "[cli][backup]")
{
    test::ScratchDir dir;
    const QString ledger = dir.file(QStringLiteral("ledger.json"));
    // Get-BitLockerVolume | ConvertTo-Json, with two recovery passwords.
    const QString twoKeys
        = dir.write(QStringLiteral("two.json"),
                    "{\"MountPoint\": \"C:\", \"KeyProtector\": ["
                    "{\"KeyProtectorId\": \"{64311DEA-4587-4029-924A-BA299647998E}\", \"KeyProtectorType\": 3,"
                    " \"RecoveryPassword\": \"235818-357951-253979-013365-241120-245575-342914-591910\"},"
                    "{\"KeyProtectorId\": \"{83ABDB8F-3218-4BFD-ACED-215E1E189BDF}\", \"KeyProtectorType\": 3,"
                    " \"RecoveryPassword\": \"404558-436711-420860-678557-638220-018909-039941-695321\"}]}");
    const QString out = dir.file(QStringLiteral("out"));
    QDir().mkpath(out);
    const auto ask = backup(
        { QStringLiteral("--to"), QStringLiteral("text:") + out, QStringLiteral("--from"), twoKeys }, ledger, {});
    INFO(ask.errText().toStdString());
    CHECK(ask.exitCode == 2);
    CHECK(ask.errText().contains(QStringLiteral("83ABDB8F-3218-4BFD-ACED-215E1E189BDF")));
    const auto chosen = backup({ QStringLiteral("--to"), QStringLiteral("text:") + out, QStringLiteral("--from"),
                                 twoKeys, QStringLiteral("--id"), QStringLiteral("83abdb8f") },
                               ledger, {});
    INFO(chosen.errText().toStdString());
    CHECK(chosen.exitCode == 0);
    CHECK(QDir(out).entryList(QDir::Files)
          == QStringList { QStringLiteral("BitLocker Recovery Key 83ABDB8F-3218-4BFD-ACED-215E1E189BDF.TXT") });
}

TEST_CASE("backup exit codes: usage errors, a failed target, an invalid key", "[cli][backup]")
{
    test::ScratchDir dir;
    const QString ledger = dir.file(QStringLiteral("ledger.json"));
    CHECK(backup({ QStringLiteral("--to"), QStringLiteral("floppy:a"), QStringLiteral("--id"), id }, ledger).exitCode
          == 2);
    CHECK(backup({ QStringLiteral("--to"), QStringLiteral("text:") + dir.path() }, ledger).exitCode == 2);
    CHECK(backup({ QStringLiteral("--to"), QStringLiteral("text:") + dir.path(), QStringLiteral("--id"),
                   QStringLiteral("64311DEA") },
                 ledger)
              .exitCode
          == 2);
    CHECK(backup({ QStringLiteral("--to"), QStringLiteral("text:") + dir.path(), QStringLiteral("--id"), id }, ledger,
                 "235818-357951-253979-013365-241120-245575-342914-591911")
              .exitCode
          == 1);
    const QString file = dir.write(QStringLiteral("a-file"), "x");
    const auto notDir
        = backup({ QStringLiteral("--to"), QStringLiteral("text:") + file, QStringLiteral("--id"), id }, ledger);
    CHECK(notDir.exitCode == 3);
    CHECK(firstResult(notDir)[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK_FALSE(QFile::exists(ledger)); // nothing succeeded, nothing recorded
}

// POSIX permissions and a child that drops root: not under Wine.
#if defined(Q_OS_UNIX)
TEST_CASE("backup into a folder the user may not write to fails with exit 3 and says why", "[cli][backup]")
{
    REQUIRE(test::runningAsRoot()); // root is needed to run the CLI as another user (and root writes everywhere)
    REQUIRE(test::haveProgram(QStringLiteral("setpriv")));
    test::ScratchDir dir;
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                              | QFile::WriteOther);
    const QString locked = dir.file(QStringLiteral("locked"));
    QDir().mkpath(locked);
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const auto result
        = test::run(QStringLiteral("setpriv"),
                    { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), test::cliPath(), QStringLiteral("backup"),
                      QStringLiteral("--ledger"), dir.file(QStringLiteral("ledger.json")), QStringLiteral("--to"),
                      QStringLiteral("text:") + locked, QStringLiteral("--id"), id },
                    password);
    INFO(result.outText().toStdString() << result.errText().toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.outText().contains(QStringLiteral("may not write")));
    CHECK(QDir(locked).isEmpty());
}
#endif

// A recorded Linux mount table (the Windows guard has its own tests in test_platform).
#if defined(Q_OS_LINUX)
TEST_CASE("backup refuses the BitLocker volume the key unlocks (recorded mount table), exit 1",
          "[cli][backup][testdata]")
{
    // A recorded laptop whose BitLocker mapping (dm-1, over "sda2") is mounted on the scratch folder; its
    // "sda2" is the real test image, so the guard reads the image's protectors.
    const QString data = QStringLiteral(KEYHAVEN_CLI_PLATFORM_DATA) + QStringLiteral("/linux-usb-stick");
    test::ScratchDir dir;
    const QString target = dir.file(QStringLiteral("windows"));
    QDir().mkpath(target);
    QDir().mkpath(dir.file(QStringLiteral("dev")));
    REQUIRE(
        QFile::link(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), dir.file(QStringLiteral("dev/sda2"))));
    dir.write(QStringLiteral("mountinfo"),
              contents(data + QStringLiteral("/mountinfo")) + "60 22 254:1 / "
                  + QFileInfo(target).canonicalFilePath().toUtf8()
                  + " rw,relatime shared:9 - ntfs3 /dev/mapper/bitlk-win rw\n");
    qputenv("KEYHAVEN_TEST_MOUNTINFO", dir.file(QStringLiteral("mountinfo")).toUtf8());
    qputenv("KEYHAVEN_TEST_SYSFS", (data + QStringLiteral("/sys")).toUtf8());
    qputenv("KEYHAVEN_TEST_DEVDIR", dir.file(QStringLiteral("dev")).toUtf8());
    // The shipped keyhaven-cli ignores those variables: it sees this machine, where the folder is on no
    // BitLocker volume. Only the test build (keyhaven-cli-test) reads the recorded trees.
    const QString shipped = dir.file(QStringLiteral("shipped"));
    QDir().mkpath(shipped);
    const auto production
        = backup({ QStringLiteral("--to"), QStringLiteral("text:") + shipped, QStringLiteral("--id"), id },
                 dir.file(QStringLiteral("ledger.json")));
    qputenv("KEYHAVEN_CLI", KEYHAVEN_CLI_TEST_BUILD);
    const auto result = backup({ QStringLiteral("--to"), QStringLiteral("text:") + target, QStringLiteral("--id"), id },
                               dir.file(QStringLiteral("ledger.json")));
    const auto drives
        = test::runCli({ QStringLiteral("backup"), QStringLiteral("--list-drives"), QStringLiteral("--json") });
    qunsetenv("KEYHAVEN_CLI");
    qunsetenv("KEYHAVEN_TEST_MOUNTINFO");
    qunsetenv("KEYHAVEN_TEST_SYSFS");
    qunsetenv("KEYHAVEN_TEST_DEVDIR");
    CHECK(production.exitCode == 0);
    CHECK(QFileInfo::exists(QDir(shipped).filePath(fileName)));
    INFO(result.outText().toStdString());
    CHECK(result.exitCode == 1);
    CHECK(firstResult(result)[QStringLiteral("status")].toString() == QStringLiteral("refused"));
    CHECK(firstResult(result)[QStringLiteral("message")].toString().contains(QStringLiteral("this key unlocks")));
    CHECK(QDir(target).isEmpty());

    CHECK(drives.exitCode == 0);
    const QJsonArray list = drives.json().object()[QStringLiteral("drives")].toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[QStringLiteral("mountPoint")].toString() == QStringLiteral("/media/alice/KEYS STICK"));
    CHECK(list.first()[QStringLiteral("device")].toString().endsWith(QStringLiteral("/sdb1")));
}
#endif

TEST_CASE("backup --volume proves the key first: a wrong key with the real ID writes nothing and is not recorded",
          "[cli][backup][testdata]")
{
    test::ScratchDir dir;
    const QString target = dir.file(QStringLiteral("keys"));
    QDir().mkpath(target);
    const QString ledger = dir.file(QStringLiteral("ledger.json"));
    const QString volume = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    // Well formed (every group divisible by 11), with the real key ID of the volume, but not its key.
    const auto wrong = backup({ QStringLiteral("--to"), QStringLiteral("text:") + target, QStringLiteral("--id"), id,
                                QStringLiteral("--volume"), volume },
                              ledger, "000000-000000-000000-000000-000000-000000-000000-000011\n");
    INFO(wrong.errText().toStdString());
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.errText().contains(QStringLiteral("does not open")));
    CHECK(QDir(target).isEmpty());
    CHECK_FALSE(QFileInfo::exists(ledger));

    const auto right = backup({ QStringLiteral("--to"), QStringLiteral("text:") + target, QStringLiteral("--id"), id,
                                QStringLiteral("--volume"), volume },
                              ledger);
    INFO(right.errText().toStdString());
    CHECK(right.exitCode == 0);
    CHECK(right.json().object()[QStringLiteral("volumeCheck")].toObject()[QStringLiteral("outcome")].toString()
          == QStringLiteral("opens"));
    CHECK(QFileInfo::exists(QDir(target).filePath(fileName)));
    const QByteArray recorded = contents(ledger);
    CHECK(recorded.contains(id.toUtf8()));
    CHECK(recorded.contains("8F595209-F5B9-49A0-85D4-CB8F80258C27")); // the volume's GUID
}
