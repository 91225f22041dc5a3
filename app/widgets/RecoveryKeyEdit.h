// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace keyhaven {

// SCAFFOLD: replace with the real widget.
class RecoveryKeyEdit : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
};

} // namespace keyhaven
