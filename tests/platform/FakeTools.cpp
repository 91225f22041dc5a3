// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeTools.h"

#include "support/catch.h"

#include <QFile>

namespace keyhaven::test {

QString platformDataPath(const QString& name)
{
    return QStringLiteral(KEYHAVEN_PLATFORM_TEST_DATA) + QLatin1Char('/') + name;
}

QByteArray platformData(const QString& name)
{
    QFile file(platformDataPath(name));
    INFO("recorded output " << name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void FakeTools::add(const QString& name, const QByteArray& body)
{
    const QString path = m_dir.write(name, QByteArrayLiteral("#!/bin/sh\n") + body);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QProcessEnvironment FakeTools::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), m_dir.path() + QStringLiteral(":/usr/bin:/bin"));
    return environment;
}

ProcessRunner::Result FakeRunner::exited(int exitCode, const QByteArray& stdOut, const QByteArray& stdErr)
{
    Result result;
    result.started = true;
    result.exitCode = exitCode;
    result.stdOut = stdOut;
    result.stdErr = stdErr;
    return result;
}

ProcessRunner::Result FakeRunner::timedOut()
{
    Result result;
    result.started = true;
    result.timedOut = true;
    result.crashed = true;
    return result;
}

void FakeRunner::answer(const QString& program, const QString& firstArg, const Result& result)
{
    m_answers.insert(program + QLatin1Char(' ') + firstArg, result);
}

ProcessRunner::Result FakeRunner::run(const QString& program, const QStringList& args, const SecureBytes& stdinData,
                                      int timeoutMs)
{
    calls.append({program, args,
                  QByteArray(reinterpret_cast<const char*>(stdinData.data()), qsizetype(stdinData.size())),
                  timeoutMs});
    const QString exact = program + QLatin1Char(' ') + args.value(0);
    if (m_answers.contains(exact))
        return m_answers.value(exact);
    return m_answers.value(program + QLatin1Char(' '));
}

} // namespace keyhaven::test
