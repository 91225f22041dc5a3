// SPDX-License-Identifier: GPL-3.0-or-later
#include "SameVolumeGuard.h"

#include "platform/PathLocator.h"
#include "volumes/KeyBelonging.h"
#include "volumes/VolumeProbe.h"

namespace keyhaven {

namespace {

using Encryption = PathLocation::Encryption;

// Does the volume under this mapping hold `key`? Read from its metadata; the dm-crypt UUID (which
// cryptsetup builds from the volume GUID) is the fallback when the device cannot be read.
bool keyBelongsTo(const PathLocation& location, const RecoveryKey& key)
{
    if (key.id && location.protectorIds.contains(*key.id))
        return true; // Windows: BitLocker listed the volume's protectors
    if (!location.encryptedDevice.isEmpty()) {
        const ProbeResult probe = VolumeProbe::probePath(location.encryptedDevice);
        if (probe.volume)
            return keyhaven::keyBelongsTo(key, *probe.volume);
    }
    const QString uuid = location.cryptUuid.toUpper().remove(QLatin1Char('-'));
    return !uuid.isEmpty()
        && ((key.volumeGuid && uuid.contains(key.volumeGuid->hexDigits()))
            || (key.kind == KeyKind::FileVaultPersonalRecoveryKey && key.id && uuid.contains(key.id->hexDigits())));
}

QString encryptionName(Encryption encryption)
{
    switch (encryption) {
    case Encryption::BitLocker:
        return SameVolumeGuard::tr("BitLocker");
    case Encryption::FileVault:
        return SameVolumeGuard::tr("FileVault");
    case Encryption::Luks:
        return SameVolumeGuard::tr("LUKS");
    case Encryption::OtherCrypt:
    case Encryption::None:
        break;
    }
    return SameVolumeGuard::tr("disk encryption");
}

} // namespace

SameVolumeGuard::SameVolumeGuard(std::shared_ptr<const PathLocator> locator)
    : m_locator(locator ? std::move(locator) : systemPathLocator())
{
}

SameVolumeGuard::Verdict SameVolumeGuard::check(const QString& targetPath, const RecoveryKey& key) const
{
    const std::optional<PathLocation> location = m_locator->locate(targetPath);
    if (!location)
        return { Verdict::Level::Warn,
                 tr("Keyhaven could not tell which drive %1 is on, so it could not check that the drive is not "
                    "encrypted, and not inside this computer. Make sure this copy is somewhere you can reach "
                    "when the computer asks for the key, such as a USB stick or a printed sheet.")
                     .arg(targetPath) };
    if (!location->isKnown())
        return { Verdict::Level::Warn,
                 tr("Keyhaven could not check whether %1 is on an encrypted drive: %2 Make sure it is not on the "
                    "drive this key unlocks, or on another encrypted drive.")
                     .arg(targetPath, location->unknownReason) };
    if (location->isEncrypted() && keyBelongsTo(*location, key))
        return { Verdict::Level::Refuse,
                 tr("%1 is on the encrypted drive that this key unlocks. On the day the computer asks for the key, "
                    "that drive is locked, and the copy would be locked inside it. Choose another place, such as a "
                    "USB stick.")
                     .arg(targetPath) };
    if (location->isEncrypted())
        return { Verdict::Level::Refuse,
                 tr("%1 is on a drive that is itself encrypted (%2). A copy there can only be read after that drive "
                    "is unlocked, which may not be possible when you need the key. Choose a drive that is not "
                    "encrypted, such as a USB stick.")
                     .arg(targetPath, encryptionName(location->encryption)) };
    if (location->hasBlockDevice() && !location->removable)
        return { Verdict::Level::Warn,
                 tr("%1 is on a disk inside this computer. If the computer is lost, stolen or broken, this copy goes "
                    "with it. Keep another copy away from the computer too: on a USB stick or a printed sheet.")
                     .arg(targetPath) };
    if (!location->hasBlockDevice() && !location->removable)
        return { Verdict::Level::Warn,
                 tr("%1 is on a %2 file system that is not a disk Keyhaven can see (memory, network or a file "
                    "system in a program), so it could not check that it is not encrypted, and not inside this "
                    "computer. Make sure this copy is somewhere you can reach when the computer asks for the key.")
                     .arg(targetPath, location->fsType.isEmpty() ? tr("unknown") : location->fsType) };
    return {};
}

} // namespace keyhaven
