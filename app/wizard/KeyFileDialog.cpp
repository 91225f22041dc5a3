// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFileDialog.h"

#include <QFileDialog>

namespace keyhaven {

QString KeyFileDialog::ask(QWidget* parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Open a key file"), QString(),
        tr("Key files (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml);;All files (*)"));
}

} // namespace keyhaven
