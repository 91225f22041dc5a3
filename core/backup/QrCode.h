// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QImage>
#include <QPointF>

#include <memory>
#include <optional>

class QPainter;
namespace keyhaven {

// A QR code made with libqrencode, in the manner of KDE Prison: error correction Q, falling back to M
// when the text does not fit; a quiet zone of four modules; drawn with whole-number module sizes.
// The module data holds the key, so it is wiped before libqrencode frees it.
class QrCode
{
public:
    enum class Level { M, Q };
    static constexpr int QuietZone = 4; // modules of white around the symbol

    // Encodes `payload` in byte mode. Nothing when it cannot be encoded (too long, out of memory).
    static std::optional<QrCode> encode(const SecureBytes& payload);

    QrCode(QrCode&& other) noexcept;
    QrCode& operator=(QrCode&& other) noexcept;
    ~QrCode();

    int version() const;
    Level level() const { return m_level; }
    int symbolSize() const;                        // modules per side, without the quiet zone
    int totalSize() const { return symbolSize() + 2 * QuietZone; } // with the quiet zone
    bool isDark(int x, int y) const;              // symbol coordinates, 0 ≤ x, y < symbolSize()

    // The code with its quiet zone, `scale` pixels per module (at least 1). Wipe it when done.
    QImage toImage(int scale) const;
    // Draws the code with its quiet zone (white) at `topLeft`, each module `moduleSize` units wide.
    void paint(QPainter& painter, QPointF topLeft, qreal moduleSize) const;

private:
    struct Data; // owns libqrencode's QRcode
    QrCode(std::unique_ptr<Data> data, Level level);

    std::unique_ptr<Data> m_data;
    Level m_level = Level::Q;
};

} // namespace keyhaven
