// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli recover and backup --from-volume, through the real executable and the real test volumes. Every key
// printed is compared with the one the test data records and, where there is libcryptsetup (Linux, where it is
// required), also handed to it as an independent judge.
#include "volumes/ProtectorEdits.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
#include "volumes/CryptsetupTries.h"
#endif

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtEndian>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QRegularExpression printedKey(QStringLiteral("^Recovery key: ((?:\\d{6}-){7}\\d{6})$"),
                                    QRegularExpression::MultilineOption);
const QRegularExpression anyGroups(QStringLiteral("\\d{6}-\\d{6}"));

ProcessResult recover(const QString& volume, const QByteArray& input, const QStringList& more = {})
{
    return runCli(QStringList { QStringLiteral("recover"), QStringLiteral("--volume"), volume } + more, input);
}

QStringList printedKeys(const ProcessResult& result)
{
    QStringList keys;
    auto matches = printedKey.globalMatch(result.outText());
    while (matches.hasNext())
        keys << matches.next().captured(1);
    return keys;
}

QString bekOf(const BitLockerImage& image)
{
    return bitlockerImagesDir() + QLatin1Char('/') + image.startupKeyVmk.toUpper() + QStringLiteral(".BEK");
}

QString upper(const QString& id)
{
    return id.toUpper();
}

void requireNothingPrinted(const ProcessResult& result)
{
    CHECK(result.out.trimmed().isEmpty());
    CHECK_FALSE(result.errText().contains(anyGroups));
}

} // namespace

TEST_CASE("recover prints exactly the recovery key of every test volume, read with its password",
          "[cli][recover][testdata]")
{
    int images = 0;
    for (const BitLockerImage& image : bitlockerImages()) {
        if (image.password.isEmpty())
            continue;
        ++images;
        INFO(image.name.toStdString());
        const ProcessResult result = recover(image.path(), image.password.toUtf8() + '\n');
        INFO(result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        REQUIRE(printedKeys(result) == QStringList { image.recoveryPassword });
        CHECK(result.outText().contains(QStringLiteral("Key ID: ") + upper(image.recoveryPasswordVmk)));
        CHECK(result.errText().contains(upper(image.passwordVmk)));
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
        // The printed key, handed to libcryptsetup, opens the volume (where cryptsetup can check at all).
        const int theirs = cryptsetupTries(image.path(), printedKeys(result).first().toLatin1());
        CHECK((theirs >= 0 || theirs == -ENOTSUP));
#endif
    }
    CHECK(images >= 12);
}

TEST_CASE("recover --json: the keys as design.md shapes them, and the protector that unlocked them",
          "[cli][recover][testdata]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const ProcessResult result = recover(image.path(), "anaconda\n", { QStringLiteral("--json") });
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject root = result.json().object();
    const QJsonArray keys = root[QStringLiteral("keys")].toArray();
    REQUIRE(keys.size() == 1);
    const QJsonObject key = keys.first().toObject();
    CHECK(key[QStringLiteral("kind")].toString() == QStringLiteral("bitlocker-recovery-password"));
    CHECK(key[QStringLiteral("id")].toString() == upper(image.recoveryPasswordVmk));
    CHECK(key[QStringLiteral("key")].toString() == image.recoveryPassword);
    CHECK(key[QStringLiteral("source")].toString() == image.path());
    CHECK(key[QStringLiteral("format")].toString() == QStringLiteral("volume"));
    const QJsonObject unlocked = root[QStringLiteral("unlockedWith")].toObject();
    CHECK(unlocked[QStringLiteral("id")].toString() == upper(image.passwordVmk));
    CHECK(unlocked[QStringLiteral("type")].toString() == QStringLiteral("password"));
}

TEST_CASE("recover with the startup key, and with nothing on a clear-key volume", "[cli][recover][testdata]")
{
    const BitLockerImage startup = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
    const ProcessResult withBek = recover(startup.path(), {}, { QStringLiteral("--key-file"), bekOf(startup) });
    INFO(withBek.errText().toStdString());
    CHECK(withBek.exitCode == 0);
    CHECK(printedKeys(withBek) == QStringList { startup.recoveryPassword });
    CHECK(withBek.errText().contains(QStringLiteral("startup key")));

    const BitLockerImage clear = bitlockerImageNamed(QStringLiteral("bitlk-partially-encrypted-aes-cbc-128"));
    const ProcessResult nothing = recover(clear.path(), {});
    INFO(nothing.errText().toStdString());
    CHECK(nothing.exitCode == 0);
    CHECK(printedKeys(nothing) == QStringList { clear.recoveryPassword });
    CHECK(nothing.errText().contains(QStringLiteral("clear key")));
}

TEST_CASE("recover reads both keys of a volume with two", "[cli][recover][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const QString copy = copyWithSecondRecoveryKey(image, scratch.file(QStringLiteral("two.img")),
                                                   SecondRecoveryPassword, SecondRecoveryId);
    REQUIRE_FALSE(copy.isEmpty());
    const ProcessResult result = recover(copy, "anaconda\n");
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(printedKeys(result) == (QStringList { image.recoveryPassword, SecondRecoveryPassword }));
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
    for (const QString& key : printedKeys(result))
        CHECK(cryptsetupTries(copy, key.toLatin1()) >= 0);
#endif
}

TEST_CASE("recover: wrong or missing secrets, and drives whose keys cannot be read here", "[cli][recover][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));

    SECTION("a wrong password")
    {
        const ProcessResult result = recover(image.path(), "Anaconda\n");
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("does not open")));
    }
    SECTION("an empty password on a volume without a clear key")
    {
        const ProcessResult result = recover(image.path(), "\n");
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("no clear key")));
    }
    SECTION("the startup key of another volume")
    {
        const BitLockerImage owner = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
        const ProcessResult result = recover(image.path(), {}, { QStringLiteral("--key-file"), bekOf(owner) });
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("another volume")));
    }
    SECTION("a key file that is no startup key")
    {
        const QString text = scratch.write(QStringLiteral("key.txt"), "not a key\n");
        const ProcessResult result = recover(image.path(), {}, { QStringLiteral("--key-file"), text });
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
    }
    SECTION("only a TPM besides the recovery key")
    {
        const QString tpm = tpmOnlyCopy(image, scratch.file(QStringLiteral("tpm.img")));
        REQUIRE_FALSE(tpm.isEmpty());
        const ProcessResult result = recover(tpm, "anaconda\n");
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("can only be read on Windows")));
    }
    SECTION("only a smart card besides the recovery key")
    {
        const BitLockerImage smartCard = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-smart-card"));
        const ProcessResult result = recover(smartCard.path(), "\n");
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("can only be read on Windows")));
    }
    SECTION("no recovery key at all")
    {
        const BitLockerImage clearOnly = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-clearkey-only"));
        const ProcessResult result = recover(clearOnly.path(), "\n");
        CHECK(result.exitCode == 1);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("manage-bde -protectors -add C: -RecoveryPassword")));
    }
    SECTION("a damaged nested datum")
    {
        const QString damaged = copyWithDamagedRecoveryDatum(image, scratch.file(QStringLiteral("d.img")), false);
        REQUIRE_FALSE(damaged.isEmpty());
        const ProcessResult result = recover(damaged, "anaconda\n", { QStringLiteral("--json") });
        CHECK(result.exitCode == 3);
        CHECK(result.json().object()[QStringLiteral("keys")].toArray().isEmpty());
        CHECK(result.json().object()[QStringLiteral("outcome")].toString() == QStringLiteral("damaged"));
        CHECK_FALSE(result.outText().contains(anyGroups));
    }
    SECTION("truncated metadata")
    {
        QFile original(image.path());
        REQUIRE(original.open(QIODevice::ReadOnly));
        const QByteArray sector = original.read(512);
        const auto firstCopy = qint64(qFromLittleEndian<quint64>(sector.constData() + 160 + 16));
        QFile cut(scratch.file(QStringLiteral("cut.img")));
        REQUIRE(cut.open(QIODevice::WriteOnly));
        REQUIRE(cut.write(sector) == 512);
        REQUIRE(original.seek(firstCopy));
        REQUIRE(cut.seek(firstCopy));
        REQUIRE(cut.write(original.read(100)) == 100);
        cut.close();
        const ProcessResult result = recover(cut.fileName(), "anaconda\n");
        CHECK(result.exitCode == 3);
        requireNothingPrinted(result);
        CHECK(result.errText().contains(QStringLiteral("truncated")));
    }
    SECTION("a missing volume, and no volume named")
    {
        CHECK(recover(scratch.file(QStringLiteral("missing.img")), "anaconda\n").exitCode == 3);
        CHECK(runCli({ QStringLiteral("recover") }, "anaconda\n").exitCode == 2);
    }
}

TEST_CASE("backup --from-volume saves every key read from the drive, each with its own ID",
          "[cli][recover][backup][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const QString copy = copyWithSecondRecoveryKey(image, scratch.file(QStringLiteral("two.img")),
                                                   SecondRecoveryPassword, SecondRecoveryId);
    REQUIRE_FALSE(copy.isEmpty());
    const QString out = scratch.file(QStringLiteral("keys"));
    QDir().mkpath(out);
    const QString ledger = scratch.file(QStringLiteral("ledger.json"));
    const ProcessResult result = runCli({ QStringLiteral("backup"), QStringLiteral("--volume"), copy,
                                          QStringLiteral("--from-volume"), QStringLiteral("--to"),
                                          QStringLiteral("text:") + out, QStringLiteral("--ledger"), ledger,
                                          QStringLiteral("--json") },
                                        "anaconda\n");
    INFO(result.errText().toStdString() << result.outText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK_FALSE(result.outText().contains(anyGroups));
    REQUIRE(result.json().object()[QStringLiteral("results")].toArray().size() == 2);

    // inspect reads the files back to the same keys and IDs.
    const ProcessResult inspected = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"),
                                             out + QStringLiteral("/BitLocker Recovery Key ")
                                                 + upper(image.recoveryPasswordVmk) + QStringLiteral(".TXT"),
                                             out + QStringLiteral("/BitLocker Recovery Key ") + SecondRecoveryId
                                                 + QStringLiteral(".TXT") });
    INFO(inspected.errText().toStdString());
    REQUIRE(inspected.exitCode == 0);
    const QJsonArray keys = inspected.json().object()[QStringLiteral("keys")].toArray();
    REQUIRE(keys.size() == 2);
    CHECK(keys[0][QStringLiteral("key")].toString() == image.recoveryPassword);
    CHECK(keys[0][QStringLiteral("id")].toString() == upper(image.recoveryPasswordVmk));
    CHECK(keys[1][QStringLiteral("key")].toString() == SecondRecoveryPassword);
    CHECK(keys[1][QStringLiteral("id")].toString() == SecondRecoveryId);

    // The ledger records each copy against the volume.
    const ProcessResult listed
        = runCli({ QStringLiteral("ledger"), QStringLiteral("--json"), QStringLiteral("--ledger"), ledger });
    const QJsonArray entries = listed.json().object()[QStringLiteral("entries")].toArray();
    REQUIRE(entries.size() == 2);
    for (const QJsonValue& entry : entries)
        CHECK(entry[QStringLiteral("volumeGuid")].toString() == upper(image.guid));
}

TEST_CASE("backup --from-volume with a wrong password saves nothing", "[cli][recover][backup][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const QString out = scratch.file(QStringLiteral("keys"));
    QDir().mkpath(out);
    const ProcessResult result = runCli({ QStringLiteral("backup"), QStringLiteral("--volume"), image.path(),
                                          QStringLiteral("--from-volume"), QStringLiteral("--to"),
                                          QStringLiteral("text:") + out, QStringLiteral("--ledger"),
                                          scratch.file(QStringLiteral("ledger.json")) },
                                        "wrong\n");
    CHECK(result.exitCode == 1);
    CHECK(QDir(out).isEmpty());
    requireNothingPrinted(result);
    // --from-volume with --id or --from is a usage error.
    CHECK(runCli({ QStringLiteral("backup"), QStringLiteral("--volume"), image.path(), QStringLiteral("--from-volume"),
                   QStringLiteral("--id"), SecondRecoveryId, QStringLiteral("--to"), QStringLiteral("text:") + out },
                 "anaconda\n")
              .exitCode
          == 2);
}
