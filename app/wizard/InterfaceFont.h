// SPDX-License-Identifier: GPL-3.0-or-later
// The application font for the interface language: Japanese chosen on a desktop whose font has no Japanese.
#pragma once

#include <QLocale>

namespace keyhaven {

// For Japanese, when the desktop's font cannot write Japanese, puts a Japanese interface font (Noto Sans CJK
// JP, Yu Gothic UI, Meiryo UI, Hiragino Sans, …, whichever is installed) in front of it; for the other
// languages, gives the desktop's font back. Without this, Japanese text comes from a fallback font that is
// taller than the metrics Qt lays out with, and QWizard's header cuts the second line of a subtitle in half.
void useInterfaceFontFor(const QLocale& locale);

} // namespace keyhaven
