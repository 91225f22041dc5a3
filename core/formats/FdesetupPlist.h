// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include <QByteArrayView>

namespace keyhaven {

// The XML property list `fdesetup enable -outputplist` or `fdesetup changerecovery -outputplist`
// prints, and the copies escrow tools keep: `RecoveryKey` (the personal recovery key) with any of
// `EnabledDate` (→ created), `HardwareUUID` (→ ID, when it is a UUID), `SerialNumber` (→ identifier),
// `LVUUID` or else `PVUUID` (→ volume GUID). `EnabledUser`, `LVGUUID` and unknown keys are passed over:
// RecoveryKey has no place for them. A top-level array of such dictionaries gives several keys.
FormatResult readFdesetupPlist(QByteArrayView bytes);

} // namespace keyhaven
