// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormatResult.h"

#include "keys/SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>

#include <vector>

namespace keyhaven {

// Reading a key from the QR code of a recovery sheet: a photo or scan of the printed page (PNG, JPEG) or the
// sheet PDF Keyhaven wrote. Pure over bytes like the other readers; KeyFile dispatches here by the file's
// first bytes.
class SheetImage
{
    Q_DECLARE_TR_FUNCTIONS(SheetImage)

public:
    // Photos from phones are several megabytes; a key file is never that large.
    static constexpr qint64 MaximumSize = 64 * 1024 * 1024;

    // PNG, JPEG or PDF, by their signatures.
    static bool looksLikeImage(QByteArrayView bytes);
    static FormatResult read(QByteArrayView bytes);

    // The QR codes found in `image` (grey or colour, any orientation): the image as it is with ZXing's
    // TryHarder and TryRotate and both of its binarizers, then rescaled, contrast-normalised and sharpened copies,
    // until one attempt finds a code. Each code's bytes; the decoder's copies are wiped.
    static std::vector<SecureBytes> findQrCodes(const QImage& image);

    // The key in a sheet's QR text (RecoverySheet::qrText's format). `recognised` is false when the text is
    // not a Keyhaven sheet's.
    static FormatResult parseQrText(const SecureBytes& text);
};

// Overwrites an image's pixels (they may show the key) before it is freed.
void wipeImage(QImage& image);

} // namespace keyhaven
