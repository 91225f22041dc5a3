// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QImage>

#include <vector>

namespace keyhaven {

// Finds and decodes every QR code in an image with ZXing-cpp: an independent reader of what libqrencode
// wrote. Each code's bytes are returned exactly as encoded; the decoder's copies of them are wiped.
std::vector<SecureBytes> readQrCodes(const QImage& image);

} // namespace keyhaven
