// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven: the wizard that backs up a recovery key, or finds one by its key ID.
#include "BackupWizard.h"
#include "InterfaceFont.h"
#include "QuitAfterFirstPaint.h"
#include "WizardCommandLine.h"
#include "WizardSession.h"
#include "ReadableIndicators.h"
#include "WizardWindow.h"

#include "i18n/Language.h"
#include "platform/OpenSslLifetime.h"
#include "platform/ProcessExit.h"
#include "platform/ProcessHardening.h"
#include "platform/WorkerThreads.h"

#include <QApplication>
#include <QIcon>

#include <algorithm>
#include <cstdio>

namespace {

int run(int argc, char* argv[])
{
    if (const std::optional<int> answered = keyhaven::WizardCommandLine::answer(argc, argv))
        return *answered;
    QApplication app(argc, argv);
    const keyhaven::WorkerThreadsEndFirst workerThreadsEndFirst;
    QApplication::setApplicationName(QStringLiteral("keyhaven"));
    QApplication::setOrganizationName(QStringLiteral("Keyhaven"));
    QApplication::setApplicationVersion(QStringLiteral(KEYHAVEN_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyhaven"));
    // The application ID: the desktop file's name, and the Wayland app ID that ties the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(KEYHAVEN_APP_ID));
    QIcon icon;
    for (const char* size : { "32", "64", "128" })
        icon.addFile(QStringLiteral(":/icons/keyhaven-%1.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);
    // --lang en|ja|nb, else the system's language; before any window exists. A bad value is reported and the
    // system's language used. The welcome page's language box changes it later (WizardWindow).
    QStringList arguments = QApplication::arguments();
    // Without --lang, the language chosen on the welcome page in an earlier run.
    const bool languageGiven = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& argument) {
        return argument == QLatin1String("--lang") || argument.startsWith(QLatin1String("--lang="));
    });
    if (const std::optional<QString> saved = keyhaven::WizardWindow::savedLanguage(); saved && !languageGiven)
        arguments << QStringLiteral("--lang") << *saved;
    QString languageError;
    const keyhaven::i18n::InstalledLanguage language =
        keyhaven::i18n::useLanguageFromArguments(arguments, &languageError);
    keyhaven::useInterfaceFontFor(language.choice.locale);
    keyhaven::makeIndicatorsReadable();
    if (!languageError.isEmpty())
        std::fprintf(stderr, "%s\n", qUtf8Printable(languageError));

    keyhaven::WizardSession session(keyhaven::WizardEnvironment::system());
    keyhaven::WizardWindow window(session);
    // For developers (tests/benchmarks/startup.sh): KEYHAVEN_QUIT_AFTER_FIRST_PAINT=1 quits after the first page
    // is painted. No effect without it.
    keyhaven::QuitAfterFirstPaint::installIfRequested(window.wizard());
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    keyhaven::hardenProcess();
    keyhaven::keepOpenSslUntilProcessExit();
    return keyhaven::finishProcess(run(argc, argv));
}
