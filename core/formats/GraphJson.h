// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include <QByteArrayView>

namespace keyhaven {

// Microsoft Graph's `bitlockerRecoveryKey` resource: one object, or a list as `{"value": [...]}`,
// with `id` (the key ID), `key` (the recovery password; only there when asked for with
// `$select=key`), `deviceId` (kept as the device) and `createdDateTime`.
FormatResult readGraphJson(QByteArrayView bytes);

} // namespace keyhaven
