// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"
#include "keys/SecureBytes.h"

#include <QString>

namespace keyhaven {

// The recovery text file in Windows' layout (bitlocker.md §3): a title, `Identifier:` and
// `Recovery Key:` labels in English, TAB-indented values, UTF-16LE with a byte-order mark and CRLF
// line ends, with sentences in Keyhaven's own words in the user's language. A FileVault key gets
// the same layout (filevault.md §4). An external key (.BEK) has no text form: the result is empty.
SecureBytes recoveryTextFileBytes(const RecoveryKey& key);

// `BitLocker Recovery Key <ID>.TXT` or `FileVault Recovery Key <identifier>.txt`; a FileVault key without
// an identifier is named after its Mac (`deviceName`); with neither, `BitLocker Recovery Key.TXT` or
// `FileVault Recovery Key.txt`. Empty for an external key.
QString recoveryTextFileName(const RecoveryKey& key);

} // namespace keyhaven
