// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardCommandLine.h"

#include "i18n/Language.h"

#include <cstdio>
#include <cstring>

namespace keyhaven {

QString WizardCommandLine::help()
{
    return tr("Usage: keyhaven [--lang LANG]\n\n"
              "Opens the Keyhaven wizard: back up a BitLocker or FileVault recovery key (to an account, a USB "
              "flash drive, a text file or a printed recovery sheet, reading every copy back), or find a saved key "
              "by its key ID.\n\n"
              "Options:\n"
              "  --lang LANG  the language: en (English), ja (Japanese) or nb (Norwegian Bokmål); without it, the "
              "language chosen on the first page last time, else the system's\n"
              "  --version    print the version and exit\n"
              "  --help       print this help and exit\n\n"
              "The command-line tool for scripts is keyhaven-cli.");
}

std::optional<int> WizardCommandLine::answer(int& argc, char* argv[])
{
    bool version = false;
    bool wantsHelp = false;
    for (int i = 1; i < argc; ++i) {
        version = version || std::strcmp(argv[i], "--version") == 0;
        wantsHelp = wantsHelp || std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
    }
    if (!version && !wantsHelp)
        return std::nullopt;
    const QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    QString languageError;
    i18n::useLanguageFromArguments(arguments, &languageError);
    const QString text = version ? QStringLiteral("keyhaven %1").arg(QStringLiteral(KEYHAVEN_VERSION)) : help();
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
    return 0;
}

} // namespace keyhaven
