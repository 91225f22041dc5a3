// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace keyhaven {

// A key as it is being typed, with the dashes where they belong, and where the caret goes.
struct GroupedKeyText
{
    QString text;
    int caret = 0;
};

// Puts the dashes into a key as people type or paste it, the way the recovery screen shows its boxes: full-width
// digits and letters become ASCII, and the key characters are cut into groups of `groupLength` with one '-'
// between groups, wherever the person put separators (so a digit typed into the middle moves the rest along). A
// separator typed right after a complete group stays, so that typing the dashes oneself works too. The caret
// stays after the same key character it followed. `lettersAllowed` for FileVault (upper-cased). Nothing when
// the text holds a character that does not belong in a key (the checks name it). The caller wipes the text.
std::optional<GroupedKeyText> groupKeyText(QStringView typed, int caret, int groupLength, int groupCount,
                                           bool lettersAllowed);

} // namespace keyhaven
