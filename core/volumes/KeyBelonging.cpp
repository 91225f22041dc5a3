// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyBelonging.h"

#include <algorithm>

namespace keyhaven {

bool keyKindFits(KeyKind kind, VolumeType type)
{
    return type == VolumeType::FileVault ? kind == KeyKind::FileVaultPersonalRecoveryKey
                                         : kind != KeyKind::FileVaultPersonalRecoveryKey;
}

bool isProtectorOf(const KeyId& id, const Volume& volume)
{
    return std::any_of(volume.protectors.cbegin(), volume.protectors.cend(),
                       [&id](const Protector& protector) { return protector.id == id; });
}

bool keyBelongsTo(const RecoveryKey& key, const Volume& volume)
{
    if (!keyKindFits(key.kind, volume.type))
        return false;
    const bool namesVolume = volume.guid && key.volumeGuid && *key.volumeGuid == *volume.guid;
    if (volume.type == VolumeType::FileVault)
        return namesVolume || (volume.guid && key.id && *key.id == *volume.guid);
    return namesVolume || (key.id && isProtectorOf(*key.id, volume));
}

} // namespace keyhaven
