// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace keyhaven::test {

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const;
};

// Runs a program to completion (at most `timeoutSeconds`), feeding `input` on stdin.
ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutSeconds = 120);
// Runs the keyhaven-cli built with these tests.
ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {}, int timeoutSeconds = 120);
QString cliPath();
bool haveProgram(const QString& program);

} // namespace keyhaven::test
