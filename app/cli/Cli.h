// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyhaven::cli {

// The exit codes of the CLI contract.
enum ExitCode : int {
    Success = 0,
    Negative = 1,    // invalid key, key does not open the volume, nothing found
    UsageError = 2,
    Environment = 3, // I/O or environment error
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Sets up a parser for one command: its description, --help and --json.
    static void setUpParser(QCommandLineParser& parser, const QString& command, const QString& description);
    // Parses `arguments` (the command name first); prints help or a usage error when needed and
    // returns the exit code to stop with, or nothing to go on.
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);

    static void out(const QString& text);
    static void error(const QString& text);
    static void json(const QJsonDocument& document);

    // A key from --key-file or standard input, trimmed of the final line break. Never from an argument.
    struct KeyInput
    {
        SecureBytes key;
        QString error;             // translated; set when it could not be read
        int exitCode = Success;    // Environment when unreadable, Negative when it cannot be a key
    };
    // `prompt` replaces the usual "Type the key" when the input is typed on a terminal.
    static KeyInput readKey(const QString& keyFile = {}, const QString& prompt = {});
};

int runValidate(const QStringList& arguments);
int runInspect(const QStringList& arguments);
int runVolumes(const QStringList& arguments);
int runVerify(const QStringList& arguments);
int runRecover(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runFind(const QStringList& arguments);
int runLedger(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runAccount(const QStringList& arguments);
int runPending(const QStringList& arguments);
// Says on standard error when uploads to accounts are still waiting (PendingCommand.cpp).
void noticePendingUploads(const QString& command);

} // namespace keyhaven::cli
