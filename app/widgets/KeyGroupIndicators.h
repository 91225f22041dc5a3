// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryKeyEdit.h"

#include <QList>
#include <QWidget>

namespace keyhaven {

// The row of group indicators: one small box per group, coloured from the palette, with a mark that does not
// rely on colour alone (a tick, a cross, an exclamation mark).
class KeyGroupIndicators : public QWidget
{
    Q_OBJECT

public:
    explicit KeyGroupIndicators(QWidget* parent = nullptr);

    void setStates(const QList<RecoveryKeyEdit::GroupState>& states, const QList<qreal>& fill);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSize boxSize() const;

    QList<RecoveryKeyEdit::GroupState> m_states;
    QList<qreal> m_fill; // how much of each partial group is typed, 0..1
};

} // namespace keyhaven
