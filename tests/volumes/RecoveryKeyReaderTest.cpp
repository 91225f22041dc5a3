// SPDX-License-Identifier: GPL-3.0-or-later
// Reading recovery keys back from the real test volumes (bitlocker.md §5b), with the password, the startup key or
// the clear key; every key read is checked against libcryptsetup as well.
#include "ProtectorEdits.h"

#include "formats/KeyFile.h"
#include "volumes/RecoveryKeyReader.h"

#include "support/TestData.h"
#include "support/catch.h"
#include "volumes/CryptsetupTries.h"

#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

#include <cerrno>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

VolumeSecret password(const QString& text)
{
    VolumeSecret secret;
    secret.kind = VolumeSecret::Kind::Password;
    secret.material = SecureBytes::fromUtf8(text);
    return secret;
}

VolumeSecret startupKey(const QString& bekPath)
{
    KeyFileContents contents = KeyFile::read(bekPath);
    REQUIRE(contents.status == KeyFileContents::Status::Ok);
    REQUIRE(contents.keys.size() == 1);
    return VolumeSecret::fromRecoveryKey(contents.keys.first());
}

QString bekOf(const BitLockerImage& image)
{
    return bitlockerImagesDir() + QLatin1Char('/') + image.startupKeyVmk.toUpper() + QStringLiteral(".BEK");
}

void requireOneKey(const RecoveredKeys& read, const BitLockerImage& image)
{
    INFO(read.message.toStdString());
    REQUIRE(read.outcome == RecoveredKeys::Outcome::Read);
    REQUIRE(read.keys.size() == 1);
    const RecoveryKey& key = read.keys.first();
    CHECK(key.kind == KeyKind::BitLockerRecoveryPassword);
    CHECK(key.secret == SecureBytes::fromUtf8(image.recoveryPassword));
    REQUIRE(key.id);
    CHECK(*key.id == *KeyId::parse(image.recoveryPasswordVmk));
    CHECK(key.format == QLatin1String("volume"));
    CHECK(key.source == image.path());
    CHECK(key.volumeGuid == KeyId::parse(image.guid));
    CHECK(read.problems.isEmpty());
}

bool mentionsDigits(const QString& text)
{
    return text.contains(QRegularExpression(QStringLiteral("\\d{6}-\\d{6}")));
}

} // namespace

TEST_CASE("The password of every test volume reads back exactly its recovery key", "[volumes][recover][testdata]")
{
    int images = 0;
    for (const BitLockerImage& image : bitlockerImages()) {
        if (image.password.isEmpty())
            continue;
        INFO(image.name.toStdString());
        ++images;
        const RecoveredKeys read = RecoveryKeyReader::read(image.path(), password(image.password));
        requireOneKey(read, image);
        REQUIRE(read.unlockedWith);
        CHECK(read.unlockedWith->type == ProtectorType::Password);
        CHECK(read.unlockedWith->id == *KeyId::parse(image.passwordVmk));
        // libcryptsetup agrees that the key read opens the volume (where it can check at all).
        const int theirs = cryptsetupTries(image.path(), image.recoveryPassword.toLatin1());
        CHECK((theirs >= 0 || (theirs == -ENOTSUP && read.volume->usedSpaceOnly)));
    }
    CHECK(images >= 12);
}

TEST_CASE("A startup key reads back the recovery key of its volume", "[volumes][recover][testdata]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
    const RecoveredKeys read = RecoveryKeyReader::read(image.path(), startupKey(bekOf(image)));
    requireOneKey(read, image);
    CHECK(read.unlockedWith->type == ProtectorType::StartupKey);
    CHECK(read.unlockedWith->id == *KeyId::parse(image.startupKeyVmk));
}

TEST_CASE("A clear-key volume gives its recovery key without any secret", "[volumes][recover][testdata]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-partially-encrypted-aes-cbc-128"));
    const RecoveredKeys read = RecoveryKeyReader::read(image.path(), std::nullopt);
    requireOneKey(read, image);
    CHECK(read.unlockedWith->type == ProtectorType::ClearKey);
    // Empty typed input means the same.
    CHECK_FALSE(RecoveryKeyReader::typedSecret(SecureBytes()).has_value());
}

TEST_CASE("Two recovery keys are both read, and both proven", "[volumes][recover][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const QString copy = copyWithSecondRecoveryKey(image, scratch.file(QStringLiteral("two-keys.img")),
                                                   SecondRecoveryPassword, SecondRecoveryId);
    REQUIRE_FALSE(copy.isEmpty());
    // The protector made for the test is a real one: cryptsetup opens the copy with it.
    CHECK(cryptsetupTries(copy, SecondRecoveryPassword.toLatin1()) >= 0);
    CHECK(cryptsetupTries(copy, image.recoveryPassword.toLatin1()) >= 0);

    const RecoveredKeys read = RecoveryKeyReader::read(copy, password(image.password));
    INFO(read.message.toStdString());
    REQUIRE(read.outcome == RecoveredKeys::Outcome::Read);
    REQUIRE(read.keys.size() == 2);
    CHECK(read.keys[0].secret == SecureBytes::fromUtf8(image.recoveryPassword));
    CHECK(*read.keys[0].id == *KeyId::parse(image.recoveryPasswordVmk));
    CHECK(read.keys[1].secret == SecureBytes::fromUtf8(SecondRecoveryPassword));
    CHECK(*read.keys[1].id == *KeyId::parse(SecondRecoveryId));
}

TEST_CASE("A wrong secret reads nothing and says so without naming a part", "[volumes][recover][testdata]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const RecoveredKeys wrong = RecoveryKeyReader::read(image.path(), password(QStringLiteral("anacondas")));
    CHECK(wrong.outcome == RecoveredKeys::Outcome::SecretOpensNothing);
    CHECK(wrong.keys.isEmpty());
    CHECK(wrong.message.contains(QStringLiteral("does not open")));
    CHECK_FALSE(mentionsDigits(wrong.message));

    // A mistyped recovery key is not corrected group by group here: it simply opens nothing.
    const RecoveredKeys typo = RecoveryKeyReader::read(
        image.path(), RecoveryKeyReader::typedSecret(SecureBytes::fromUtf8(QStringLiteral(
                          "235818-357951-253979-013365-241120-245575-342914-591911"))));
    CHECK(typo.outcome == RecoveredKeys::Outcome::SecretOpensNothing);
    CHECK(typo.keys.isEmpty());

    // The right recovery key opens the VMK too, and reads the key (and any other) back.
    const RecoveredKeys right = RecoveryKeyReader::read(
        image.path(), RecoveryKeyReader::typedSecret(SecureBytes::fromUtf8(image.recoveryPassword)));
    requireOneKey(right, image);
}

TEST_CASE("Nothing given to a volume without a clear key, or another volume's startup key, opens nothing",
          "[volumes][recover][testdata]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const RecoveredKeys empty = RecoveryKeyReader::read(image.path(), std::nullopt);
    CHECK(empty.outcome == RecoveredKeys::Outcome::SecretOpensNothing);
    CHECK(empty.keys.isEmpty());
    CHECK(empty.message.contains(QStringLiteral("no clear key")));

    const BitLockerImage owner = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-startup-key"));
    const RecoveredKeys foreign = RecoveryKeyReader::read(image.path(), startupKey(bekOf(owner)));
    CHECK(foreign.outcome == RecoveredKeys::Outcome::SecretOpensNothing);
    CHECK(foreign.keys.isEmpty());
    CHECK(foreign.message.contains(QStringLiteral("another volume")));
}

TEST_CASE("A drive whose only other protector is a TPM or a smart card can be read only on Windows",
          "[volumes][recover][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    const QString tpm = tpmOnlyCopy(image, scratch.file(QStringLiteral("tpm.img")));
    REQUIRE_FALSE(tpm.isEmpty());
    const RecoveredKeys read = RecoveryKeyReader::read(tpm, password(image.password));
    CHECK(read.outcome == RecoveredKeys::Outcome::OnlyOnWindows);
    CHECK(read.keys.isEmpty());
    CHECK(read.message.contains(QStringLiteral("only be read on Windows")));
    CHECK_FALSE(RecoveryKeyReader::access(*read.volume).readable());

    const BitLockerImage smartCard = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-smart-card"));
    CHECK(RecoveryKeyReader::read(smartCard.path(), std::nullopt).outcome == RecoveredKeys::Outcome::OnlyOnWindows);
}

TEST_CASE("A volume without a recovery key says how to add one", "[volumes][recover][testdata]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128-clearkey-only"));
    const RecoveredKeys read = RecoveryKeyReader::read(image.path(), std::nullopt);
    CHECK(read.outcome == RecoveredKeys::Outcome::NoRecoveryKey);
    CHECK(read.message.contains(QStringLiteral("manage-bde -protectors -add C: -RecoveryPassword")));
}

TEST_CASE("Damaged metadata gives a clear answer and no unproven key", "[volumes][recover][testdata]")
{
    ScratchDir scratch;
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));

    SECTION("a flipped byte in the wrapped recovery key")
    {
        const QString copy = copyWithDamagedRecoveryDatum(image, scratch.file(QStringLiteral("flip.img")), false);
        REQUIRE_FALSE(copy.isEmpty());
        const RecoveredKeys read = RecoveryKeyReader::read(copy, password(image.password));
        CHECK(read.outcome == RecoveredKeys::Outcome::Damaged);
        CHECK(read.keys.isEmpty());
        REQUIRE(read.problems.size() == 1);
        CHECK(read.problems.first().contains(QStringLiteral("could not be decrypted")));
    }
    SECTION("a nested datum larger than its parent")
    {
        const QString copy = copyWithDamagedRecoveryDatum(image, scratch.file(QStringLiteral("size.img")), true);
        REQUIRE_FALSE(copy.isEmpty());
        const RecoveredKeys read = RecoveryKeyReader::read(copy, password(image.password));
        CHECK(read.outcome == RecoveredKeys::Outcome::Damaged);
        CHECK(read.keys.isEmpty());
        REQUIRE(read.problems.size() == 1);
        CHECK(read.problems.first().contains(QStringLiteral("damaged")));
    }
    SECTION("metadata cut off")
    {
        // Sector 0 and the first 300 bytes of the first metadata copy, the file ending there (sparse).
        QFile original(image.path());
        REQUIRE(original.open(QIODevice::ReadOnly));
        const QByteArray sector = original.read(512);
        const auto firstCopy = qint64(qFromLittleEndian<quint64>(sector.constData() + 160 + 16));
        const QString cut = scratch.file(QStringLiteral("cut.img"));
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(sector) == 512);
        REQUIRE(original.seek(firstCopy));
        REQUIRE(out.seek(firstCopy));
        REQUIRE(out.write(original.read(300)) == 300);
        out.close();
        const RecoveredKeys read = RecoveryKeyReader::read(cut, password(image.password));
        CHECK(read.outcome == RecoveredKeys::Outcome::CannotRead);
        CHECK(read.keys.isEmpty());
        CHECK_FALSE(read.message.isEmpty());
    }
}
