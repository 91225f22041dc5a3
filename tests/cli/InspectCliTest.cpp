// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FormatSamples.h"
#include "formats/RecoveryTextFileWriter.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QJsonArray keysOf(const ProcessResult& result)
{
    return result.json().object().value(QStringLiteral("keys")).toArray();
}

QJsonArray problemsOf(const ProcessResult& result)
{
    return result.json().object().value(QStringLiteral("problems")).toArray();
}

QString field(const QJsonValue& key, const char* name)
{
    return key.toObject().value(QLatin1String(name)).toString();
}

QByteArray randomBytes(int size)
{
    QByteArray bytes;
    unsigned state = 99;
    for (int i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes.append(static_cast<char>(state >> 16));
    }
    return bytes;
}

// Runs inspect on one file and checks the exit code, that stderr names the file and says `expected`.
void checkRefused(const QString& path, int exitCode, const char* expected)
{
    const ProcessResult text = runCli({ QStringLiteral("inspect"), path });
    INFO(text.errText().toStdString());
    CHECK_FALSE(text.crashed);
    CHECK(text.exitCode == exitCode);
    CHECK(text.out.isEmpty());
    CHECK(text.errText().contains(path));
    CHECK(text.errText().contains(QLatin1String(expected), Qt::CaseInsensitive));

    const ProcessResult json = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), path });
    CHECK(json.exitCode == exitCode);
    CHECK(keysOf(json).isEmpty());
    const QJsonArray problems = problemsOf(json);
    REQUIRE(problems.size() == 1);
    CHECK(field(problems.at(0), "source") == path);
    CHECK(field(problems.at(0), "message").contains(QLatin1String(expected), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("inspect reads the real .BEK: its ID is the file's name and its key is not printed",
          "[cli][inspect][testdata]")
{
    const QString path = realBekPath();
    const ProcessResult json = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), path });
    INFO(json.errText().toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray keys = keysOf(json);
    REQUIRE(keys.size() == 1);
    const QJsonObject key = keys.at(0).toObject();
    CHECK(field(key, "kind") == QStringLiteral("bitlocker-external-key"));
    CHECK(field(key, "id") == QFileInfo(path).completeBaseName());
    CHECK(field(key, "id") == realBekId);
    CHECK_FALSE(key.contains(QStringLiteral("key")));
    CHECK(field(key, "format") == QStringLiteral("bek"));
    CHECK(field(key, "source") == path);
    CHECK(problemsOf(json).isEmpty());

    const ProcessResult text = runCli({ QStringLiteral("inspect"), path });
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(realBekId));
    CHECK(text.outText().contains(QStringLiteral("4381F759")));
    const QByteArray keyBytes = realBekBytes().mid(0x7C, 32);
    CHECK_FALSE(text.out.contains(keyBytes.toHex()));
    CHECK_FALSE(text.out.contains(keyBytes.toHex().toUpper()));
    CHECK_FALSE(json.out.contains(keyBytes.toHex()));
}

TEST_CASE("inspect reads written recovery text files in UTF-16LE, UTF-8 and UTF-8 without BOM", "[cli][inspect]")
{
    const ScratchDir dir;
    const QString written = decodeWrittenFile(recoveryTextFileBytes(bitLockerKey(firstPassword, firstId)));
    const QStringList paths {
        dir.write(QStringLiteral("utf16le.txt"), bytesOf(recoveryTextFileBytes(bitLockerKey(firstPassword, firstId)))),
        dir.write(QStringLiteral("utf8-bom.txt"), encodeText(written, TextEncoding::Utf8WithBom)),
        dir.write(QStringLiteral("utf8.txt"), encodeText(written, TextEncoding::Utf8)),
    };
    const ProcessResult json = runCli(QStringList { QStringLiteral("inspect"), QStringLiteral("--json") } + paths);
    INFO(json.errText().toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray keys = keysOf(json);
    REQUIRE(keys.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(field(keys.at(i), "kind") == QStringLiteral("bitlocker-recovery-password"));
        CHECK(field(keys.at(i), "id") == firstId);
        CHECK(field(keys.at(i), "key") == firstPassword);
        CHECK(field(keys.at(i), "format") == QStringLiteral("recovery-text-file"));
        CHECK(field(keys.at(i), "source") == paths.at(i));
    }

    const ProcessResult text = runCli({ QStringLiteral("inspect"), paths.first() });
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(firstPassword));
    CHECK(text.outText().contains(firstId));
    CHECK(text.outText().contains(QStringLiteral("recovery-text-file")));
    CHECK(text.err.isEmpty());
}

TEST_CASE("inspect reads every other format", "[cli][inspect]")
{
    const ScratchDir dir;
    const struct
    {
        const char* name;
        QByteArray bytes;
        const char* kind;
        const char* format;
        int keys;
    } files[] = {
        { "protectors.txt", encodeText(manageBdeFrench(), TextEncoding::Utf16LEWithBom), "bitlocker-recovery-password",
          "manage-bde", 2 },
        { "volume.json", encodeText(powerShellSingle(), TextEncoding::Utf16LEWithBom), "bitlocker-recovery-password",
          "powershell-json", 1 },
        { "graph.json", encodeText(graphList(), TextEncoding::Utf8), "bitlocker-recovery-password", "graph-json", 2 },
        { "fdesetup.plist", encodeText(fdesetupPlist(), TextEncoding::Utf8), "filevault-personal-recovery-key",
          "fdesetup-plist", 1 },
        { "FileVault Recovery Key.txt", bytesOf(recoveryTextFileBytes(fileVaultKey(personalKey, hardwareUuid))),
          "filevault-personal-recovery-key", "filevault-text-file", 1 },
        { "windows7.txt", encodeText(windows7TextFile(), TextEncoding::Utf16LEWithBom), "bitlocker-recovery-password",
          "recovery-text-file", 1 },
    };
    for (const auto& file : files) {
        INFO(file.name);
        const QString path = dir.write(QLatin1String(file.name), file.bytes);
        const ProcessResult json = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), path });
        INFO(json.errText().toStdString());
        REQUIRE(json.exitCode == 0);
        const QJsonArray keys = keysOf(json);
        REQUIRE(keys.size() == file.keys);
        for (const QJsonValue& key : keys) {
            CHECK(field(key, "kind") == QLatin1String(file.kind));
            CHECK(field(key, "format") == QLatin1String(file.format));
            CHECK_FALSE(field(key, "key").isEmpty());
            CHECK_FALSE(field(key, "id").isEmpty());
        }
    }
}

TEST_CASE("inspect refuses bad input with the contract's exit codes", "[cli][inspect]")
{
    const ScratchDir dir;
    const ProcessResult noFiles = runCli({ QStringLiteral("inspect") });
    CHECK(noFiles.exitCode == 2);
    CHECK(noFiles.errText().contains(QStringLiteral("at least one file")));

    checkRefused(dir.file(QStringLiteral("missing.txt")), 3, "no such file");
    checkRefused(dir.path(), 3, "folder");
    checkRefused(dir.write(QStringLiteral("empty.txt"), {}), 1, "empty");
    checkRefused(dir.write(QStringLiteral("random.bin"), randomBytes(4096)), 1, "neither text");
    checkRefused(dir.write(QStringLiteral("other.json"), QByteArray("{\"name\": \"x\", \"items\": [1, 2]}")), 1,
                 "no recovery key found: the file is JSON but not PowerShell or Microsoft Graph output");

    const QString huge = dir.file(QStringLiteral("huge.txt"));
    QFile file(huge);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(50 * 1024 * 1024));
    file.close();
    checkRefused(huge, 1, "more than any key file");
}

// POSIX permissions: on Windows an unreadable file takes an access list, which Wine does not enforce.
#if defined(Q_OS_UNIX)
TEST_CASE("inspect says a file it cannot read is an I/O error", "[cli][inspect]")
{
    const ScratchDir dir;
    const QString locked = dir.write(QStringLiteral("locked.txt"), encodeText(germanTextFile(), TextEncoding::Utf8));
    REQUIRE(QFile::setPermissions(locked, QFileDevice::Permissions()));
#if defined(Q_OS_UNIX)
    if (test::runningAsRoot()) {
        // Root reads through permissions, so the file is simply read.
        CHECK(runCli({ QStringLiteral("inspect"), locked }).exitCode == 0);
    } else {
        checkRefused(locked, 3, "cannot be opened");
    }
#endif
#if defined(Q_OS_LINUX)
    // Fails to read for root too: the CLI's own /proc/self/mem gives an I/O error at offset 0.
    checkRefused(QStringLiteral("/proc/self/mem"), 3, "cannot be read");
#endif
}
#endif

TEST_CASE("inspect lists what it found and names what it did not, 3 wins over 1", "[cli][inspect][testdata]")
{
    const ScratchDir dir;
    const QString empty = dir.write(QStringLiteral("empty.txt"), {});
    const QString missing = dir.file(QStringLiteral("missing.txt"));

    const ProcessResult partly = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), realBekPath(), empty });
    CHECK(partly.exitCode == 1);
    CHECK(keysOf(partly).size() == 1);
    REQUIRE(problemsOf(partly).size() == 1);
    CHECK(field(problemsOf(partly).at(0), "source") == empty);

    const ProcessResult worst = runCli({ QStringLiteral("inspect"), empty, missing, realBekPath() });
    CHECK(worst.exitCode == 3);
    CHECK(worst.outText().contains(realBekId));
    CHECK(worst.errText().contains(empty));
    CHECK(worst.errText().contains(missing));
}

TEST_CASE("inspect names the file, line and group of a damaged key, never the key", "[cli][inspect]")
{
    const ScratchDir dir;
    QString damaged = firstPassword;
    damaged.replace(14, 6, QStringLiteral("253970"));
    const QString path
        = dir.write(QStringLiteral("damaged.TXT"), bytesOf(recoveryTextFileBytes(bitLockerKey(damaged, firstId))));
    const ProcessResult text = runCli({ QStringLiteral("inspect"), path });
    INFO(text.errText().toStdString());
    CHECK(text.exitCode == 1);
    CHECK(text.errText().contains(path));
    CHECK(text.errText().contains(QStringLiteral("Line ")));
    CHECK(text.errText().contains(QStringLiteral("Group 3")));
    CHECK_FALSE(text.errText().contains(damaged));
    CHECK_FALSE(text.outText().contains(damaged));

    const ProcessResult json = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), path });
    CHECK(json.exitCode == 1);
    CHECK_FALSE(json.out.contains(damaged.toLatin1()));
}
