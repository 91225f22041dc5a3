// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include <QByteArrayView>

namespace keyhaven {

// A BitLocker .BEK file (bitlocker.md §4): the 156-byte layout, and Windows 11's 180-byte one that
// also names the volume the key belongs to. The header is checked strictly: the size fields must
// both equal the file's length, version 1, header size 0x30. Every read is bounds-checked.
// The key is the 32 bytes of the external key; its ID is the protector GUID (= the file's name).
FormatResult readBekFile(QByteArrayView bytes);

// True when the bytes start like a .BEK header (version 1, header size 0x30), however damaged the rest.
bool looksLikeBekFile(QByteArrayView bytes);

} // namespace keyhaven
