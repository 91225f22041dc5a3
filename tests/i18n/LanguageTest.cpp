// SPDX-License-Identifier: GPL-3.0-or-later
// core/i18n/Language: which language and locale from --lang and the system, and installing the translations.
#include "i18n/Language.h"

#include "support/catch.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>

using namespace keyhaven::i18n;

namespace {

// Puts English and the system locale back when a test that switched languages ends.
struct RestoreEnglish
{
    ~RestoreEnglish() { setLanguage({ Language::English, QLocale::system() }); }
};

// Counts the LanguageChange events the application gets (what widgets retranslate on).
class LanguageChangeCounter : public QObject
{
public:
    LanguageChangeCounter() { QCoreApplication::instance()->installEventFilter(this); }
    ~LanguageChangeCounter() override { QCoreApplication::instance()->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

QString translate(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

TEST_CASE("language names as people and systems write them", "[i18n][language]")
{
    for (const char* name : { "ja", "ja_JP", "ja-JP", "ja_JP.UTF-8", "JA", " ja " })
        CHECK(parseLanguage(QString::fromLatin1(name)) == Language::Japanese);
    for (const char* name : { "nb", "nb_NO", "nb-NO", "nb_NO.UTF-8", "no", "no_NO", "no_NO.UTF-8", "nb_NO.UTF-8@euro" })
        CHECK(parseLanguage(QString::fromLatin1(name)) == Language::NorwegianBokmal);
    // No Nynorsk translation: Bokmål is closer than English.
    CHECK(parseLanguage(u"nn_NO") == Language::NorwegianBokmal);
    for (const char* name : { "en", "en_US", "en_GB.UTF-8", "en-GB" })
        CHECK(parseLanguage(QString::fromLatin1(name)) == Language::English);
    for (const char* name : { "de", "de_DE", "C", "POSIX", "", "jap", "ja!", "ja_JP/../x" })
        CHECK_FALSE(parseLanguage(QString::fromLatin1(name)).has_value());
}

TEST_CASE("the system's UI languages decide in their order, English when none is ours", "[i18n][language]")
{
    CHECK(languageFromUiLanguages({ QStringLiteral("ja-JP"), QStringLiteral("ja") }) == Language::Japanese);
    CHECK(languageFromUiLanguages({ QStringLiteral("de-DE"), QStringLiteral("nb-NO") }) == Language::NorwegianBokmal);
    CHECK(languageFromUiLanguages({ QStringLiteral("en-GB"), QStringLiteral("ja-JP") }) == Language::English);
    CHECK(languageFromUiLanguages({ QStringLiteral("C") }) == Language::English);
    CHECK(languageFromUiLanguages({}) == Language::English);
    // What QLocale itself lists for these system locales.
    CHECK(languageFromUiLanguages(QLocale(QStringLiteral("ja_JP")).uiLanguages()) == Language::Japanese);
    CHECK(languageFromUiLanguages(QLocale(QStringLiteral("nb_NO")).uiLanguages()) == Language::NorwegianBokmal);
    CHECK(languageFromUiLanguages(QLocale(QStringLiteral("no_NO")).uiLanguages()) == Language::NorwegianBokmal);
    CHECK(languageFromUiLanguages(QLocale(QStringLiteral("nn_NO")).uiLanguages()) == Language::NorwegianBokmal);
    CHECK(languageFromUiLanguages(QLocale(QStringLiteral("de_DE")).uiLanguages()) == Language::English);
}

TEST_CASE("the locale: the system's when it is of the language, else the language's usual one", "[i18n][language]")
{
    const auto choose = [](std::optional<QString> requested, const char* system) {
        const QLocale locale { QString::fromLatin1(system) };
        return chooseLanguage(requested, locale);
    };

    SECTION("from the system alone")
    {
        LanguageChoice choice = choose(std::nullopt, "ja_JP");
        CHECK(choice.language == Language::Japanese);
        CHECK(choice.locale.name() == QStringLiteral("ja_JP"));

        choice = choose(std::nullopt, "nb_NO");
        CHECK(choice.language == Language::NorwegianBokmal);
        CHECK(choice.locale.name() == QStringLiteral("nb_NO"));

        choice = choose(std::nullopt, "no_NO");
        CHECK(choice.language == Language::NorwegianBokmal);
        CHECK(choice.locale.language() == QLocale::NorwegianBokmal);

        // Nynorsk: Bokmål words, and a Bokmål locale to go with them.
        choice = choose(std::nullopt, "nn_NO");
        CHECK(choice.language == Language::NorwegianBokmal);
        CHECK(choice.locale.name() == QStringLiteral("nb_NO"));

        // A language without a translation: English words, the user's own dates and numbers.
        choice = choose(std::nullopt, "de_DE");
        CHECK(choice.language == Language::English);
        CHECK(choice.locale.name() == QStringLiteral("de_DE"));

        choice = choose(std::nullopt, "en_GB");
        CHECK(choice.language == Language::English);
        CHECK(choice.locale.name() == QStringLiteral("en_GB"));
    }

    SECTION("--lang wins over the system")
    {
        LanguageChoice choice = choose(QStringLiteral("ja"), "en_US");
        CHECK(choice.language == Language::Japanese);
        CHECK(choice.locale.name() == QStringLiteral("ja_JP"));

        choice = choose(QStringLiteral("nb"), "ja_JP");
        CHECK(choice.language == Language::NorwegianBokmal);
        CHECK(choice.locale.name() == QStringLiteral("nb_NO"));

        choice = choose(QStringLiteral("no_NO.UTF-8"), "C");
        CHECK(choice.language == Language::NorwegianBokmal);
        CHECK(choice.locale.language() == QLocale::NorwegianBokmal);

        // English in Norway: there is no en_NO; British English keeps A4 paper (not en_US and Letter).
        choice = choose(QStringLiteral("en"), "nb_NO");
        CHECK(choice.language == Language::English);
        CHECK(choice.locale.name() == QStringLiteral("en_GB"));

        // English in Germany: en_DE exists, and keeps the region's ways.
        choice = choose(QStringLiteral("en"), "de_DE");
        CHECK(choice.locale.name() == QStringLiteral("en_DE"));

        // The C locale has no region: it stays.
        choice = choose(QStringLiteral("en"), "C");
        CHECK(choice.locale.language() == QLocale::C);

        // Japanese in the United States: ja_US does not exist.
        choice = choose(QStringLiteral("ja"), "en_US");
        CHECK(choice.locale.name() == QStringLiteral("ja_JP"));

        // The same language as the system: the system's locale stays.
        choice = choose(QStringLiteral("en"), "en_GB");
        CHECK(choice.locale.name() == QStringLiteral("en_GB"));
    }

    SECTION("other UI languages listed before the locale's (LANGUAGE=ja:de)")
    {
        const LanguageChoice choice = chooseLanguage(std::nullopt, { QStringLiteral("ja"), QStringLiteral("de-DE") },
                                                     QLocale(QStringLiteral("de_DE")));
        CHECK(choice.language == Language::Japanese);
        CHECK(choice.locale.name() == QStringLiteral("ja_JP"));
    }
}

TEST_CASE("the option --lang is taken out of the arguments wherever it stands", "[i18n][language]")
{
    QString error;
    QStringList arguments { QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("validate") };
    CHECK(takeLanguageOption(arguments, &error) == QStringLiteral("ja"));
    CHECK(arguments == QStringList { QStringLiteral("validate") });
    CHECK(error.isEmpty());

    arguments = { QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("--lang=nb_NO") };
    CHECK(takeLanguageOption(arguments, &error) == QStringLiteral("nb_NO"));
    CHECK(arguments == QStringList { QStringLiteral("validate"), QStringLiteral("--json") });

    arguments = { QStringLiteral("find"), QStringLiteral("--"), QStringLiteral("--lang"), QStringLiteral("ja") };
    CHECK_FALSE(takeLanguageOption(arguments, &error).has_value());
    CHECK(arguments.size() == 4); // after "--" it is a file name

    arguments = { QStringLiteral("inspect"), QStringLiteral("file") };
    CHECK_FALSE(takeLanguageOption(arguments, &error).has_value());
    CHECK(error.isEmpty());
    CHECK(arguments.size() == 2);

    SECTION("a missing value")
    {
        arguments = { QStringLiteral("validate"), QStringLiteral("--lang") };
        CHECK_FALSE(takeLanguageOption(arguments, &error).has_value());
        CHECK(error.contains(QStringLiteral("--lang")));
        CHECK(arguments == QStringList { QStringLiteral("validate") });

        arguments = { QStringLiteral("--lang"), QStringLiteral("--json"), QStringLiteral("validate") };
        CHECK_FALSE(takeLanguageOption(arguments, &error).has_value());
        CHECK_FALSE(error.isEmpty());
        CHECK(arguments == QStringList { QStringLiteral("--json"), QStringLiteral("validate") });

        arguments = { QStringLiteral("--lang="), QStringLiteral("validate") };
        CHECK_FALSE(takeLanguageOption(arguments, &error).has_value());
        CHECK_FALSE(error.isEmpty());
    }

    SECTION("a language Keyhaven does not speak")
    {
        arguments = { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("validate") };
        CHECK_FALSE(takeLanguageOption(arguments, &error).has_value());
        CHECK(error.contains(QStringLiteral("“de”")));
        CHECK(arguments == QStringList { QStringLiteral("validate") });
    }
}

TEST_CASE("the translations are embedded under :/i18n", "[i18n][language]")
{
    for (const char* name : { ":/i18n/keyhaven_ja.qm", ":/i18n/keyhaven_nb.qm" }) {
        INFO(name);
        QFile file(QString::fromLatin1(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.size() > 10000);
    }
}

TEST_CASE("setting the language installs the translations, the locale, and tells the windows", "[i18n][language]")
{
    const RestoreEnglish restore;
    LanguageChangeCounter changes;

    InstalledLanguage installed = switchLanguage(Language::Japanese);
    CHECK(installed.keyhavenCatalog == QStringLiteral(":/i18n/keyhaven_ja.qm"));
    CHECK(translate("RecoverySheet", "Recovery key ID") == QStringLiteral("回復キー ID"));
    CHECK(translate("RecoveryPassword", "Group %1 is not valid: one of its digits is wrong.")
          == QStringLiteral("グループ %1 は無効です。数字のどれかが間違っています。"));
    CHECK(QLocale().language() == QLocale::Japanese);
    CHECK(currentLanguage().language == Language::Japanese);
    // Debian's Qt has Japanese: its catalog goes in too, and ours still wins for the texts we translate.
    const QString qtJapanese = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ja.qm");
    if (QFile::exists(qtJapanese)) {
        CHECK(installed.qtCatalog == qtJapanese);
        CHECK(translate("QCommandLineParser", "Displays version information.")
              == QStringLiteral("バージョン情報を表示します。"));
    }
    CHECK(changes.count >= 1);

    // Switching at run time (the wizard's language menu) replaces the translations.
    const int before = changes.count;
    installed = switchLanguage(Language::NorwegianBokmal);
    CHECK(installed.keyhavenCatalog == QStringLiteral(":/i18n/keyhaven_nb.qm"));
    CHECK(installed.qtCatalog.isEmpty()); // no Bokmål from Qt; nothing Nynorsk slipped in
    CHECK(translate("RecoverySheet", "Recovery key ID") == QStringLiteral("Gjenopprettingsnøkkel-ID"));
    CHECK(translate("QCommandLineParser", "Options:") == QStringLiteral("Alternativer:"));
    CHECK(QCoreApplication::translate("Cli", "%n upload(s) still waiting.", nullptr, 1)
          == QStringLiteral("1 opplasting venter fortsatt."));
    CHECK(QCoreApplication::translate("Cli", "%n upload(s) still waiting.", nullptr, 3)
          == QStringLiteral("3 opplastinger venter fortsatt."));
    CHECK(QLocale().language() == QLocale::NorwegianBokmal);
    CHECK(QLocale().toString(QDate(2026, 3, 14), QLocale::LongFormat).contains(QStringLiteral("mars")));
    CHECK(changes.count > before);

    installed = switchLanguage(Language::English);
    CHECK(installed.keyhavenCatalog == QStringLiteral(":/i18n/keyhaven_en.qm")); // the English plural forms
    CHECK(installed.qtCatalog.isEmpty());
    CHECK(translate("RecoverySheet", "Recovery key ID") == QStringLiteral("Recovery key ID"));
    CHECK(QCoreApplication::translate("Cli", "%n upload(s) still waiting.", nullptr, 1)
          == QStringLiteral("1 upload still waiting."));
    CHECK(QCoreApplication::translate("Cli", "%n upload(s) still waiting.", nullptr, 3)
          == QStringLiteral("3 uploads still waiting."));
    // English: the system's locale when it has no region (C, as in the test environment), else an English one.
    CHECK((QLocale().language() == QLocale::English || QLocale().language() == QLocale::C));
    CHECK(currentLanguage().language == Language::English);
}

TEST_CASE("the executables' start: --lang from the arguments, else the system", "[i18n][language]")
{
    const RestoreEnglish restore;
    QString error;
    QStringList arguments { QStringLiteral("keyhaven"), QStringLiteral("--lang"), QStringLiteral("nb") };
    InstalledLanguage installed = useLanguageFromArguments(arguments, &error);
    CHECK(error.isEmpty());
    CHECK(arguments == QStringList { QStringLiteral("keyhaven") });
    CHECK(installed.choice.language == Language::NorwegianBokmal);

    arguments = { QStringLiteral("keyhaven"), QStringLiteral("--lang"), QStringLiteral("xx") };
    installed = useLanguageFromArguments(arguments, &error);
    CHECK(error.contains(QStringLiteral("xx")));
    CHECK(installed.choice.language == languageFromUiLanguages(QLocale::system().uiLanguages()));
}
