// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyhaven {

// What people type or paste is folded to plain ASCII where the meaning is clear: full-width digits
// and letters from an input method become ASCII, every dash look-alike becomes '-', every kind of
// white space becomes ' '. Other characters are kept so that errors can name them.
QString foldTypedText(QStringView typed);

bool isSeparator(QChar c);

} // namespace keyhaven
