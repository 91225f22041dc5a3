// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli: the command-line tool on the same core as the wizard.
#include "Cli.h"

#include "i18n/Language.h"
#include "platform/OpenSslLifetime.h"
#include "platform/ProcessExit.h"
#include "platform/ProcessHardening.h"
#include "platform/WorkerThreads.h"
#include "volumes/MetadataHelper.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

const Command commands[] = {
    {"validate", QT_TRANSLATE_NOOP("Cli", "check the key on standard input and print its canonical form"),
     keyhaven::cli::runValidate},
    {"inspect", QT_TRANSLATE_NOOP("Cli", "read key material from files and list the keys found"),
     keyhaven::cli::runInspect},
    {"volumes", QT_TRANSLATE_NOOP("Cli", "list encrypted volumes and their protectors"),
     keyhaven::cli::runVolumes},
    {"verify", QT_TRANSLATE_NOOP("Cli", "check whether a key opens a volume, without mounting it"),
     keyhaven::cli::runVerify},
    {"recover", QT_TRANSLATE_NOOP("Cli", "read a drive's recovery keys back with its password or startup key"),
     keyhaven::cli::runRecover},
    {"backup", QT_TRANSLATE_NOOP("Cli", "save a key to files, USB sticks and more, and read each copy back"),
     keyhaven::cli::runBackup},
    {"find", QT_TRANSLATE_NOOP("Cli", "find saved keys by key ID in files and folders"),
     keyhaven::cli::runFind},
    {"ledger", QT_TRANSLATE_NOOP("Cli", "list what was saved where, and which copies are stale"),
     keyhaven::cli::runLedger},
    {"check", QT_TRANSLATE_NOOP("Cli", "re-read every copy in the ledger and say which still work"),
     keyhaven::cli::runCheck},
    {"account", QT_TRANSLATE_NOOP("Cli", "add, list or remove the accounts keys are uploaded to"),
     keyhaven::cli::runAccount},
    {"pending", QT_TRANSLATE_NOOP("Cli", "list the uploads still waiting, or retry them (--retry)"),
     keyhaven::cli::runPending},
};

QString usage()
{
    using keyhaven::cli::Cli;
    QString text = Cli::tr("Usage: keyhaven-cli COMMAND [options]\n\n"
                           "Keeps a safe, proven copy of a BitLocker or FileVault recovery key.\n"
                           "Keys are read from standard input (or --key-file), never from arguments.\n\n"
                           "Commands:\n");
    for (const Command& command : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("Cli", command.summary));
    text += Cli::tr("\nEvery command takes --lang LANG: the language of its messages, en (English), ja (Japanese) "
                    "or nb (Norwegian Bokmål); without it, the system's language.\n"
                    "Run “keyhaven-cli COMMAND --help” for a command's options.\n"
                    "Exit codes: 0 success, 1 a negative answer, 2 usage error, 3 I/O or environment error.");
    return text;
}

// The recovery sheet (backup --to sheet:/print:) paints text, which needs a QGuiApplication; on Linux without a
// display it draws offscreen (Windows and the Mac always have their own platform, window or not). Every other
// command keeps the lighter, faster-starting QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    keyhaven::i18n::takeLanguageOption(arguments, nullptr); // the command may follow --lang
    if (arguments.value(0) != QLatin1String("backup"))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

int run(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    const keyhaven::WorkerThreadsEndFirst workerThreadsEndFirst;
    QCoreApplication::setApplicationName(QStringLiteral("keyhaven"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keyhaven"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYHAVEN_VERSION));

    using keyhaven::cli::Cli;
    // --lang LANG is global: it may stand before or after the command, and is gone before the command parses.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString languageError;
    keyhaven::i18n::useLanguageFromArguments(arguments, &languageError);
    if (!languageError.isEmpty()) {
        Cli::error(languageError);
        return keyhaven::cli::UsageError;
    }
    if (arguments.isEmpty()) {
        Cli::error(usage());
        return keyhaven::cli::UsageError;
    }
    const QString& name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        Cli::out(usage());
        return keyhaven::cli::Success;
    }
    if (name == QLatin1String("--version")) {
        Cli::out(QStringLiteral("keyhaven-cli ") + QCoreApplication::applicationVersion());
        return keyhaven::cli::Success;
    }
    // A drive this user may not read is read through the metadata helper (pkexec asks for an administrator's
    // password); the person is told first what is asked for. Without a polkit agent pkexec fails at once.
    keyhaven::MetadataHelper::setAllowed(true);
    keyhaven::MetadataHelper::setAnnouncer([](const QString& message) { Cli::error(message); });
    for (const Command& command : commands)
        if (name == QLatin1String(command.name)) {
            keyhaven::cli::noticePendingUploads(name);
            return command.run(arguments);
        }

    Cli::error(Cli::tr("Unknown command “%1”.").arg(name));
    Cli::error(usage());
    return keyhaven::cli::UsageError;
}

} // namespace

int main(int argc, char* argv[])
{
    keyhaven::hardenProcess();
    keyhaven::keepOpenSslUntilProcessExit();
    return keyhaven::finishProcess(run(argc, argv));
}
