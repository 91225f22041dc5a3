// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrView.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace keyhaven {

namespace {

constexpr int MinimumPixelsPerModule = 2;
constexpr int PreferredPixelsPerModule = 4;

} // namespace

QrView::QrView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QrView::~QrView() = default;

bool QrView::setText(const SecureBytes& text)
{
    m_code = QrCode::encode(text);
    updateGeometry();
    update();
    return m_code.has_value();
}

void QrView::clear()
{
    m_code.reset(); // QrCode wipes its module data
    updateGeometry();
    update();
}

int QrView::pixelsPerModule() const
{
    if (!m_code)
        return 0;
    const qreal ratio = devicePixelRatioF();
    const int available = static_cast<int>(std::floor(std::min(width(), height()) * ratio));
    return std::max(1, available / m_code->totalSize());
}

QSize QrView::sizeHint() const
{
    const int side = (m_code ? m_code->totalSize() : 29 + 2 * QrCode::QuietZone) * PreferredPixelsPerModule;
    return { side, side };
}

QSize QrView::minimumSizeHint() const
{
    const int side = (m_code ? m_code->totalSize() : 29 + 2 * QrCode::QuietZone) * MinimumPixelsPerModule;
    return { side, side };
}

void QrView::paintEvent(QPaintEvent*)
{
    if (!m_code)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const qreal ratio = devicePixelRatioF();
    // Whole device pixels per module, so that no module is blurred between two pixels.
    const qreal module = pixelsPerModule() / ratio;
    const qreal side = module * m_code->totalSize();
    const QPointF topLeft(std::round((width() - side) / 2 * ratio) / ratio,
                          std::round((height() - side) / 2 * ratio) / ratio);
    m_code->paint(painter, topLeft, module);
}

} // namespace keyhaven
