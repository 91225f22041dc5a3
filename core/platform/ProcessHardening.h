// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// Keeps key material out of core dumps and away from other processes of the same user (ptrace); on
// Windows, ends a crashed process before Windows Error Reporting writes a dump or a report of it
// (what remains is in docs/crash-dumps.md). Called first thing in main() of every executable.
void hardenProcess();

} // namespace keyhaven
