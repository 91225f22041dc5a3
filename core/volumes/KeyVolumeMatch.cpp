// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVolumeMatch.h"

#include <algorithm>

namespace keyhaven {

std::optional<int> volumeOfKey(const QList<Volume>& volumes, KeyKind kind, const std::optional<KeyId>& id,
                               const std::optional<KeyId>& volumeGuid)
{
    for (int i = 0; i < volumes.size(); ++i) {
        const Volume& volume = volumes.at(i);
        if (kind == KeyKind::FileVaultPersonalRecoveryKey) {
            if (volume.type == VolumeType::FileVault && volume.guid && (volume.guid == id || volume.guid == volumeGuid))
                return i;
            continue;
        }
        if (volume.type != VolumeType::BitLocker)
            continue;
        if (id
            && std::any_of(volume.protectors.begin(), volume.protectors.end(),
                           [&id](const Protector& protector) { return protector.id == *id; }))
            return i;
        if (volumeGuid && volume.guid == volumeGuid)
            return i;
    }
    return std::nullopt;
}

} // namespace keyhaven
