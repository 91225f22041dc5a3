// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"

#include "keys/RecoveryKey.h"

#include <QList>

#include <optional>

namespace keyhaven {

// Which of `volumes` a key belongs to, by what a key file says about it: a FileVault key by its volume's UUID, a
// BitLocker key by one of the volume's protectors or by the volume GUID the file names. Nothing when none fits.
std::optional<int> volumeOfKey(const QList<Volume>& volumes, KeyKind kind, const std::optional<KeyId>& id,
                               const std::optional<KeyId>& volumeGuid);

} // namespace keyhaven
