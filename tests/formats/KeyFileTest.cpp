// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"

#include "FormatSamples.h"

#include "support/TestData.h"
#include "support/catch.h"

#include <QElapsedTimer>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

using Status = KeyFileContents::Status;

void checkRefused(const KeyFileContents& contents, Status status, const QString& source, const char* expected)
{
    INFO(contents.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(contents.status == status);
    CHECK(contents.keys.isEmpty());
    REQUIRE(contents.problems.size() == 1);
    CHECK(contents.problems.first().startsWith(source + QStringLiteral(": ")));
    CHECK(contents.problems.first().contains(QLatin1String(expected), Qt::CaseInsensitive));
}

QByteArray randomBytes(int size, unsigned seed)
{
    QByteArray bytes;
    unsigned state = seed;
    for (int i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes.append(static_cast<char>(state >> 16));
    }
    return bytes;
}

} // namespace

TEST_CASE("Each format is recognised by its content and named in the keys", "[formats][key-file]")
{
    const struct
    {
        QByteArray bytes;
        const char* format;
        int keys;
    } samples[] = {
        { bytesOf(recoveryTextFileBytes(bitLockerKey(firstPassword, firstId))), "recovery-text-file", 1 },
        { encodeText(windows7TextFile(), TextEncoding::Utf8), "recovery-text-file", 1 },
        { encodeText(japaneseTextFile(), TextEncoding::Utf16BEWithBom), "recovery-text-file", 1 },
        { bytesOf(recoveryTextFileBytes(fileVaultKey(personalKey, hardwareUuid))), "filevault-text-file", 1 },
        { realBekBytes(), "bek", 1 },
        { encodeText(manageBdeEnglish(), TextEncoding::Utf16LEWithBom), "manage-bde", 2 },
        { encodeText(manageBdeFrench(), TextEncoding::Utf8), "manage-bde", 2 },
        { encodeText(powerShellSingle(), TextEncoding::Utf16LEWithBom), "powershell-json", 1 },
        { encodeText(powerShellArray(), TextEncoding::Utf8WithBom), "powershell-json", 2 },
        { encodeText(graphSingle(), TextEncoding::Utf8), "graph-json", 1 },
        { encodeText(graphList(), TextEncoding::Utf8), "graph-json", 2 },
        { encodeText(fdesetupPlist(), TextEncoding::Utf8), "fdesetup-plist", 1 },
    };
    for (const auto& sample : samples) {
        INFO(sample.format);
        const KeyFileContents contents = KeyFile::readBytes(sample.bytes, QStringLiteral("/some/file"));
        INFO(contents.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(contents.status == Status::Ok);
        CHECK(contents.problems.isEmpty());
        REQUIRE(contents.keys.size() == sample.keys);
        for (const RecoveryKey& key : contents.keys) {
            CHECK(key.format == QLatin1String(sample.format));
            CHECK(key.source == QStringLiteral("/some/file"));
        }
    }
}

TEST_CASE("A file read from disk records its path", "[formats][key-file][testdata]")
{
    const KeyFileContents contents = KeyFile::read(realBekPath());
    REQUIRE(contents.status == Status::Ok);
    REQUIRE(contents.keys.size() == 1);
    CHECK(contents.keys.first().source == realBekPath());
    CHECK(contents.keys.first().id->toString() == realBekId);
}

TEST_CASE("The same key twice in one file is listed once, a note with both kinds gives both", "[formats][key-file]")
{
    const QString twice = germanTextFile() + germanTextFile();
    const KeyFileContents contents = KeyFile::readBytes(encodeText(twice, TextEncoding::Utf8), QStringLiteral("n"));
    CHECK(contents.keys.size() == 1);

    const QString both = germanTextFile() + QStringLiteral("\nMac:\n%1\n").arg(personalKey);
    const KeyFileContents mixed = KeyFile::readBytes(encodeText(both, TextEncoding::Utf8), QStringLiteral("n"));
    REQUIRE(mixed.keys.size() == 2);
    CHECK(mixed.keys.at(0).format == QStringLiteral("recovery-text-file"));
    CHECK(mixed.keys.at(1).format == QStringLiteral("filevault-text-file"));
}

TEST_CASE("Bad content gives no key material and says what the file is", "[formats][key-file]")
{
    const QString source = QStringLiteral("input");
    checkRefused(KeyFile::readBytes(QByteArray(), source), Status::NoKeyMaterial, source, "empty");
    checkRefused(KeyFile::readBytes(randomBytes(4096, 7), source), Status::NoKeyMaterial, source, "neither text");
    checkRefused(KeyFile::readBytes(QByteArray("{\"keys\": [1, 2], \"name\": \"x\"}"), source), Status::NoKeyMaterial,
                 source, "no recovery key found: the file is JSON but not PowerShell or Microsoft Graph output");
    checkRefused(KeyFile::readBytes(QByteArray("[1, 2, 3]"), source), Status::NoKeyMaterial, source,
                 "JSON but not PowerShell");
    checkRefused(KeyFile::readBytes(QByteArray("{\"KeyProtector\": [ "), source), Status::NoKeyMaterial, source,
                 "looks like JSON but cannot be read");
    checkRefused(KeyFile::readBytes(QByteArray("<html><body>hello</body></html>"), source), Status::NoKeyMaterial,
                 source, "XML but not a property list");
    checkRefused(
        KeyFile::readBytes(encodeText(QStringLiteral("Dear diary,\r\nnothing here.\r\n"), TextEncoding::Utf16LEWithBom),
                           source),
        Status::NoKeyMaterial, source, "neither a BitLocker recovery key");
    checkRefused(KeyFile::readBytes(QByteArray(KeyFile::MaximumSize + 1, 'x'), source), Status::TooLarge, source,
                 "more than any key file");
}

TEST_CASE("Files that cannot be read get their own status", "[formats][key-file]")
{
    const ScratchDir dir;
    checkRefused(KeyFile::read(dir.file(QStringLiteral("missing.txt"))), Status::NotFound,
                 dir.file(QStringLiteral("missing.txt")), "no such file");
    checkRefused(KeyFile::read(dir.path()), Status::NotAFile, dir.path(), "folder");

    const QString empty = dir.write(QStringLiteral("empty.txt"), {});
    checkRefused(KeyFile::read(empty), Status::NoKeyMaterial, empty, "empty");

#if defined(Q_OS_UNIX)
    const QString fifo = dir.file(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    checkRefused(KeyFile::read(fifo), Status::NotAFile, fifo, "not a regular file");
#endif
}

TEST_CASE("A 50 MB file is refused by its size, without being read", "[formats][key-file]")
{
    const ScratchDir dir;
    const QString path = dir.file(QStringLiteral("huge.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(50 * 1024 * 1024)); // sparse: nothing is written
    file.close();

    QElapsedTimer timer;
    timer.start();
    const KeyFileContents contents = KeyFile::read(path);
    CHECK(timer.elapsed() < 500);
    checkRefused(contents, Status::TooLarge, path, "more than any key file");
}

// POSIX permissions; on Windows an unreadable file takes an ACL, which Wine does not enforce.
#if defined(Q_OS_UNIX)
TEST_CASE("A file without read permission is unreadable, except to root", "[formats][key-file]")
{
    const ScratchDir dir;
    const QString path = dir.write(QStringLiteral("locked.txt"), encodeText(germanTextFile(), TextEncoding::Utf8));
    REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (::geteuid() == 0) {
        // Root reads through permissions: the file is read like any other, which is what must happen.
        const KeyFileContents contents = KeyFile::read(path);
        CHECK(contents.status == Status::Ok);
        CHECK(contents.keys.size() == 1);
    } else {
        checkRefused(KeyFile::read(path), Status::Unreadable, path, "cannot be opened");
    }
#if defined(Q_OS_LINUX)
    // A read error that permissions do not decide, for root and everyone else alike: /proc/self/mem opens,
    // but reading at offset 0 (an unmapped address) fails with an I/O error.
    const QString memory = QStringLiteral("/proc/self/mem");
    checkRefused(KeyFile::read(memory), Status::Unreadable, memory, "cannot be read");
#endif
}
#endif
