// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include <QByteArrayView>

namespace keyhaven {

// The recovery text file Windows writes (BitLocker Recovery Key <ID>.TXT), Windows 7 to 11, in any
// language and encoding. Read by pattern, not by label: each 48-digit recovery password goes with
// the full key ID written before it (Windows 7's 16-character short ID is not a full ID and is
// passed over). A password that fails its check is reported with its line and group.
FormatResult readRecoveryTextFile(QByteArrayView bytes);

// Keyhaven's own FileVault text file (FileVault Recovery Key <identifier>.txt): the personal
// recovery key, and the `Identifier:` value as the key ID when it is a UUID, else as identifier.
FormatResult readFileVaultTextFile(QByteArrayView bytes);

} // namespace keyhaven
