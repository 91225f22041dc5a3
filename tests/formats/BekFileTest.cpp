// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/BekFile.h"
#include "formats/KeyFile.h"

#include "FormatSamples.h"

#include "support/TestData.h"
#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QUuid volumeGuid = QUuid::fromString(QStringLiteral("8f595209-f5b9-49a0-85d4-cb8f80258c27"));
constexpr qsizetype keyOffset156 = 0x70 + 12; // the key entry's header and its u32 method

QByteArray keyBytesOf(const RecoveryKey& key)
{
    return bytesOf(key.secret);
}

void checkRejected(const QByteArray& bytes, const char* expected)
{
    const FormatResult result = readBekFile(bytes);
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(result.recognised);
    CHECK(result.keys.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(QLatin1String(expected)));
}

} // namespace

TEST_CASE("The real .BEK gives the protector ID of its file name and its 32 key bytes", "[formats][bek][testdata]")
{
    const QByteArray bek = realBekBytes();
    const FormatResult result = readBekFile(bek);
    CHECK(result.recognised);
    CHECK(result.problems.isEmpty());
    REQUIRE(result.keys.size() == 1);
    const RecoveryKey& key = result.keys.first();
    CHECK(key.kind == KeyKind::BitLockerExternalKey);
    REQUIRE(key.id);
    CHECK(key.id->toString() == realBekId);
    CHECK(key.secret.size() == 32);
    CHECK(keyBytesOf(key) == bek.mid(keyOffset156, 32));
    CHECK_FALSE(key.volumeGuid);
    CHECK(key.created.toUTC().date() == QDate(2020, 9, 15));
}

TEST_CASE("Windows 11's 180-byte .BEK also names its volume", "[formats][bek][testdata]")
{
    const QByteArray bek156 = realBekBytes();
    const QByteArray bek180 = withVolumeGuidEntry(bek156, volumeGuid);
    REQUIRE(bek180.size() == 180);
    const FormatResult result = readBekFile(bek180);
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(result.problems.isEmpty());
    REQUIRE(result.keys.size() == 1);
    const RecoveryKey& key = result.keys.first();
    CHECK(key.id->toString() == realBekId);
    REQUIRE(key.volumeGuid);
    CHECK(key.volumeGuid->uuid() == volumeGuid);
    CHECK(keyBytesOf(key) == bek156.mid(keyOffset156, 32));

    const KeyFileContents contents = KeyFile::readBytes(bek180, QStringLiteral("win11.BEK"));
    REQUIRE(contents.status == KeyFileContents::Status::Ok);
    CHECK(contents.keys.first().format == QStringLiteral("bek"));
}

TEST_CASE("A truncated .BEK is refused cleanly at every length", "[formats][bek][testdata]")
{
    for (const QByteArray& bek : { realBekBytes(), withVolumeGuidEntry(realBekBytes(), volumeGuid) }) {
        for (qsizetype length = 0; length < bek.size(); ++length) {
            INFO("length " << length);
            const QByteArray truncated = bek.left(length);
            const FormatResult result = readBekFile(truncated);
            CHECK(result.keys.isEmpty());
            CHECK(result.recognised == (length >= 12));
            if (length >= 12) {
                REQUIRE(result.problems.size() == 1);
                CHECK(result.problems.first().contains(QStringLiteral("truncated")));
            }
            CHECK(KeyFile::readBytes(truncated, QStringLiteral("x.BEK")).status
                  == KeyFileContents::Status::NoKeyMaterial);
        }
    }
}

TEST_CASE("An oversized .BEK is refused", "[formats][bek][testdata]")
{
    checkRejected(realBekBytes() + QByteArray(1, '\0'), "more than");
    checkRejected(realBekBytes() + QByteArray(1000, 'x'), "more than");
}

TEST_CASE("A damaged .BEK header or entry is named, never read past its end", "[formats][bek][testdata]")
{
    QByteArray sizeCopy = realBekBytes();
    putU32(sizeCopy, 0x0C, 155);
    checkRejected(sizeCopy, "size fields disagree");

    QByteArray entryTooLong = realBekBytes();
    putU16(entryTooLong, 0x30, 0x6D);
    checkRejected(entryTooLong, "does not fit");

    QByteArray entryTooShort = realBekBytes();
    putU16(entryTooShort, 0x30, 8);
    checkRejected(entryTooShort, "does not fit");

    QByteArray wrongType = realBekBytes();
    putU16(wrongType, 0x32, 0x0002);
    checkRejected(wrongType, "no external key");

    QByteArray nestedTooLong = realBekBytes();
    putU16(nestedTooLong, 0x70, 0x2D);
    checkRejected(nestedTooLong, "does not fit");

    QByteArray nestedTooShort = realBekBytes();
    putU16(nestedTooShort, 0x50, 4);
    checkRejected(nestedTooShort, "does not fit");

    // A key entry that holds 31 bytes: shrink it and move the file's end with it.
    QByteArray shortKey = realBekBytes();
    shortKey.chop(1);
    putU32(shortKey, 0x00, 155);
    putU32(shortKey, 0x0C, 155);
    putU16(shortKey, 0x30, 0x6B);
    putU16(shortKey, 0x70, 0x2B);
    checkRejected(shortKey, "has 31 byte"); // "31 bytes" once the English plurals are installed

    QByteArray noKey = realBekBytes();
    putU16(noKey, 0x74, 0x0003); // the key entry becomes an unknown value type
    checkRejected(noKey, "holds no key");
}

TEST_CASE("Only .BEK headers look like .BEK files", "[formats][bek]")
{
    CHECK_FALSE(looksLikeBekFile(QByteArray("BitLocker Recovery Key")));
    CHECK_FALSE(looksLikeBekFile(QByteArray()));
    CHECK_FALSE(readBekFile(QByteArray("\xFF\xFE"
                                       "B\0i\0t\0L\0o\0c\0k\0e\0r\0",
                                       20))
                    .recognised);
}
