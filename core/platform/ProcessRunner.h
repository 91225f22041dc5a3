// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyhaven {

// Runs a system tool to completion. The Windows and macOS volume sources talk to their tools only
// through this interface, so that tests can replace the tool with recorded outputs.
class ProcessRunner
{
public:
    struct Result
    {
        bool started = false;  // false: the program was not found or could not be started
        int exitCode = -1;     // meaningful only when started, not timed out and not crashed
        QByteArray stdOut;     // may hold key material: the caller wipes it (wipe(QByteArray&)) when done
        QByteArray stdErr;
        bool timedOut = false; // the program was killed after the timeout
        bool crashed = false;  // the program died from a signal (or was killed)
    };

    virtual ~ProcessRunner() = default;

    // Runs `program` (a name looked up on PATH, or a path) with `args`, writes `stdinData` to its
    // standard input and closes it, and waits at most `timeoutMs` for it to finish. Secrets go on
    // standard input, never in `args`: arguments are visible in the process list.
    virtual Result run(const QString& program, const QStringList& args, const SecureBytes& stdinData,
                       int timeoutMs) = 0;
};

// The real thing, over QProcess.
class SystemProcessRunner : public ProcessRunner
{
public:
    // Runs programs in this process' environment, found only in the system's own folders (trustedToolFolders()),
    // never through PATH: a program of the same name earlier on PATH would be handed the secrets on stdin.
    SystemProcessRunner() = default;
    // Runs programs in `environment`, and looks them up on its PATH (tests stand in their own tools).
    explicit SystemProcessRunner(QProcessEnvironment environment);

    Result run(const QString& program, const QStringList& args, const SecureBytes& stdinData,
               int timeoutMs) override;

    // The full path of `program` where run() looks for it, or an empty string.
    QString findProgram(const QString& program) const;
    // /usr/bin, /bin, /usr/sbin, /sbin; on Windows System32 and its PowerShell folder.
    static QStringList trustedToolFolders();

private:
    std::optional<QProcessEnvironment> m_environment;
};

} // namespace keyhaven
