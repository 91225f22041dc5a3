// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverFromVolume.h"

#include "Cli.h"

#include "formats/KeyFile.h"

namespace keyhaven::cli {

namespace {

VolumeKeys failure(RecoveredKeys::Outcome outcome, int exitCode, const QString& message)
{
    VolumeKeys result;
    result.recovered.outcome = outcome;
    result.recovered.message = message;
    result.exitCode = exitCode;
    return result;
}

VolumeKeys finish(RecoveredKeys recovered)
{
    VolumeKeys result;
    result.exitCode = exitCodeFor(recovered.outcome);
    result.recovered = std::move(recovered);
    return result;
}

// Every startup key in the file is tried; the first that opens the volume answers.
VolumeKeys readWithKeyFile(const BitLockerMetadata& metadata, const QString& keyFile)
{
    KeyFileContents contents = KeyFile::read(keyFile);
    if (contents.status != KeyFileContents::Status::Ok && contents.status != KeyFileContents::Status::NoKeyMaterial)
        return failure(RecoveredKeys::Outcome::CannotRead, Environment, contents.problems.join(QLatin1Char('\n')));
    std::optional<RecoveredKeys> last;
    for (const RecoveryKey& key : std::as_const(contents.keys)) {
        if (key.kind != KeyKind::BitLockerExternalKey)
            continue;
        last = RecoveryKeyReader::readMetadata(metadata, VolumeSecret::fromRecoveryKey(key));
        if (last->outcome != RecoveredKeys::Outcome::SecretOpensNothing)
            break;
    }
    contents.keys.clear();
    if (!last)
        return failure(RecoveredKeys::Outcome::SecretOpensNothing, Negative,
                       Cli::tr("%1 holds no startup key (.BEK): give the drive's password on standard input instead.")
                           .arg(keyFile));
    return finish(std::move(*last));
}

} // namespace

int exitCodeFor(RecoveredKeys::Outcome outcome)
{
    switch (outcome) {
    case RecoveredKeys::Outcome::Read:
        return Success;
    case RecoveredKeys::Outcome::SecretOpensNothing:
    case RecoveredKeys::Outcome::NoRecoveryKey:
    case RecoveredKeys::Outcome::OnlyOnWindows:
        return Negative;
    case RecoveredKeys::Outcome::Damaged:
    case RecoveredKeys::Outcome::CannotRead:
        break;
    }
    return Environment;
}

VolumeKeys recoverFromVolume(const QString& volumePath, const QString& keyFile)
{
    // What the volume is decides first: a volume whose keys cannot be read is not asked for a password.
    const RecoveryKeyReader::Loaded loaded = RecoveryKeyReader::load(volumePath);
    if (loaded.answer)
        return finish(*loaded.answer);
    if (!keyFile.isEmpty())
        return readWithKeyFile(*loaded.metadata, keyFile);

    const QString prompt = RecoveryKeyReader::access(loaded.metadata->volume).clearKey
        ? Cli::tr("Type the drive's password, or just press Enter: the drive has a clear key (not shown): ")
        : Cli::tr("Type the drive's password, then press Enter (it is not shown): ");
    Cli::KeyInput input = Cli::readKey({}, prompt);
    if (!input.error.isEmpty())
        return failure(RecoveredKeys::Outcome::CannotRead, input.exitCode, input.error);
    return finish(RecoveryKeyReader::readMetadata(*loaded.metadata, RecoveryKeyReader::typedSecret(input.key)));
}

} // namespace keyhaven::cli
