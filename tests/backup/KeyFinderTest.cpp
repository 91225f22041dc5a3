// SPDX-License-Identifier: GPL-3.0-or-later
// Finding keys by ID: the cheap byte check in every encoding, skipping, and shared prefixes.
#include "BackupTestKeys.h"

#include "backup/KeyFinder.h"
#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QStringEncoder>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

KeyFinder finder(const QString& typed)
{
    const auto parsed = KeyIdPrefix::parse(typed);
    REQUIRE(parsed.prefix);
    return KeyFinder(*parsed.prefix);
}

QByteArray fileBytes(const RecoveryKey& key)
{
    const SecureBytes bytes = recoveryTextFileBytes(key);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

TEST_CASE("find's byte check sees the ID in ASCII, UTF-16LE/BE, any case, and as a binary GUID", "[backup][find]")
{
    const KeyFinder f = finder(QStringLiteral("64311dea"));
    CHECK(f.mightContain("id: 64311DEA-4587"));
    CHECK(f.mightContain("{64311dea-4587"));
    CHECK(f.mightContain(QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(QStringLiteral("x 64311DEA")))));
    CHECK(f.mightContain(QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(QStringLiteral("x 64311dea")))));
    CHECK(f.mightContain(QByteArray("\x00\xEA\x1D\x31\x64\x87\x45", 7)));
    CHECK_FALSE(f.mightContain("64311DEB 6431 1DEA"));
}

TEST_CASE("find lists every ID sharing the prefix, and picks one with more digits", "[backup][find]")
{
    ScratchDir dir;
    QDir().mkpath(dir.file(QStringLiteral("a")));
    QDir().mkpath(dir.file(QStringLiteral("b/c")));
    const QString twin = QStringLiteral("64311DEA-0000-4000-8000-0123456789AB");
    dir.write(QStringLiteral("a/one.txt"), fileBytes(bitLockerKey(xts128Password, xts128Id)));
    dir.write(QStringLiteral("b/c/two.TXT"), fileBytes(bitLockerKey(xts256Password, twin)));
    dir.write(QStringLiteral("b/other.txt"), fileBytes(bitLockerKey(xts256Password, xts256Id)));

    const auto both = finder(QStringLiteral("64311DEA")).search({ dir.path() });
    CHECK(both.filesSearched == 3);
    CHECK(both.distinctIds().size() == 2);
    CHECK(both.distinctIds().contains(twin));
    const auto one = finder(QStringLiteral("64311DEA4587")).search({ dir.path() });
    REQUIRE(one.distinctIds() == QStringList { xts128Id });
    CHECK(one.matches.first().secret == SecureBytes::fromUtf8(xts128Password));
    CHECK(finder(xts128Id).search({ dir.path() }).matches.size() == 1);
    CHECK(finder(QStringLiteral("00000000")).search({ dir.path() }).matches.isEmpty());
}

TEST_CASE("find skips huge files and goes on, names missing paths", "[backup][find]")
{
    ScratchDir dir;
    dir.write(QStringLiteral("huge.bin"), QByteArray(KeyFile::MaximumSize + 10, '6'));
    dir.write(QStringLiteral("key.txt"), fileBytes(bitLockerKey(xts128Password, xts128Id)));
    const auto result = finder(QStringLiteral("64311DEA")).search({ dir.path(), dir.file(QStringLiteral("gone")) });
    CHECK(result.matches.size() == 1);
    REQUIRE(result.skipped.size() == 1);
    CHECK(result.skipped.first().path.endsWith(QStringLiteral("huge.bin")));
    CHECK(result.missing == QStringList { dir.file(QStringLiteral("gone")) });
}
