// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <optional>

namespace keyhaven {

// `keyhaven --version` and `keyhaven --help` answer on standard output without opening a window, so they work
// without a display (the man page keyhaven(1) is made from them at build time).
class WizardCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(WizardCommandLine)

public:
    // The exit code when the arguments asked for the version or the help (printed), else nothing.
    static std::optional<int> answer(int& argc, char* argv[]);
    static QString help();
};

} // namespace keyhaven
