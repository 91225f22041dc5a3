// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace keyhaven {

namespace {

constexpr int KillGraceMs = 5000;

bool isPath(const QString& program)
{
    return program.contains(QLatin1Char('/')) || program.contains(QLatin1Char('\\'));
}

int remainingMs(const QElapsedTimer& timer, int timeoutMs)
{
    return static_cast<int>(std::max<qint64>(1, timeoutMs - timer.elapsed()));
}

} // namespace

QStringList SystemProcessRunner::trustedToolFolders()
{
#ifdef Q_OS_WIN
    const QString root = qEnvironmentVariable("SystemRoot", QStringLiteral("C:\\Windows"));
    return { root + QStringLiteral("\\System32"), root + QStringLiteral("\\System32\\WindowsPowerShell\\v1.0") };
#else
    return { QStringLiteral("/usr/bin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") };
#endif
}

SystemProcessRunner::SystemProcessRunner(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

QString SystemProcessRunner::findProgram(const QString& program) const
{
    if (program.isEmpty())
        return {};
    if (isPath(program)) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    if (!m_environment)
        return QStandardPaths::findExecutable(program, trustedToolFolders());
    const QStringList path =
        m_environment->value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // An environment without PATH finds nothing, rather than falling back to this process' PATH.
    return path.isEmpty() ? QString() : QStandardPaths::findExecutable(program, path);
}

ProcessRunner::Result SystemProcessRunner::run(const QString& program, const QStringList& args,
                                               const SecureBytes& stdinData, int timeoutMs)
{
    Result result;
    const QString executable = findProgram(program);
    if (executable.isEmpty())
        return result;

    QElapsedTimer timer;
    timer.start();
    QProcess process;
    if (m_environment)
        process.setProcessEnvironment(*m_environment);
    process.start(executable, args);
    if (!process.waitForStarted(remainingMs(timer, timeoutMs))) {
        process.kill();
        process.waitForFinished(KillGraceMs);
        return result;
    }
    result.started = true;

    // Written straight from the locked buffer: no copy of ours to wipe. QProcess keeps its own write
    // buffer until the bytes reach the pipe; that memory is Qt's and is freed, not wiped.
    if (!stdinData.isEmpty())
        process.write(reinterpret_cast<const char*>(stdinData.data()), static_cast<qint64>(stdinData.size()));
    process.closeWriteChannel();

    const bool finished =
        process.waitForFinished(remainingMs(timer, timeoutMs)) || process.state() == QProcess::NotRunning;
    if (!finished) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(KillGraceMs);
    }
    result.crashed = result.timedOut || process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    return result;
}

} // namespace keyhaven
