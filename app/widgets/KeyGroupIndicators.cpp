// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyGroupIndicators.h"

#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

namespace keyhaven {

namespace {

// Colours for the group states, derived from the palette so that a dark palette keeps its contrast: the hue says
// good / doubtful / wrong, the lightness and saturation follow the palette's own highlight.
QColor stateColour(const QPalette& palette, int hue)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    return QColor::fromHsl(hue, std::max(highlight.hslSaturation(), 150), std::clamp(highlight.lightness(), 80, 140));
}

constexpr int PositiveHue = 130;
constexpr int WarningHue = 35;
constexpr int NegativeHue = 0;

// QLineEdit draws its text this far inside its contents rectangle (QLineEditPrivate::horizontalMargin).
constexpr int LineEditTextInset = 2;

// Where a line edit's text starts, in its own coordinates: the style's contents rectangle for the frame it draws
// (the same style option QLineEdit builds for itself), less the text margins.
QRectF textArea(const QLineEdit& edit)
{
    QStyleOptionFrame option;
    option.initFrom(&edit);
    option.rect = edit.contentsRect();
    option.lineWidth = edit.hasFrame() ? edit.style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, &edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    if (edit.isReadOnly())
        option.state |= QStyle::State_ReadOnly;
    option.features = QStyleOptionFrame::None;
    const QRect contents = edit.style()->subElementRect(QStyle::SE_LineEditContents, &option, &edit);
    return QRectF(contents.marginsRemoved(edit.textMargins()))
        .adjusted(LineEditTextInset, 0, -LineEditTextInset, 0);
}

} // namespace

KeyGroupIndicators::KeyGroupIndicators(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void KeyGroupIndicators::alignWith(QLineEdit* edit, int groupLength)
{
    if (m_edit != edit) {
        if (m_edit)
            m_edit->removeEventFilter(this);
        m_edit = edit;
        m_watched = edit;
        if (m_edit)
            m_edit->installEventFilter(this);
    }
    m_groupLength = groupLength;
    // As wide as the field: the boxes go where its groups are.
    setSizePolicy(m_edit ? QSizePolicy::Preferred : QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateGeometry();
    update();
}

bool KeyGroupIndicators::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::LayoutDirectionChange:
            update();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<std::pair<qreal, qreal>> KeyGroupIndicators::groupSpan(int group) const
{
    if (!m_edit || m_groupLength <= 0 || group < 0 || group >= m_states.size()
        || m_edit->layoutDirection() == Qt::RightToLeft)
        return std::nullopt;
    // The canonical text's layout: the field shows the key with its dashes (the field puts them in), in a
    // fixed-pitch font, so each group is where it is in this pattern.
    const QString group0(m_groupLength, QLatin1Char('0'));
    QStringList groups;
    for (int g = 0; g < m_states.size(); ++g)
        groups << group0;
    const QString pattern = groups.join(QLatin1Char('-'));
    const QFontMetricsF metrics(m_edit->font());
    const QRectF area = textArea(*m_edit);
    if (metrics.horizontalAdvance(pattern) > area.width())
        return std::nullopt; // the field scrolls its text: no fixed place to line up with
    const qsizetype start = group * (m_groupLength + 1);
    const qreal left = area.left() + metrics.horizontalAdvance(pattern.left(start));
    const qreal width = metrics.horizontalAdvance(pattern.mid(start, m_groupLength));
    const qreal offset = mapFrom(window(), m_edit->mapTo(window(), QPoint(0, 0))).x();
    return std::make_pair(offset + left, width);
}

QRectF KeyGroupIndicators::boxRect(int group) const
{
    const QSize box = boxSize();
    const int spacing = box.height() / 4;
    if (const auto span = groupSpan(group)) {
        // Centred under the group; never wider than the group and the dash beside it, so boxes never touch.
        const qreal dash = QFontMetricsF(m_edit->font()).horizontalAdvance(QLatin1Char('-'));
        const qreal width = std::min<qreal>(box.width(), span->second + dash - 2);
        return { span->first + (span->second - width) / 2, 1, width, qreal(box.height()) };
    }
    return { qreal(1 + group * (box.width() + spacing)), 1, qreal(box.width()), qreal(box.height()) };
}

void KeyGroupIndicators::setStates(const QList<RecoveryKeyEdit::GroupState>& states, const QList<qreal>& fill)
{
    const bool resized = states.size() != m_states.size();
    m_states = states;
    m_fill = fill;
    QStringList summary;
    for (int g = 0; g < m_states.size(); ++g) {
        switch (m_states.at(g)) {
        case RecoveryKeyEdit::GroupState::Empty:
            summary << tr("Group %1: not typed yet").arg(g + 1);
            break;
        case RecoveryKeyEdit::GroupState::Partial:
            summary << tr("Group %1: being typed").arg(g + 1);
            break;
        case RecoveryKeyEdit::GroupState::Complete:
            summary << tr("Group %1: well formed").arg(g + 1);
            break;
        case RecoveryKeyEdit::GroupState::Warning:
            summary << tr("Group %1: check it").arg(g + 1);
            break;
        case RecoveryKeyEdit::GroupState::Wrong:
            summary << tr("Group %1: wrong").arg(g + 1);
            break;
        }
    }
    const QString description = summary.join(QStringLiteral("; "));
    setAccessibleDescription(description);
    setToolTip(description);
    if (resized)
        updateGeometry();
    update();
}

QSize KeyGroupIndicators::boxSize() const
{
    const QFontMetrics metrics = fontMetrics();
    const int height = metrics.height() + metrics.height() / 2;
    return { metrics.horizontalAdvance(QStringLiteral("8")) + height, height };
}

QSize KeyGroupIndicators::sizeHint() const
{
    const QSize box = boxSize();
    const int spacing = box.height() / 4;
    const int count = std::max<int>(1, static_cast<int>(m_states.size()));
    return { count * box.width() + (count - 1) * spacing + 2, box.height() + 2 };
}

void KeyGroupIndicators::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QSize box = boxSize();
    const qreal radius = box.height() / 5.0;
    const qreal line = std::max<qreal>(1.0, box.height() / 12.0);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor onColour = pal.color(QPalette::HighlightedText);

    for (int g = 0; g < m_states.size(); ++g) {
        const QRectF rect = boxRect(g);
        const RecoveryKeyEdit::GroupState state = m_states.at(g);
        QColor fillColour = pal.color(QPalette::Base);
        QColor border = pal.color(QPalette::Mid);
        QColor number = pal.color(QPalette::PlaceholderText);
        Qt::PenStyle borderStyle = Qt::SolidLine;
        switch (state) {
        case RecoveryKeyEdit::GroupState::Empty:
            borderStyle = Qt::DashLine;
            break;
        case RecoveryKeyEdit::GroupState::Partial:
            border = text;
            number = text;
            break;
        case RecoveryKeyEdit::GroupState::Complete:
            fillColour = stateColour(pal, PositiveHue);
            border = fillColour.darker(130);
            number = onColour;
            break;
        case RecoveryKeyEdit::GroupState::Warning:
            fillColour = stateColour(pal, WarningHue);
            border = fillColour.darker(130);
            number = onColour;
            break;
        case RecoveryKeyEdit::GroupState::Wrong:
            fillColour = stateColour(pal, NegativeHue);
            border = text;
            number = onColour;
            break;
        }
        painter.setPen(QPen(border, state == RecoveryKeyEdit::GroupState::Wrong ? 2 * line : line, borderStyle));
        painter.setBrush(fillColour);
        painter.drawRoundedRect(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2), radius, radius);

        if (state == RecoveryKeyEdit::GroupState::Partial && g < m_fill.size()) {
            // How much of the group is typed: a bar along the bottom.
            const qreal barHeight = std::max<qreal>(2.0, box.height() / 8.0);
            QRectF bar(rect.left() + radius / 2, rect.bottom() - barHeight - line,
                       (rect.width() - radius) * m_fill.at(g), barHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRect(bar);
        }

        const qreal markSize = box.height() * 0.45;
        const QRectF numberRect(rect.left(), rect.top(), rect.width() - markSize - radius / 2, rect.height());
        painter.setPen(number);
        painter.drawText(numberRect, Qt::AlignCenter, QString::number(g + 1));

        const QRectF mark(numberRect.right(), rect.center().y() - markSize / 2, markSize, markSize);
        painter.setPen(
            QPen(number, std::max<qreal>(1.5, box.height() / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        const auto at = [&mark](qreal x, qreal y) {
            return QPointF(mark.left() + x * mark.width(), mark.top() + y * mark.height());
        };
        QPainterPath path;
        switch (state) {
        case RecoveryKeyEdit::GroupState::Complete:
            path.moveTo(at(0.1, 0.55));
            path.lineTo(at(0.4, 0.85));
            path.lineTo(at(0.9, 0.2));
            break;
        case RecoveryKeyEdit::GroupState::Wrong:
            path.moveTo(at(0.15, 0.15));
            path.lineTo(at(0.85, 0.85));
            path.moveTo(at(0.85, 0.15));
            path.lineTo(at(0.15, 0.85));
            break;
        case RecoveryKeyEdit::GroupState::Warning:
            path.moveTo(at(0.5, 0.05));
            path.lineTo(at(0.5, 0.6));
            path.moveTo(at(0.5, 0.9));
            path.lineTo(at(0.5, 0.92));
            break;
        case RecoveryKeyEdit::GroupState::Empty:
        case RecoveryKeyEdit::GroupState::Partial:
            break;
        }
        painter.drawPath(path);
    }
}

} // namespace keyhaven
