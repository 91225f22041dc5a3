// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/ProcessRunner.h"
#include "support/TestData.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace keyhaven::test {

// A recorded output from tests/platform/data.
QString platformDataPath(const QString& name);
QByteArray platformData(const QString& name);

// Shell scripts that stand in for system tools, in a scratch folder that comes first on the PATH of
// environment(). Each script is written by the test that uses it.
class FakeTools
{
public:
    // Writes an executable `#!/bin/sh` script called `name` with `body`.
    void add(const QString& name, const QByteArray& body);
    QString dir() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.file(name); }
    // The scratch folder, then /usr/bin and /bin (for sh, cat, sleep).
    QProcessEnvironment environment() const;

private:
    ScratchDir m_dir;
};

// A runner that answers from recorded results and remembers every call (stdin included: test keys
// only).
class FakeRunner : public ProcessRunner
{
public:
    struct Call
    {
        QString program;
        QStringList args;
        QByteArray stdinData;
        int timeoutMs = 0;
    };

    static Result exited(int exitCode, const QByteArray& stdOut = {}, const QByteArray& stdErr = {});
    static Result timedOut();

    // Answers `result` when `program` is run with arguments that start with `firstArg` (any arguments
    // when `firstArg` is empty). Anything not answered was "not found".
    void answer(const QString& program, const QString& firstArg, const Result& result);

    Result run(const QString& program, const QStringList& args, const SecureBytes& stdinData,
               int timeoutMs) override;

    QList<Call> calls;

private:
    QHash<QString, Result> m_answers;
};

} // namespace keyhaven::test
