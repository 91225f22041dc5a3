// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrReader.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace keyhaven {

std::vector<SecureBytes> readQrCodes(const QImage& image)
{
    const QImage grey = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(false);
    hints.setMaxNumberOfSymbols(8); // more than one code on the page is itself a finding

    std::vector<SecureBytes> found;
    ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    for (ZXing::Result& result : results) {
        // bytes() is the decoder's own buffer; it is overwritten once copied.
        auto& bytes = const_cast<ZXing::ByteArray&>(result.bytes());
        if (result.isValid())
            found.emplace_back(bytes.data(), bytes.size());
        wipe(bytes.data(), bytes.size());
    }
    return found;
}

} // namespace keyhaven
