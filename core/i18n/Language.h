// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace keyhaven::i18n {

// The languages Keyhaven speaks. Everything else falls back to English (the source language).
enum class Language {
    English,
    Japanese,
    NorwegianBokmal,
};

// "en", "ja", "nb": the code of the translation files (translations/keyhaven_<code>.ts).
QString languageCode(Language language);
// The language's name in itself ("English", "日本語", "Norsk bokmål"), for a language menu.
QString nativeLanguageName(Language language);
// Every language, in menu order.
QList<Language> languages();

// A language name as people and systems write it: "ja", "ja_JP", "ja-JP", "ja_JP.UTF-8", "nb", "nb_NO",
// "no", "no_NO", "en", "en_GB", … (case-insensitive). Nynorsk ("nn", "nn_NO") falls back to Bokmål:
// there is no Nynorsk translation, and a Nynorsk reader reads Bokmål more easily than English. Nothing for
// a language Keyhaven does not speak, or for text that is not a language name.
std::optional<Language> parseLanguage(QStringView name);
// The first of the system's UI languages (QLocale::uiLanguages(), most preferred first) that Keyhaven speaks
// — English counts, so "en-GB" before "ja-JP" means English —, else English.
Language languageFromUiLanguages(const QStringList& uiLanguages);

// What the program runs in: the language of its words and the locale of its dates, numbers and paper size.
struct LanguageChoice
{
    Language language = Language::English;
    QLocale locale;
};
// `requested` (from --lang; parsed with parseLanguage) wins; otherwise the system's UI languages decide.
// The locale (dates, numbers, the sheet's paper size) is, in this order: the system's when it is of the same
// language (en_GB keeps its dates, nb_NO its region); the requested one when it names a region (--lang ja_JP);
// the language in the system's country when that exists (English on de_DE: en_DE, A4); else the language's
// usual locale (ja_JP, nb_NO, and en_GB for English). When the system speaks a language Keyhaven does not
// translate and nothing was asked, the words are English and the system's locale stays.
LanguageChoice chooseLanguage(const std::optional<QString>& requested, const QLocale& system);
LanguageChoice chooseLanguage(const std::optional<QString>& requested, const QStringList& systemUiLanguages,
                              const QLocale& system);

// Takes the global option `--lang LANG` (or `--lang=LANG`) out of `arguments` (wherever it stands, before
// the first "--") and returns its value; nothing when it is not there. A missing or unknown value is a
// usage error: `error` gets a translated message and the option is still removed.
std::optional<QString> takeLanguageOption(QStringList& arguments, QString* error);

// What setLanguage() installed, for the caller to report and for tests.
struct InstalledLanguage
{
    LanguageChoice choice;
    QString keyhavenCatalog; // ":/i18n/keyhaven_ja.qm" (English: keyhaven_en.qm, its plural forms); empty when
                             // it could not be loaded
    QString qtCatalog; // the path of Qt's own qtbase_<code>.qm, when one exists for the language
};

// Installs the translations for `choice` in the running application, replacing any installed before
// (QCoreApplication then sends QEvent::LanguageChange to every widget, so windows can retranslate), and
// makes choice.locale the default QLocale. Our catalog comes from the resources under :/i18n (the
// keyhaven_translations library); Qt's own qtbase_<code>.qm from QLibraryInfo::TranslationsPath when
// Qt has one (Debian has Japanese, not Bokmål: our catalog translates the Qt texts we show). Call it from
// the main thread, after the QCoreApplication exists. Can be called again at any time to switch.
InstalledLanguage setLanguage(const LanguageChoice& choice);
// The hook for a language menu in the wizard: switches to `language` at run time (its usual locale, or the
// system's when that is of the same language).
InstalledLanguage switchLanguage(Language language);
// The choice setLanguage() last installed (English and the system locale before that).
LanguageChoice currentLanguage();

// main() of both executables: takes --lang out of `arguments`, chooses the language (from it, or the system)
// and installs it. On a bad --lang value, `error` says so (translated into the system language, which is
// installed then).
InstalledLanguage useLanguageFromArguments(QStringList& arguments, QString* error);

} // namespace keyhaven::i18n
