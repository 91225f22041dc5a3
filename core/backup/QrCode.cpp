// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

namespace keyhaven {

struct QrCode::Data
{
    explicit Data(QRcode* qr)
        : code(qr)
    {
    }
    Data(const Data&) = delete;
    Data& operator=(const Data&) = delete;
    ~Data()
    {
        // The modules spell out the key: overwrite them before libqrencode frees them.
        if (code->data && code->width > 0)
            wipe(code->data, static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
        QRcode_free(code);
    }
    QRcode* code;
};

QrCode::QrCode(std::unique_ptr<Data> data, Level level)
    : m_data(std::move(data))
    , m_level(level)
{
}

QrCode::QrCode(QrCode&& other) noexcept = default;
QrCode& QrCode::operator=(QrCode&& other) noexcept = default;
QrCode::~QrCode() = default;

std::optional<QrCode> QrCode::encode(const SecureBytes& payload)
{
    if (payload.isEmpty())
        return std::nullopt;
    const auto size = static_cast<int>(payload.size());
    for (const Level level : {Level::Q, Level::M}) {
        const QRecLevel ecLevel = level == Level::Q ? QR_ECLEVEL_Q : QR_ECLEVEL_M;
        // Version 0: the smallest version that holds the data. Byte mode keeps the text exactly as given.
        if (QRcode* code = QRcode_encodeData(size, payload.data(), 0, ecLevel))
            return QrCode(std::make_unique<Data>(code), level);
    }
    return std::nullopt;
}

int QrCode::version() const
{
    return m_data->code->version;
}

int QrCode::symbolSize() const
{
    return m_data->code->width;
}

bool QrCode::isDark(int x, int y) const
{
    // libqrencode: bit 0 of each byte is the module's colour; the other bits say what the module is for.
    return (m_data->code->data[y * m_data->code->width + x] & 1) != 0;
}

QImage QrCode::toImage(int scale) const
{
    scale = std::max(scale, 1);
    const int side = totalSize() * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < symbolSize(); ++y) {
        for (int x = 0; x < symbolSize(); ++x) {
            if (!isDark(x, y))
                continue;
            for (int row = 0; row < scale; ++row) {
                uchar* line = image.scanLine((y + QuietZone) * scale + row);
                std::fill_n(line + (x + QuietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

void QrCode::paint(QPainter& painter, QPointF topLeft, qreal moduleSize) const
{
    const qreal side = totalSize() * moduleSize;
    painter.fillRect(QRectF(topLeft, QSizeF(side, side)), Qt::white);
    const QPointF origin = topLeft + QPointF(QuietZone * moduleSize, QuietZone * moduleSize);
    // One rectangle per run of dark modules in a row: a small PDF and no hairline gaps between modules.
    QPainterPath path;
    for (int y = 0; y < symbolSize(); ++y) {
        int x = 0;
        while (x < symbolSize()) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbolSize() && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * moduleSize, origin.y() + y * moduleSize,
                                (x - start) * moduleSize, moduleSize));
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

} // namespace keyhaven
