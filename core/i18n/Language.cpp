// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace keyhaven::i18n {

namespace {

// Where the language option's messages get their words from.
class LanguageOption
{
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)
};

const QString optionName = QStringLiteral("--lang");

// What was wrong with --lang, so that the message can be made once the translator is in place.
enum class OptionProblem { None, MissingValue, UnknownLanguage };

struct TakenOption
{
    std::optional<QString> value;
    OptionProblem problem = OptionProblem::None;
};

TakenOption takeOption(QStringList& arguments)
{
    TakenOption taken;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == optionName) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1Char('-'))) {
                taken.problem = OptionProblem::MissingValue;
                arguments.removeAt(i);
                continue;
            }
            taken.value = arguments.at(i + 1);
            arguments.remove(i, 2);
            continue;
        }
        if (argument.startsWith(optionName + QLatin1Char('='))) {
            taken.value = argument.mid(optionName.size() + 1);
            arguments.removeAt(i);
            if (taken.value->isEmpty()) {
                taken.value.reset();
                taken.problem = OptionProblem::MissingValue;
            }
            continue;
        }
        ++i;
    }
    if (taken.value && !parseLanguage(*taken.value)) {
        taken.problem = OptionProblem::UnknownLanguage;
    }
    return taken;
}

QString problemText(const TakenOption& taken)
{
    switch (taken.problem) {
    case OptionProblem::None:
        break;
    case OptionProblem::MissingValue:
        return LanguageOption::tr("The option --lang needs a language: en, ja or nb.");
    case OptionProblem::UnknownLanguage:
        return LanguageOption::tr("Unknown language “%1”: use en (English), ja (Japanese) or nb (Norwegian Bokmål).")
            .arg(taken.value.value_or(QString()));
    }
    return {};
}

QLocale usualLocale(Language language)
{
    switch (language) {
    case Language::English:
        break;
    case Language::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case Language::NorwegianBokmal:
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    }
    // English outside the countries that write it (en_NO does not exist): British English, A4 like most of the
    // world, rather than American English and Letter paper.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QLocale::Language qtLanguage(Language language)
{
    return usualLocale(language).language();
}

struct Installed
{
    QPointer<QTranslator> keyhaven;
    QPointer<QTranslator> qt;
    LanguageChoice choice { Language::English, QLocale::system() };
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

// Loads and installs a catalog; the application owns the translator from then on.
QPointer<QTranslator> installCatalog(const QString& path)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(path) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    return translator;
}

} // namespace

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        break;
    case Language::Japanese:
        return QStringLiteral("ja");
    case Language::NorwegianBokmal:
        return QStringLiteral("nb");
    }
    return QStringLiteral("en");
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::English:
        break;
    case Language::Japanese:
        return QStringLiteral("日本語");
    case Language::NorwegianBokmal:
        return QStringLiteral("Norsk bokmål");
    }
    return QStringLiteral("English");
}

QList<Language> languages()
{
    return { Language::English, Language::Japanese, Language::NorwegianBokmal };
}

std::optional<Language> parseLanguage(QStringView name)
{
    // Drop the encoding and modifier of POSIX names (ja_JP.UTF-8, nb_NO.UTF-8@euro).
    name = name.trimmed();
    for (const QChar end : { QLatin1Char('.'), QLatin1Char('@') }) {
        const qsizetype at = name.indexOf(end);
        if (at >= 0)
            name = name.left(at);
    }
    qsizetype languageEnd = 0;
    while (languageEnd < name.size() && name.at(languageEnd) != QLatin1Char('_')
           && name.at(languageEnd) != QLatin1Char('-'))
        ++languageEnd;
    // What follows the language (region, script) is letters and digits between separators.
    for (QChar c : name.mid(languageEnd)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return std::nullopt;
    }
    const QString language = name.left(languageEnd).toString().toLower();
    if (language == QLatin1String("en"))
        return Language::English;
    if (language == QLatin1String("ja"))
        return Language::Japanese;
    if (language == QLatin1String("nb") || language == QLatin1String("no") || language == QLatin1String("nn"))
        return Language::NorwegianBokmal;
    return std::nullopt;
}

Language languageFromUiLanguages(const QStringList& uiLanguages)
{
    for (const QString& name : uiLanguages) {
        if (const std::optional<Language> language = parseLanguage(name))
            return *language;
    }
    return Language::English;
}

LanguageChoice chooseLanguage(const std::optional<QString>& requested, const QLocale& system)
{
    return chooseLanguage(requested, system.uiLanguages(), system);
}

LanguageChoice chooseLanguage(const std::optional<QString>& requested, const QStringList& systemUiLanguages,
                              const QLocale& system)
{
    const std::optional<Language> asked = requested ? parseLanguage(*requested) : std::nullopt;
    LanguageChoice choice;
    choice.language = asked ? *asked : languageFromUiLanguages(systemUiLanguages);

    const std::optional<Language> systemLanguage = parseLanguage(system.name());
    // The system's own locale, when it is of this language: it keeps the user's region.
    if (systemLanguage == choice.language && system.language() == qtLanguage(choice.language)) {
        choice.locale = system;
        return choice;
    }
    // English words because nothing better was there: the user's dates and numbers stay.
    if (!asked && choice.language == Language::English && !systemLanguage) {
        choice.locale = system;
        return choice;
    }
    // --lang ja_JP, --lang no_NO: the region asked for, as long as the locale is of the chosen language.
    if (asked && requested->contains(QRegularExpression(QStringLiteral("[_-]")))) {
        QString name = requested->trimmed();
        const qsizetype end = name.indexOf(QRegularExpression(QStringLiteral("[.@]")));
        if (end >= 0)
            name.truncate(end);
        const QLocale region(name);
        if (region.language() == qtLanguage(choice.language)) {
            choice.locale = region;
            return choice;
        }
    }
    // The language in the user's country where it is written there (en_DE): the paper size and the way of
    // writing dates stay the region's.
    const QLocale inTerritory(qtLanguage(choice.language), system.territory());
    if (system.territory() != QLocale::AnyTerritory && inTerritory.territory() == system.territory()
        && inTerritory.language() == qtLanguage(choice.language)) {
        choice.locale = inTerritory;
        return choice;
    }
    // English on a system without a region (the C locale): as before there was a choice.
    if (choice.language == Language::English && system.territory() == QLocale::AnyTerritory) {
        choice.locale = system;
        return choice;
    }
    choice.locale = usualLocale(choice.language);
    return choice;
}

std::optional<QString> takeLanguageOption(QStringList& arguments, QString* error)
{
    const TakenOption taken = takeOption(arguments);
    if (error)
        *error = problemText(taken);
    if (taken.problem != OptionProblem::None)
        return std::nullopt;
    return taken.value;
}

InstalledLanguage setLanguage(const LanguageChoice& choice)
{
    InstalledLanguage result;
    result.choice = choice;
    Installed& state = installed();
    // Ours goes in after Qt's: the translator installed last is asked first, so our words for Qt's own texts
    // (the Bokmål that Qt lacks) win.
    if (QCoreApplication::instance()) {
        removeTranslator(state.keyhaven);
        removeTranslator(state.qt);
        const QString code = languageCode(choice.language);
        if (choice.language != Language::English) {
            const QString qtCatalog = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_")
                + code + QStringLiteral(".qm");
            if (QFileInfo::exists(qtCatalog)) {
                state.qt = installCatalog(qtCatalog);
                if (state.qt)
                    result.qtCatalog = qtCatalog;
            }
        }
        // English too: its catalog has the plural forms of "%n file(s)".
        const QString ours = QStringLiteral(":/i18n/keyhaven_") + code + QStringLiteral(".qm");
        state.keyhaven = installCatalog(ours);
        if (state.keyhaven)
            result.keyhavenCatalog = ours;
    }
    QLocale::setDefault(choice.locale);
    state.choice = choice;
    return result;
}

InstalledLanguage switchLanguage(Language language)
{
    return setLanguage(chooseLanguage(languageCode(language), QLocale::system()));
}

LanguageChoice currentLanguage()
{
    return installed().choice;
}

InstalledLanguage useLanguageFromArguments(QStringList& arguments, QString* error)
{
    const TakenOption taken = takeOption(arguments);
    const std::optional<QString> requested
        = taken.problem == OptionProblem::None ? taken.value : std::optional<QString>();
    InstalledLanguage result = setLanguage(chooseLanguage(requested, QLocale::system()));
    // Made now, so that it is in the system's language.
    if (error)
        *error = problemText(taken);
    return result;
}

} // namespace keyhaven::i18n
