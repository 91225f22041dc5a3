// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// SafeFile's helpers that every system's part uses (SafeFile.cpp); not for use outside SafeFile.
namespace keyhaven::safefile {

// "ENOENT", "EIO", …, or "errno N".
QString errnoName(int error);
// Six random letters and digits, for a temporary file's name.
QString randomSuffix();
// A temporary file left by an interrupted write: ".<name>.keyhaven-XXXXXX", or QSaveFile's
// "<key file name>.XXXXXX" from earlier versions.
bool isLeftoverName(const QString& name);

} // namespace keyhaven::safefile
