// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli find over 10,000 files: the key's file is found; a shared 8-digit prefix lists both IDs.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>

using namespace keyhaven;

namespace {

const QString id = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
const QString twin = QStringLiteral("64311DEA-0000-4000-8000-0123456789AB");

QByteArray recoveryFile(const QString& keyId, const QString& password)
{
    const QString text
        = QStringLiteral("\uFEFFBitLocker\r\nIdentifier:\r\n\r\n\t%1\r\n\r\nRecovery Key:\r\n\r\n\t%2\r\n")
              .arg(keyId, password);
    return QStringEncoder(QStringEncoder::Utf16LE).encode(text);
}

// 10,000 files in 100 folders: notes, logs with other GUIDs and numbers, and some keys of other IDs.
void fillHaystack(const test::ScratchDir& dir)
{
    for (int folder = 0; folder < 100; ++folder) {
        QDir().mkpath(dir.file(QStringLiteral("hay/%1").arg(folder)));
        for (int n = 0; n < 100; ++n) {
            QByteArray body = QByteArray("note %1: meeting at 10:30, room 6431, id ")
                                  .replace("%1", QByteArray::number(folder * 100 + n))
                + QByteArray::number(0x10000000 + folder * 7919 + n * 104729, 16).toUpper()
                + "-4587-4029-924A-BA299647998E\n";
            if (n == 50) // a real key file of another ID
                body = recoveryFile(QStringLiteral("83ABDB8F-3218-4BFD-ACED-215E1E189BDF"),
                                    QStringLiteral("404558-436711-420860-678557-638220-018909-039941-695321"));
            dir.write(QStringLiteral("hay/%1/file-%2.txt").arg(folder).arg(n), body.repeated(1 + n % 5));
        }
    }
}

test::ProcessResult find(const QString& prefix, const QStringList& paths)
{
    return test::runCli(QStringList { QStringLiteral("find"), QStringLiteral("--json"), QStringLiteral("--id"), prefix }
                        + paths);
}

} // namespace

TEST_CASE("find --id 64311DEA finds the key among 10,000 files, a shared prefix lists both", "[cli][find]")
{
    test::ScratchDir dir;
    fillHaystack(dir);
    const QString keyFile
        = dir.write(QStringLiteral("hay/42/BitLocker Recovery Key 64311DEA.TXT"),
                    recoveryFile(id, QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910")));
    const auto found = find(QStringLiteral("64311DEA"), { dir.file(QStringLiteral("hay")) });
    INFO(found.errText().toStdString());
    REQUIRE(found.exitCode == 0);
    const QJsonObject json = found.json().object();
    CHECK(json[QStringLiteral("filesSearched")].toInt() == 10001);
    CHECK(json[QStringLiteral("ids")].toArray() == QJsonArray { id });
    const QJsonObject match = json[QStringLiteral("matches")].toArray().first().toObject();
    CHECK(match[QStringLiteral("source")].toString() == keyFile);
    CHECK(match[QStringLiteral("key")].toString()
          == QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910"));

    // Another key whose ID starts with the same 8 digits: both are listed, without keys; exit 1.
    dir.write(QStringLiteral("hay/7/twin.txt"),
              recoveryFile(twin, QStringLiteral("404558-436711-420860-678557-638220-018909-039941-695321")));
    const auto both = find(QStringLiteral("64311dea"), { dir.file(QStringLiteral("hay")) });
    CHECK(both.exitCode == 1);
    const QJsonObject ambiguous = both.json().object();
    CHECK(ambiguous[QStringLiteral("ambiguous")].toBool());
    CHECK(ambiguous[QStringLiteral("ids")].toArray().size() == 2);
    CHECK_FALSE(both.outText().contains(QStringLiteral("235818-357951")));
    const auto text = test::runCli({ QStringLiteral("find"), QStringLiteral("--id"), QStringLiteral("64311DEA"),
                                     dir.file(QStringLiteral("hay")) });
    CHECK(text.outText().contains(id));
    CHECK(text.outText().contains(twin));
    CHECK(text.errText().contains(QStringLiteral("more digits")));

    // More digits, or the full ID, choose one.
    CHECK(find(QStringLiteral("64311DEA-4587"), { dir.file(QStringLiteral("hay")) }).exitCode == 0);
    CHECK(find(id, { dir.file(QStringLiteral("hay")) }).json().object()[QStringLiteral("ids")].toArray()
          == QJsonArray { id });
}

TEST_CASE("find: nothing found is exit 1, a bad prefix is a usage error, a missing path is exit 3", "[cli][find]")
{
    test::ScratchDir dir;
    dir.write(QStringLiteral("a.txt"), "nothing here");
    CHECK(find(QStringLiteral("DEADBEEF"), { dir.path() }).exitCode == 1);
    CHECK(find(QStringLiteral("64311D"), { dir.path() }).exitCode == 2);
    CHECK(find(QStringLiteral("64311DEA"), {}).exitCode == 2);
    CHECK(find(QStringLiteral("64311DEA"), { dir.file(QStringLiteral("gone")) }).exitCode == 3);
}

// POSIX permissions and a child that drops root: not under Wine.
#if defined(Q_OS_UNIX)
TEST_CASE("find skips a file the user may not read, says so, and goes on", "[cli][find]")
{
    REQUIRE(test::runningAsRoot()); // to run the CLI as another user: root reads everything
    test::ScratchDir dir;
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const QString secret = dir.write(QStringLiteral("a-locked.txt"), "locked");
    QFile::setPermissions(secret, QFile::ReadOwner);
    const QString keyFile
        = dir.write(QStringLiteral("z-key.txt"),
                    recoveryFile(id, QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910")));
    QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::ReadOther);
    const auto result = test::run(QStringLiteral("setpriv"),
                                  { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), test::cliPath(), QStringLiteral("find"),
                                    QStringLiteral("--id"), QStringLiteral("64311DEA"), dir.path() });
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.errText().contains(secret));
    CHECK(result.outText().contains(keyFile));
}
#endif
