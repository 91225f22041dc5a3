// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include <QByteArrayView>

namespace keyhaven {

// The output of `manage-bde -protectors -get C:` in any language, as typed into a console or
// redirected to a file (then often UTF-16LE). Protector IDs are the GUIDs in braces; each recovery
// password goes with the nearest ID before it. Protectors without key material (TPM, external key,
// password) are passed over. The drive letter of the volume heading becomes the volume label.
FormatResult readManageBdeOutput(QByteArrayView bytes);

} // namespace keyhaven
