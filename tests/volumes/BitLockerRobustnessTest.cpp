// SPDX-License-Identifier: GPL-3.0-or-later
// The BitLocker reader on damaged and hostile metadata: never a crash, a hang or an out-of-bounds read
// (run under AddressSanitizer for the last), always a status and a message.
#include "volumes/BitLockerEntries.h"
#include "volumes/BitLockerMetadata.h"

#include "MetadataImage.h"

#include "support/TestData.h"
#include "support/catch.h"

#include <QElapsedTimer>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

quint16 u16At(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

// Where every entry header of the first copy is, nested VMK entries included: the sizes there are the
// most interesting bytes to break.
QList<qsizetype> entryHeaders(const QByteArray& image, qsizetype copy)
{
    QList<qsizetype> headers;
    const qsizetype end = copy + 64 + qFromLittleEndian<quint32>(image.constData() + copy + 64);
    for (qsizetype at = copy + 112; at + 8 <= end;) {
        const quint16 size = u16At(image, at);
        if (size < 8)
            break;
        headers << at;
        if (u16At(image, at + 4) == 0x0008)
            for (qsizetype nested = at + 8 + 28; nested + 8 <= at + size && u16At(image, nested) >= 8;
                 nested += u16At(image, nested))
                headers << nested;
        at += size;
    }
    return headers;
}

// Earlier mutations may have cut the image short: every write checks.
void setByte(QByteArray& bytes, qsizetype at, char value)
{
    if (at >= 0 && at < bytes.size())
        bytes[at] = value;
}

void putU16(QByteArray& bytes, qsizetype at, quint16 value)
{
    if (at >= 0 && at + 2 <= bytes.size())
        qToLittleEndian(value, bytes.data() + at);
}

quint16 interestingU16(std::mt19937& random)
{
    static constexpr std::array<quint16, 10> values { 0, 1, 2, 7, 8, 9, 28, 0x7FFF, 0x8000, 0xFFFF };
    return random() % 3 == 0 ? quint16(random()) : values[random() % values.size()];
}

void mutate(QByteArray& image, std::mt19937& random, const QList<qsizetype>& headers, qsizetype copy,
            qsizetype blockSize)
{
    switch (random() % 6) {
    case 0: // a few random bytes anywhere in the copy, validation block included
        for (unsigned n = 1 + random() % 8; n > 0; --n)
            setByte(image, copy + qsizetype(random() % quint32(blockSize + 8)), char(random()));
        break;
    case 1: // an entry's size, type or value type
        putU16(image, headers[qsizetype(random() % quint32(headers.size()))] + 2 * qsizetype(random() % 3),
               interestingU16(random));
        break;
    case 2: // any 16-bit field among the entries
        putU16(image, copy + 112 + 2 * qsizetype(random() % quint32((blockSize - 112) / 2)), interestingU16(random));
        break;
    case 3: // the sizes in the headers
        putU16(image, copy + (random() % 2 ? 8 : 64), interestingU16(random));
        putU16(image, copy + 66, random() % 2 ? 0 : interestingU16(random));
        break;
    case 4: // cut short anywhere
        image.truncate(qsizetype(random() % quint32(image.size())));
        break;
    default: // the volume header: signature, sector size, offsets
        for (unsigned n = 1 + random() % 4; n > 0; --n)
            setByte(image, qsizetype(random() % 512), char(random()));
        break;
    }
}

bool consistent(const BitLockerMetadataReader::Result& result)
{
    if (result.status != BitLockerMetadataReader::Result::Status::Ok)
        return !result.metadata && !result.error.isEmpty();
    if (!result.metadata || !result.error.isEmpty())
        return false;
    const BitLockerMetadata& metadata = *result.metadata;
    if (metadata.vmks.size() != metadata.volume.protectors.size() || metadata.vmks.size() > 64 * 1024 / 36)
        return false;
    for (const BitLockerVmk& vmk : metadata.vmks)
        if (vmk.wrappedVmk && vmk.wrappedVmk->ciphertext.size() > 64 * 1024)
            return false;
    return metadata.metadataCopy >= 0 && metadata.metadataCopy < 3;
}

} // namespace

TEST_CASE("Thousands of mutations of real metadata neither crash nor hang", "[volumes][bitlocker][fuzz]")
{
    std::mt19937 random(20240611);
    QElapsedTimer timer;
    timer.start();
    int parsed = 0;
    int total = 0;
    for (const char* name : { "bitlk-aes-xts-128-startup-key", "bitlk-aes-xts-128-smart-card",
                              "bitlk-aes-xts-128-clearkey-only", "bitlk-togo-aes-cbc-128" }) {
        INFO(name);
        const QByteArray pristine = compactImage(bitlockerImage(QString::fromLatin1(name)));
        const qsizetype copy = CompactCopyOffsets[0];
        const qsizetype blockSize = qsizetype(u16At(pristine, copy + 8)) * 16;
        const QList<qsizetype> headers = entryHeaders(pristine, copy);
        REQUIRE(headers.size() >= 4);
        for (int i = 0; i < 1500; ++i, ++total) {
            QByteArray image = pristine;
            for (unsigned rounds = 1 + random() % 3; rounds > 0; --rounds)
                mutate(image, random, headers, copy, blockSize);
            if (random() % 4 != 0) // mostly with a matching CRC, so that the mutated entries are parsed
                fixCrc(image, copy);
            if (random() % 2 == 0) { // so that no fallback to an intact copy hides the damage
                setByte(image, CompactCopyOffsets[1] + 150, '\x5a');
                setByte(image, CompactCopyOffsets[2] + 150, '\x5a');
            }
            const auto result = readBuffer(image);
            INFO("mutation " << i);
            REQUIRE(consistent(result));
            parsed += result.status == BitLockerMetadataReader::Result::Status::Ok ? 1 : 0;
        }
    }
    CHECK(total == 6000);
    CHECK(parsed > 1000); // the mutations reached the entry parser, not only the CRC check
    CHECK(timer.elapsed() < 30000);
}

TEST_CASE("Entry lists end at a size of 0 and stop at a size that does not fit", "[volumes][bitlocker]")
{
    using bitlocker::EntryWalker;
    const QByteArray twoEntries = QByteArray::fromHex("0a00070002000100 4100"
                                                      "0800000000000000"
                                                      "0000");
    EntryWalker walker { ByteView(twoEntries) };
    const auto first = walker.next();
    REQUIRE(first);
    CHECK(first->type == 0x0007);
    CHECK(first->data.size() == 2);
    CHECK(walker.next());
    CHECK_FALSE(walker.next()); // size 0
    CHECK_FALSE(walker.malformed());

    for (const char* hex : { "0400070002000100", "ff00070002000100aaaa", "0700070002000100aaaa" }) {
        const QByteArray bytes = QByteArray::fromHex(hex);
        EntryWalker bad { ByteView(bytes) };
        INFO(hex);
        CHECK_FALSE(bad.next());
        CHECK(bad.malformed());
    }
    CHECK(bitlocker::utf16String(ByteView(QByteArray::fromHex("480069000000410042"))) == QLatin1String("Hi"));
    CHECK(bitlocker::utf16String(ByteView(QByteArray::fromHex("4800690041"))) == QLatin1String("Hi"));
    CHECK_FALSE(bitlocker::fromFileTime(0).isValid());
    CHECK(bitlocker::fromFileTime(116444736000000000ULL).toSecsSinceEpoch() == 0);
}
