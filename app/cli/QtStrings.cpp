// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own words that keyhaven-cli prints (QCommandLineParser's help and errors), listed here so that lupdate
// puts them into our translations. Qt has no Bokmål catalog, and its Japanese one predates some of these;
// our catalog is installed after Qt's, so these translations win (core/i18n/Language.cpp). The texts must be
// exactly Qt 6's; a text Qt changes simply stays untranslated.
#include <QtGlobal>

namespace {

[[maybe_unused]] const char* const commandLineParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

} // namespace
