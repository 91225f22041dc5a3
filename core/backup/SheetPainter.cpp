// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPainter.h"

#include <QPainter>
#include <QStringList>

#include <cmath>

namespace keyhaven {

namespace {

constexpr qreal Margin = 46;       // about 16 mm: inside what every printer can print
constexpr qreal Gap = 14;
constexpr qreal QrSide = 150;      // the code with its quiet zone, at most
constexpr qreal DotGrid = 72.0 / 150; // QR modules and position snap to whole 150 dpi dots (and so 300, 600)
const QColor Grey(0x55, 0x55, 0x55);
const QColor LightGrey(0xbb, 0xbb, 0xbb);
const QColor BoxFill(0xf3, 0xf3, 0xf3);

QStringList sansFamilies(const QLocale& locale)
{
    if (locale.language() == QLocale::Japanese)
        return {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Yu Gothic"), QStringLiteral("Hiragino Sans"),
                QStringLiteral("Meiryo"), QStringLiteral("DejaVu Sans")};
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
            QStringLiteral("Helvetica Neue"), QStringLiteral("Arial"), QStringLiteral("Noto Sans CJK JP")};
}

qreal snapToGrid(qreal value)
{
    return std::floor(value / DotGrid) * DotGrid;
}

} // namespace

SheetPainter::SheetPainter(QPainter& painter, const RecoveryKey& key, const QrCode& qr,
                           const RecoverySheet::Options& options, QSizeF page)
    : m_painter(painter)
    , m_key(key)
    , m_qr(qr)
    , m_options(options)
    , m_page(page)
    , m_left(Margin)
    , m_width(page.width() - 2 * Margin)
{
}

SheetPainter::Phrase SheetPainter::Phrase::arg(const QString& value) const
{
    return {local.arg(value), english.isEmpty() ? QString() : english.arg(value)};
}

QString SheetPainter::Phrase::joined() const
{
    return english.isEmpty() ? local : local + QStringLiteral(" / ") + english;
}

SheetPainter::Phrase SheetPainter::phrase(const char* source) const
{
    Phrase text{QCoreApplication::translate("RecoverySheet", source), {}};
    const QString english = QString::fromUtf8(source);
    if (m_options.englishAlongside && text.local != english)
        text.english = english;
    return text;
}

QFont SheetPainter::sans(int pixelSize, bool bold) const
{
    QFont font;
    font.setFamilies(sansFamilies(m_options.locale));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // the same layout at every resolution
    return font;
}

QFont SheetPainter::mono(int pixelSize, bool bold) const
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK JP"),
                      QStringLiteral("Consolas"), QStringLiteral("Menlo"), QStringLiteral("Courier New")});
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal SheetPainter::drawText(const QString& text, const QFont& font, const QRectF& area, const QColor& colour,
                             int flags)
{
    m_painter.setFont(font);
    m_painter.setPen(colour);
    QRectF used;
    m_painter.drawText(area, flags, text, &used);
    return used.height();
}

qreal SheetPainter::drawPhrase(const Phrase& text, const QFont& font, qreal x, qreal y, qreal width,
                               const QColor& colour)
{
    y += drawText(text.local, font, QRectF(x, y, width, m_page.height()), colour);
    if (!text.english.isEmpty()) {
        QFont english = font;
        english.setPixelSize(std::max(7, font.pixelSize() * 3 / 4));
        english.setItalic(true);
        y += drawText(text.english, english, QRectF(x, y, width, m_page.height()), Grey);
    }
    return y;
}

void SheetPainter::paint()
{
    m_painter.save();
    m_painter.fillRect(QRectF(QPointF(0, 0), m_page), Qt::white);
    const qreal gap = m_options.englishAlongside ? Gap * 2 / 3 : Gap; // two languages need the room
    qreal y = Margin - 6;
    y = drawHeader(y);
    y = drawKey(y + gap);
    y = drawMiddle(y + gap);
    y = drawSteps(y + gap);
    y = drawKeeping(y + gap);
    drawNotes(y + gap);
    m_painter.restore();
    if (m_options.afterPaint)
        m_options.afterPaint(m_painter, m_qrArea);
}

qreal SheetPainter::drawHeader(qreal y)
{
    const Phrase title = isFileVault() ? phrase(QT_TRANSLATE_NOOP("RecoverySheet", "FileVault personal recovery key"))
                                       : phrase(QT_TRANSLATE_NOOP("RecoverySheet", "BitLocker recovery key"));
    y += drawText(title.local, sans(22, true), QRectF(m_left, y, m_width, 100), Qt::black);
    if (!title.english.isEmpty())
        y += drawText(title.english, sans(13, true), QRectF(m_left, y, m_width, 100), Grey);
    y = drawPhrase(phrase(QT_TRANSLATE_NOOP("RecoverySheet",
                                            "This page unlocks the encrypted drive described below when the "
                                            "computer asks for its recovery key. Keep it private.")),
                   sans(10), m_left, y + 4, m_width, Grey);
    return y;
}

qreal SheetPainter::drawKey(qreal y)
{
    const int columns = isFileVault() ? 6 : 4;
    const int rows = isFileVault() ? 1 : 2;
    constexpr qreal padding = 12;
    constexpr qreal rowHeight = 48;
    const qreal top = y;

    QFont labelFont = sans(10, true);
    m_painter.setFont(labelFont);
    const Phrase label = isFileVault() ? phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Personal recovery key"))
                                       : phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key"));
    // The label is measured first so the box can be drawn behind it.
    const QString labelText = label.joined();
    const qreal labelHeight = m_painter.boundingRect(QRectF(0, 0, m_width, 100), Qt::TextWordWrap, labelText).height();
    const qreal height = padding + labelHeight + 4 + rows * rowHeight + padding;

    m_painter.setPen(QPen(LightGrey, 0.8));
    m_painter.setBrush(BoxFill);
    m_painter.drawRoundedRect(QRectF(m_left, top, m_width, height), 6, 6);
    m_painter.setBrush(Qt::NoBrush);
    drawText(labelText, labelFont, QRectF(m_left + padding, top + padding, m_width - 2 * padding, 100), Qt::black);
    drawKeyGroups(QRectF(m_left + padding, top + padding + labelHeight + 4, m_width - 2 * padding, rows * rowHeight),
                  columns);
    return top + height;
}

void SheetPainter::drawKeyGroups(const QRectF& area, int columns)
{
    const QFont digits = mono(26, true);
    const QFont numbers = sans(8);
    const qreal cellWidth = area.width() / columns;
    const qreal rowHeight = area.height() / ((isFileVault() ? 6 : 8) / columns);
    const auto* text = reinterpret_cast<const char*>(m_key.secret.data());
    const std::size_t size = m_key.secret.size();
    std::size_t start = 0;
    for (int group = 0; start < size; ++group) {
        std::size_t end = start;
        while (end < size && text[end] != '-')
            ++end;
        QString characters = QString::fromLatin1(text + start, static_cast<qsizetype>(end - start));
        const qreal x = area.left() + (group % columns) * cellWidth;
        const qreal y = area.top() + (group / columns) * rowHeight;
        drawText(characters, digits, QRectF(x, y, cellWidth, 32), Qt::black, Qt::AlignCenter);
        wipe(characters);
        drawText(QString::number(group + 1), numbers, QRectF(x, y + 32, cellWidth, 12), Grey, Qt::AlignCenter);
        if (end < size && (group + 1) % columns != 0) // the dashes people type between groups
            drawText(QStringLiteral("–"), mono(20), QRectF(x + cellWidth - 10, y, 20, 32), LightGrey,
                     Qt::AlignCenter);
        start = end + 1;
    }
}

qreal SheetPainter::drawMiddle(qreal y)
{
    const qreal leftWidth = m_width - QrSide - 2 * Gap;
    qreal left = drawKeyId(m_left, y, leftWidth);
    left = drawDetails(m_left, left + Gap, leftWidth);
    return std::max(left, drawQrCode(y));
}

qreal SheetPainter::drawKeyId(qreal x, qreal y, qreal width)
{
    // FileVault has no key ID; its volume's UUID is printed only when it is known.
    if (isFileVault() && !m_key.id)
        return y;
    const Phrase label = isFileVault() ? phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Volume UUID"))
                                       : phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key ID"));
    y += drawText(label.joined(), sans(10, true), QRectF(x, y, width, 100), Qt::black);
    if (!m_key.id) {
        return drawPhrase(phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Not known")), sans(12), x, y + 2, width, Grey);
    }
    // The first 8 characters are what recovery screens show: bold and larger, then the rest.
    const QString id = m_key.id->toString();
    const QFont first = mono(16, true);
    const QFont rest = mono(12);
    m_painter.setFont(first);
    const qreal firstWidth = m_painter.fontMetrics().horizontalAdvance(id.left(8));
    const qreal firstAscent = m_painter.fontMetrics().ascent();
    m_painter.setPen(Qt::black);
    m_painter.drawText(QPointF(x, y + 2 + firstAscent), id.left(8));
    m_painter.setFont(rest);
    m_painter.drawText(QPointF(x + firstWidth, y + 2 + firstAscent), id.mid(8));
    y += 2 + m_painter.fontMetrics().height() + 8;
    if (!isFileVault()) {
        y = drawPhrase(phrase(QT_TRANSLATE_NOOP("RecoverySheet",
                                                "The recovery screen shows the first 8 characters of this ID. "
                                                "Check that they match before you type the key.")),
                       sans(9), x, y + 2, width, Grey);
    }
    return y;
}

qreal SheetPainter::drawDetails(qreal x, qreal y, qreal width)
{
    struct Row
    {
        Phrase label;
        QString value;
        bool whole = false; // an ID: on a line of its own, never broken
    };
    QList<Row> rows;
    const QLocale& locale = m_options.locale;
    if (!m_key.deviceName.isEmpty())
        rows.append({ phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Device")), m_key.deviceName });
    if (!m_key.volumeLabel.isEmpty())
        rows.append({ phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Drive")), m_key.volumeLabel });
    if (!m_key.identifier.isEmpty())
        rows.append({ phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Identifier")), m_key.identifier });
    if (m_key.volumeGuid && m_key.volumeGuid != m_key.id)
        rows.append({ phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Volume")), m_key.volumeGuid->toString(), true });
    if (m_key.created.isValid())
        rows.append({ phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Key created")),
                      locale.toString(m_key.created.toLocalTime().date(), QLocale::LongFormat) });
    rows.append({ phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Printed")),
                  locale.toString(m_options.printed.date(), QLocale::LongFormat) });

    const qreal labelWidth = std::min(width * (m_options.englishAlongside ? 0.45 : 0.35), 150.0);
    for (const Row& row : std::as_const(rows)) {
        const qreal labelEnd
            = y + drawText(row.label.joined(), sans(10, true), QRectF(x, y, labelWidth - 6, 100), Grey);
        if (row.whole) {
            // The whole width under its label, in a size that keeps it on one line.
            const qreal valueY = labelEnd + 1;
            y = valueY + drawText(row.value, mono(9), QRectF(x, valueY, width, 40), Qt::black,
                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine)
                + 3;
            continue;
        }
        const QRectF valueArea(x + labelWidth, y, width - labelWidth, 200);
        const qreal valueEnd = y + drawText(row.value, sans(10), valueArea, Qt::black);
        y = std::max(labelEnd, valueEnd) + 3;
    }
    // A key typed in names no computer: a line to write it on by hand.
    if (m_key.deviceName.isEmpty() && m_key.volumeLabel.isEmpty() && !m_key.volumeGuid && m_key.identifier.isEmpty()) {
        const qreal labelEnd = y + 6
            + drawText(phrase(QT_TRANSLATE_NOOP("RecoverySheet", "For the computer")).joined(), sans(10, true),
                       QRectF(x, y + 6, labelWidth - 6, 100), Grey);
        m_painter.setPen(QPen(LightGrey, 0.8));
        m_painter.drawLine(QPointF(x + labelWidth, labelEnd), QPointF(x + width, labelEnd));
        y = labelEnd + 6;
    }
    return y;
}

qreal SheetPainter::drawQrCode(qreal y)
{
    const qreal module = std::max(DotGrid, snapToGrid(QrSide / m_qr.totalSize()));
    const qreal side = module * m_qr.totalSize();
    const QPointF topLeft(snapToGrid(m_left + m_width - side), snapToGrid(y));
    m_qr.paint(m_painter, topLeft, module);
    m_qrArea = QRectF(topLeft, QSizeF(side, side));
    const Phrase caption = isFileVault()
        ? phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Scan with a phone camera to see the key as text."))
        : phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Scan with a phone camera to see the key ID and the key as text."));
    const qreal captionWidth = QrSide + Gap;
    return drawPhrase(caption, sans(8), m_left + m_width - captionWidth, y + side + 2, captionWidth, Grey);
}

qreal SheetPainter::drawSteps(qreal y)
{
    static const char* const bitLockerSteps[] = {
        QT_TRANSLATE_NOOP("RecoverySheet", "On the BitLocker recovery screen, compare the recovery key ID it shows "
                                           "with the ID above. If they differ, this is the key of another drive."),
        QT_TRANSLATE_NOOP("RecoverySheet", "Type the 48 digits of the recovery key, group by group. The dashes "
                                           "are added for you."),
        QT_TRANSLATE_NOOP("RecoverySheet", "Press Enter. The computer starts as usual; afterwards, make a new copy "
                                           "of the key if it asks you to."),
    };
    static const char* const fileVaultSteps[] = {
        QT_TRANSLATE_NOOP("RecoverySheet", "At the Mac's login window, click the question mark or enter a wrong "
                                           "password a few times, then choose to reset it with your recovery key."),
        QT_TRANSLATE_NOOP("RecoverySheet", "Type the 24 characters of the recovery key exactly as printed, "
                                           "with the dashes and in capital letters."),
        QT_TRANSLATE_NOOP("RecoverySheet", "Choose a new password. Then check whether the Mac made a new recovery "
                                           "key; if it did, this page no longer works."),
    };
    y += drawText(phrase(QT_TRANSLATE_NOOP("RecoverySheet", "How to use this key")).joined(), sans(12, true),
                  QRectF(m_left, y, m_width, 100), Qt::black);
    int number = 1;
    for (const char* step : isFileVault() ? std::span(fileVaultSteps) : std::span(bitLockerSteps)) {
        drawText(QString::number(number++) + QLatin1Char('.'), sans(10, true), QRectF(m_left, y + 3, 16, 20),
                 Qt::black);
        y = drawPhrase(phrase(step), sans(10), m_left + 16, y + 3, m_width - 16);
    }
    return y;
}

qreal SheetPainter::drawKeeping(qreal y)
{
    y += drawText(phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Where to keep this page")).joined(), sans(12, true),
                  QRectF(m_left, y, m_width, 100), Qt::black);
    return drawPhrase(phrase(QT_TRANSLATE_NOOP("RecoverySheet",
                                               "Somewhere safe and not with the computer: with your important papers "
                                               "at home, not in the laptop bag. Anyone who has this page and the "
                                               "computer can read the encrypted drive. If the recovery key is ever "
                                               "replaced, print a new page and destroy this one.")),
                      sans(10), m_left, y + 3, m_width);
}

void SheetPainter::drawNotes(qreal y)
{
    const qreal bottom = m_page.height() - Margin;
    if (bottom - y < 36)
        return; // no room left: better no box than one that overlaps the text
    const QString label = phrase(QT_TRANSLATE_NOOP("RecoverySheet", "Notes")).joined();
    const qreal labelEnd = y + 6 + drawText(label, sans(10, true), QRectF(m_left + 8, y + 6, m_width - 16, 100), Grey);
    m_painter.setPen(QPen(LightGrey, 0.8));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRoundedRect(QRectF(m_left, y, m_width, bottom - y), 6, 6);
    for (qreal line = labelEnd + 20; line < bottom - 8; line += 20)
        m_painter.drawLine(QPointF(m_left + 8, line), QPointF(m_left + m_width - 8, line));
}

} // namespace keyhaven
