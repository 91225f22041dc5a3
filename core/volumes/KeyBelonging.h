// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"
#include "keys/RecoveryKey.h"

namespace keyhaven {

// "Does this key belong to this volume?", decided in one place for the wizard, the CLI, the same-volume
// guard and the ledger. It says nothing of whether the key opens the volume: KeyVerifier proves that.

// Can a key of this kind open a volume of this type at all?
bool keyKindFits(KeyKind kind, VolumeType type);

// Is `id` one of the volume's protectors?
bool isProtectorOf(const KeyId& id, const Volume& volume);

// The key is of a kind the volume takes, and: (BitLocker) its ID is one of the volume's protectors, or it
// names the volume by its GUID (Windows 11 .BEK files, keys already tied to the volume); (FileVault) its ID
// or volume GUID is the volume's own UUID, which is what a personal recovery key's ID is.
bool keyBelongsTo(const RecoveryKey& key, const Volume& volume);

} // namespace keyhaven
