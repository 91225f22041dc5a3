// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyhaven {

// What main() returns, once everything it made is gone: `return keyhaven::finishProcess(run(argc, argv));`.
//
// On Windows the process ends here, with that exit code, after the C streams are flushed and without unloading
// its DLLs. ExitProcess() stops the other threads (Windows' thread pool serving QProcess's pipes, a thread still
// running its thread-local destructors) wherever they are, and then unloads every DLL; when one was stopped
// holding a lock of the MinGW runtime, libstdc++'s unloading waits for that lock for ever. Under Wine about every
// other keyhaven-cli.exe that had run PowerShell hung that way after its answer was printed. Everything main()
// made is destroyed before: files and settings are written and closed, and keys are wiped.
//
// Elsewhere it returns the exit code, and the process ends as usual.
int finishProcess(int exitCode);

} // namespace keyhaven
