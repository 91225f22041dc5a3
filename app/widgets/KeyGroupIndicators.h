// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryKeyEdit.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>

class QLineEdit;

namespace keyhaven {

// The row of group indicators: one small box per group, coloured from the palette, with a mark that does not
// rely on colour alone (a tick, a cross, an exclamation mark). Given the key's field, each box sits under its group
// of the field's text, wherever the field's font, frame and margins put it (any language, any scale); when the
// text does not fit the field (it scrolls), the boxes are packed from the left.
class KeyGroupIndicators : public QWidget
{
    Q_OBJECT

public:
    explicit KeyGroupIndicators(QWidget* parent = nullptr);

    void setStates(const QList<RecoveryKeyEdit::GroupState>& states, const QList<qreal>& fill);
    // Lines the boxes up with the groups of `edit`'s text, `groupLength` characters each, joined by dashes.
    void alignWith(QLineEdit* edit, int groupLength);
    // Where box `group` (0-based) is drawn, in this widget's coordinates.
    QRectF boxRect(int group) const;
    // Where group `group` of the field's text is (left and width, in this widget's coordinates), computed from
    // the field's font metrics, frame and text margins; nothing when the boxes are not lined up with the text.
    std::optional<std::pair<qreal, qreal>> groupSpan(int group) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSize boxSize() const;

    QList<RecoveryKeyEdit::GroupState> m_states;
    QList<qreal> m_fill; // how much of each partial group is typed, 0..1
    QPointer<QLineEdit> m_edit;
    // The same field as a QObject, for eventFilter(): while the field is destroyed it is no longer a QLineEdit,
    // and comparing through QPointer<QLineEdit> would downcast it (undefined behaviour).
    QPointer<QObject> m_watched;
    int m_groupLength = 0;
};

} // namespace keyhaven
