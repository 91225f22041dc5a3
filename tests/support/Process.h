// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keyhaven::test {

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    // The text a program wrote, with Windows' line ends (its C runtime's text mode) made "\n".
    QString outText() const { return text(out); }
    QString errText() const { return text(err); }
    static QString text(const QByteArray& bytes);
    QJsonDocument json() const;
};

// Runs a program to completion (at most `timeoutSeconds`), feeding `input` on stdin.
ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutSeconds = 120);
// Runs the keyhaven-cli built with these tests. It speaks English here whatever the machine's language
// (LANG, LANGUAGE and LC_* are set to C.UTF-8), so that tests can compare its messages.
ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {}, int timeoutSeconds = 120);
// The same with these environment variables set on top (an empty value removes the variable): for the tests of
// the language chosen from LANG.
ProcessResult runCliWithEnvironment(const QStringList& arguments, const QMap<QString, QString>& environment,
                                    const QByteArray& input = {}, int timeoutSeconds = 120);
QString cliPath();
// The keyhaven-cli that is shipped (never the test build keyhaven-cli-test), whatever $KEYHAVEN_CLI says.
QString shippedCliPath();
bool haveProgram(const QString& program);
// Whether the tests run as root (who reads every file). Windows has no root: false there.
bool runningAsRoot();

} // namespace keyhaven::test
