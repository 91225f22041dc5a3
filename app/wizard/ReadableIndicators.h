// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// Check boxes and radio buttons whose empty indicator can be seen in a dark palette too: some styles (Fusion)
// outline it in a shade of the window colour, which all but disappears on a dark background. Wraps the
// application's style once; call it after the style and palette are set.
void makeIndicatorsReadable();

} // namespace keyhaven
