// SPDX-License-Identifier: GPL-3.0-or-later
#include "Process.h"

#include "catch.h"

#include <QProcess>
#include <QStandardPaths>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace keyhaven::test {

QJsonDocument ProcessResult::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QString ProcessResult::text(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
#if defined(Q_OS_WIN)
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
#endif
    return text;
}

namespace {

ProcessResult runIn(QProcessEnvironment environment, const QString& program, const QStringList& arguments,
                    const QByteArray& input, int timeoutSeconds)
{
#if defined(Q_OS_WIN)
    // Programs run as people run them, with Windows' own platform plugin. The offscreen one that this test process
    // uses, and its children would inherit, keeps a Qt program from ending under Wine.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
#endif
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    INFO("running " << program.toStdString() << ' ' << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        FAIL("the program did not finish within " << timeoutSeconds << " s");
    }
    ProcessResult result;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys())
        if (name.startsWith(QLatin1String("LC_")))
            environment.remove(name);
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutSeconds)
{
    return runIn(QProcessEnvironment::systemEnvironment(), program, arguments, input, timeoutSeconds);
}

ProcessResult runCli(const QStringList& arguments, const QByteArray& input, int timeoutSeconds)
{
    return runIn(englishEnvironment(), cliPath(), arguments, input, timeoutSeconds);
}

ProcessResult runCliWithEnvironment(const QStringList& arguments, const QMap<QString, QString>& environment,
                                    const QByteArray& input, int timeoutSeconds)
{
    QProcessEnvironment combined = englishEnvironment();
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isEmpty())
            combined.remove(it.key());
        else
            combined.insert(it.key(), it.value());
    }
    return runIn(combined, cliPath(), arguments, input, timeoutSeconds);
}

QString cliPath()
{
    return qEnvironmentVariable("KEYHAVEN_CLI", QStringLiteral(KEYHAVEN_CLI_DEFAULT));
}

QString shippedCliPath()
{
    return QStringLiteral(KEYHAVEN_CLI_DEFAULT);
}

bool haveProgram(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty()
        || !QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty();
}

bool runningAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace keyhaven::test
