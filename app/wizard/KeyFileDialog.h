// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace keyhaven {

// Asks for a key file (a recovery text file, a .BEK, PowerShell or Graph JSON, an fdesetup plist), the same
// from the source page and the key page.
class KeyFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(KeyFileDialog)

public:
    // The chosen file's path; empty when the user cancelled.
    static QString ask(QWidget* parent);
};

} // namespace keyhaven
