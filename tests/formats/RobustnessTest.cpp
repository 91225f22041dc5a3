// SPDX-License-Identifier: GPL-3.0-or-later
// Every reader is fed thousands of deterministic mutations of real-looking inputs: none may crash, read
// out of bounds, return a key that is not well formed, or put a key in a message.
#include "formats/BekFile.h"
#include "formats/FdesetupPlist.h"
#include "formats/GraphJson.h"
#include "formats/KeyFile.h"
#include "formats/ManageBdeOutput.h"
#include "formats/PowerShellJson.h"
#include "formats/RecoveryTextFile.h"
#include "formats/RecoveryTextFileWriter.h"

#include "FormatSamples.h"

#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"

#include "support/catch.h"

#include <random>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QList<QByteArray> corpus()
{
    const QByteArray bek = realBekBytes();
    return {
        bytesOf(recoveryTextFileBytes(bitLockerKey(firstPassword, firstId))),
        bytesOf(recoveryTextFileBytes(fileVaultKey(personalKey, hardwareUuid))),
        encodeText(windows7TextFile(), TextEncoding::Utf8),
        encodeText(japaneseTextFile(), TextEncoding::Utf16BE),
        encodeText(manageBdeEnglish(), TextEncoding::Utf16LEWithBom),
        encodeText(manageBdeFrench(), TextEncoding::Utf8),
        encodeText(powerShellArray(), TextEncoding::Utf16LEWithBom),
        encodeText(powerShellSingle(), TextEncoding::Utf8),
        encodeText(graphList(), TextEncoding::Utf8WithBom),
        encodeText(fdesetupPlist(), TextEncoding::Utf8),
        bek,
        withVolumeGuidEntry(bek, QUuid::fromString(QStringLiteral("8f595209-f5b9-49a0-85d4-cb8f80258c27"))),
    };
}

class Mutator
{
public:
    explicit Mutator(unsigned seed)
        : m_random(seed)
    {
    }

    QByteArray mutate(QByteArray bytes)
    {
        const int rounds = below(4) + 1;
        for (int r = 0; r < rounds; ++r)
            mutateOnce(bytes);
        return bytes;
    }

private:
    int below(qsizetype bound) { return bound <= 0 ? 0 : static_cast<int>(m_random() % static_cast<unsigned>(bound)); }

    void mutateOnce(QByteArray& bytes)
    {
        const int at = below(bytes.size() + 1);
        switch (below(7)) {
        case 0: // flip a byte
            if (at < bytes.size())
                bytes[at] = static_cast<char>(m_random());
            break;
        case 1: // truncate
            bytes.truncate(at);
            break;
        case 2: // cut a range out
            bytes.remove(at, below(64) + 1);
            break;
        case 3: // insert random bytes
            for (int n = below(16) + 1; n > 0; --n)
                bytes.insert(at, static_cast<char>(m_random()));
            break;
        case 4: // repeat a range
            bytes.insert(at, bytes.mid(below(bytes.size()), below(256)));
            break;
        case 5: // an interesting byte: NUL, a digit, a dash, a brace, a quote, 0xFF
            if (at < bytes.size())
                bytes[at] = "\0"
                            "7-{}\"<\xFF"[below(8)];
            break;
        default: // a size field or a length grows or shrinks
            if (at + 1 < bytes.size())
                bytes[at + 1] = static_cast<char>(bytes[at + 1] ^ (1 << below(8)));
            break;
        }
    }

    std::mt19937 m_random;
};

bool wellFormed(const RecoveryKey& key)
{
    switch (key.kind) {
    case KeyKind::BitLockerRecoveryPassword: {
        const auto parsed = RecoveryPassword::parse(key.secret);
        return parsed.password && parsed.password->canonical() == key.secret;
    }
    case KeyKind::FileVaultPersonalRecoveryKey: {
        const auto parsed = PersonalRecoveryKey::parse(key.secret);
        return parsed.key && parsed.key->canonical() == key.secret;
    }
    case KeyKind::BitLockerExternalKey:
        return key.secret.size() == 32;
    }
    return false;
}

// Checks what a reader returned; counts the failures rather than asserting each, to keep the run fast.
int faultsIn(const QList<RecoveryKey>& keys, const QStringList& problems)
{
    int faults = 0;
    for (const RecoveryKey& key : keys) {
        faults += wellFormed(key) ? 0 : 1;
        if (key.kind == KeyKind::BitLockerExternalKey)
            continue;
        const QString secret = textOf(key.secret);
        for (const QString& problem : problems)
            faults += problem.contains(secret) ? 1 : 0;
    }
    for (const QString& problem : problems)
        for (const QString& known : { firstPassword, secondPassword, personalKey })
            faults += problem.contains(known) ? 1 : 0;
    return faults;
}

int feedEveryReader(const QByteArray& bytes)
{
    using Reader = FormatResult (*)(QByteArrayView);
    static constexpr Reader readers[]
        = { readRecoveryTextFile, readFileVaultTextFile, readBekFile,      readManageBdeOutput,
            readPowerShellJson,   readGraphJson,         readFdesetupPlist };
    int faults = 0;
    for (Reader reader : readers) {
        const FormatResult result = reader(bytes);
        faults += faultsIn(result.keys, result.problems);
    }
    const KeyFileContents contents = KeyFile::readBytes(bytes, QStringLiteral("fuzz"));
    faults += faultsIn(contents.keys, contents.problems);
    faults += (contents.status == KeyFileContents::Status::Ok) == contents.keys.isEmpty() ? 1 : 0;
    return faults;
}

} // namespace

TEST_CASE("Every reader survives thousands of mutated inputs", "[formats][robustness][testdata]")
{
    constexpr int mutationsPerSample = 300;
    Mutator mutator(20260101);
    int inputs = 0;
    int faults = 0;
    for (const QByteArray& sample : corpus()) {
        faults += feedEveryReader(sample);
        for (int m = 0; m < mutationsPerSample; ++m) {
            faults += feedEveryReader(mutator.mutate(sample));
            ++inputs;
        }
    }
    INFO(inputs << " mutated inputs");
    CHECK(inputs >= 3000);
    CHECK(faults == 0);
}

TEST_CASE("Every reader survives every input cut short", "[formats][robustness][testdata]")
{
    int faults = 0;
    for (const QByteArray& sample : corpus()) {
        const qsizetype step = std::max<qsizetype>(1, sample.size() / 97);
        for (qsizetype length = 0; length < sample.size(); length += step)
            faults += feedEveryReader(sample.left(length));
    }
    CHECK(faults == 0);
}
