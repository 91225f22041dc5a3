// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoverySheet.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace keyhaven {

// Draws the recovery sheet's one page in points. Used only by RecoverySheet; its texts are in the
// "RecoverySheet" translation context.
class SheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)

public:
    SheetPainter(QPainter& painter, const RecoveryKey& key, const QrCode& qr, const RecoverySheet::Options& options,
                 QSizeF page);
    void paint();

private:
    // A text in the UI language and, when wanted and different, in English.
    struct Phrase
    {
        QString local;
        QString english;
        Phrase arg(const QString& value) const;
        QString joined() const; // on one line: "ローカル / English"
    };
    Phrase phrase(const char* source) const;
    bool isFileVault() const { return m_key.kind == KeyKind::FileVaultPersonalRecoveryKey; }

    QFont sans(int pixelSize, bool bold = false) const;
    QFont mono(int pixelSize, bool bold = false) const;

    qreal drawText(const QString& text, const QFont& font, const QRectF& area, const QColor& colour,
                   int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    qreal drawPhrase(const Phrase& text, const QFont& font, qreal x, qreal y, qreal width,
                     const QColor& colour = Qt::black);

    qreal drawHeader(qreal y);
    qreal drawKey(qreal y);
    void drawKeyGroups(const QRectF& area, int columns);
    qreal drawMiddle(qreal y);
    qreal drawKeyId(qreal x, qreal y, qreal width);
    qreal drawDetails(qreal x, qreal y, qreal width);
    qreal drawQrCode(qreal y);
    qreal drawSteps(qreal y);
    qreal drawKeeping(qreal y);
    void drawNotes(qreal y);

    QPainter& m_painter;
    const RecoveryKey& m_key;
    const QrCode& m_qr;
    const RecoverySheet::Options& m_options;
    QSizeF m_page;
    qreal m_left = 0;
    qreal m_width = 0;
    QRectF m_qrArea;
};

} // namespace keyhaven
