// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <iostream>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace keyhaven::cli {

namespace {

constexpr qint64 MaximumKeyInput = 64 * 1024;

void writeTo(FILE* stream, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

bool standardInputIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// Reads one line from the terminal without echoing it, so that the key is not left on screen.
SecureBytes readHiddenLine()
{
    SecureBytes line;
#if defined(Q_OS_UNIX)
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios hidden = saved;
        hidden.c_lflag &= static_cast<tcflag_t>(~ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && line.size() < MaximumKeyInput)
        line.append(c);
    c = 0;
    if (haveTerminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
#endif
    return line;
}

SecureBytes readAllInput(QFile& file, bool* tooLarge)
{
    SecureBytes input;
    char buffer[4096];
    qint64 n = 0;
    while ((n = file.read(buffer, sizeof buffer)) > 0) {
        input.append(buffer, static_cast<std::size_t>(n));
        if (input.size() > MaximumKeyInput) {
            *tooLarge = true;
            break;
        }
    }
    wipe(buffer, sizeof buffer);
    return input;
}

void trimLineEnd(SecureBytes& input)
{
    std::size_t size = input.size();
    while (size > 0 && (input.data()[size - 1] == '\n' || input.data()[size - 1] == '\r'))
        --size;
    input.resize(size);
}

} // namespace

void Cli::setUpParser(QCommandLineParser& parser, const QString& command, const QString& description)
{
    Q_UNUSED(command)
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document on standard output.")});
}

std::optional<int> Cli::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        error(tr("Run “keyhaven-cli %1 --help” for how to use it.").arg(arguments.value(0)));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program as it was started (a whole path, on Windows with ".exe"); the
        // usage line shows its name and the command. "[options]" as QCommandLineParser writes it, in the UI
        // language.
        const QString options = QCoreApplication::translate("QCommandLineParser", "[options]");
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().value(0) + QLatin1Char(' ') + options,
                     QStringLiteral("keyhaven-cli ") + arguments.value(0) + QLatin1Char(' ') + options);
        out(help);
        return Success;
    }
    return std::nullopt;
}

void Cli::out(const QString& text)
{
    writeTo(stdout, text);
}

void Cli::error(const QString& text)
{
    writeTo(stderr, text);
}

void Cli::json(const QJsonDocument& document)
{
    QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    wipe(bytes);
}

Cli::KeyInput Cli::readKey(const QString& keyFile, const QString& prompt)
{
    KeyInput result;
    if (keyFile.isEmpty() && standardInputIsTerminal()) {
        std::fputs(qPrintable(prompt.isEmpty() ? tr("Type the key, then press Enter (it is not shown): ") : prompt),
                   stderr);
        result.key = readHiddenLine();
        return result;
    }
    // Unbuffered, on the descriptor: neither QIODevice's buffer nor stdio's keeps a copy of the key.
    QFile file;
    const auto mode = QIODevice::ReadOnly | QIODevice::Unbuffered;
    const bool opened = keyFile.isEmpty() ? file.open(0, mode) : (file.setFileName(keyFile), file.open(mode));
    if (!opened) {
        result.error = keyFile.isEmpty() ? tr("Could not read the key from standard input.")
                                         : tr("Could not open %1: %2").arg(keyFile, file.errorString());
        result.exitCode = Environment;
        return result;
    }
    bool tooLarge = false;
    result.key = readAllInput(file, &tooLarge);
    if (tooLarge) {
        result.key.clear();
        result.error = tr("The input is far too long to be a key.");
        result.exitCode = Negative;
        return result;
    }
    trimLineEnd(result.key);
    return result;
}

} // namespace keyhaven::cli
