// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include <QByteArrayView>

namespace keyhaven {

// `Get-BitLockerVolume | ConvertTo-Json -Depth 4`: one volume object or an array of them, each with
// `MountPoint`, `ComputerName` and `KeyProtector[]`; or the protectors alone
// (`(Get-BitLockerVolume C:).KeyProtector | ConvertTo-Json`). A protector is a recovery password when
// its `KeyProtectorType` is 3 or "RecoveryPassword" (-EnumsAsStrings); its ID is `KeyProtectorId`.
// Windows PowerShell 5 saves redirected output as UTF-16LE with a byte-order mark: any encoding is read.
FormatResult readPowerShellJson(QByteArrayView bytes);

} // namespace keyhaven
