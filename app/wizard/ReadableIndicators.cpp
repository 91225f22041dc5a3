// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadableIndicators.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>

namespace keyhaven {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 110;
}

class ReadableIndicatorStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool checkBox = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if ((!checkBox && element != PE_IndicatorRadioButton) || !isDark(option->palette))
            return;
        QColor outline = option->palette.color(QPalette::WindowText);
        outline.setAlphaF(option->state.testFlag(State_Enabled) ? 0.7 : 0.3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(outline, 1.0));
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
        if (checkBox)
            painter->drawRoundedRect(frame, 2, 2);
        else
            painter->drawEllipse(frame);
        painter->restore();
    }
};

} // namespace

void makeIndicatorsReadable()
{
    if (dynamic_cast<ReadableIndicatorStyle*>(QApplication::style()))
        return;
    const QString base = QApplication::style()->name();
    QApplication::setStyle(new ReadableIndicatorStyle(base));
}

} // namespace keyhaven
