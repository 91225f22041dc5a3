// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// Keeps key material out of core dumps and away from other processes of the same user (ptrace).
// Called first thing in main() of every executable.
void hardenProcess();

} // namespace keyhaven
