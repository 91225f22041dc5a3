// SPDX-License-Identifier: GPL-3.0-or-later
// The language box on the welcome page: the wizard comes back in the chosen language, and the choice is kept.
#include "BackupWizard.h"
#include "WizardTestSupport.h"
#include "WizardWindow.h"

#include "i18n/Language.h"
#include "support/catch.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QComboBox* languageBox(BackupWizard* wizard)
{
    auto* box = wizard->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    REQUIRE(box);
    return box;
}

// Chooses the language as a keyboard user does: focus the box, move to its entry.
void chooseWithKeyboard(WizardWindow& window, const QString& code)
{
    QComboBox* box = languageBox(window.wizard());
    const int wanted = box->findData(code);
    REQUIRE(wanted >= 0);
    box->setFocus();
    const Qt::Key key = wanted > box->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
    while (box->currentIndex() != wanted) {
        const int before = box->currentIndex();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(box, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
        QCoreApplication::sendEvent(box, &release);
        REQUIRE(box->currentIndex() != before);
    }
}

} // namespace

TEST_CASE("The language box builds the wizard again in the chosen language and remembers it", "[wizard][language]")
{
    WizardFixture fixture;
    i18n::switchLanguage(i18n::Language::English);
    WizardWindow window(*fixture.session, fixture.settingsFile());
    window.show();
    QPointer<BackupWizard> english = window.wizard();
    const QString englishTitle = english->page(BackupWizard::WelcomePageId)->title();
    CHECK(englishTitle == QLatin1String("Welcome to Keyhaven"));
    CHECK(languageBox(english)->currentText() == QLatin1String("English"));
    CHECK_FALSE(WizardWindow::savedLanguage(fixture.settingsFile()));

    chooseWithKeyboard(window, QStringLiteral("nb"));
    REQUIRE(waitUntil([&] { return english.isNull(); }));
    BackupWizard* norwegian = window.wizard();
    CHECK(norwegian->isVisible());
    CHECK(i18n::currentLanguage().language == i18n::Language::NorwegianBokmal);
    CHECK(QLocale().language() == QLocale::NorwegianBokmal);
    const QString norwegianTitle = norwegian->page(BackupWizard::WelcomePageId)->title();
    CHECK(norwegianTitle != englishTitle);
    CHECK(norwegianTitle == QCoreApplication::translate("keyhaven::WelcomePage", "Welcome to Keyhaven"));
    CHECK(languageBox(norwegian)->currentText() == QStringLiteral("Norsk bokmål"));
    CHECK(WizardWindow::savedLanguage(fixture.settingsFile()) == QStringLiteral("nb"));

    QPointer<BackupWizard> before = norwegian;
    chooseWithKeyboard(window, QStringLiteral("en"));
    REQUIRE(waitUntil([&] { return before.isNull(); }));
    CHECK(window.wizard()->page(BackupWizard::WelcomePageId)->title() == englishTitle);
    CHECK(WizardWindow::savedLanguage(fixture.settingsFile()) == QStringLiteral("en"));
    i18n::switchLanguage(i18n::Language::English);
}

TEST_CASE("Chosen in the language box, Japanese gets a Japanese font and its subtitles are not cut off",
          "[wizard][language]")
{
    WizardFixture fixture;
    i18n::switchLanguage(i18n::Language::English);
    const QFont desktop = QApplication::font();
    WizardWindow window(*fixture.session, fixture.settingsFile());
    window.show();

    QPointer<BackupWizard> english = window.wizard();
    chooseWithKeyboard(window, QStringLiteral("ja"));
    REQUIRE(waitUntil([&] { return english.isNull(); }));
    BackupWizard* japanese = window.wizard();
    CHECK(QFontDatabase::writingSystems(QApplication::font().families().constFirst())
              .contains(QFontDatabase::Japanese));

    // The welcome page's subtitle takes two lines in Japanese: QWizard's header must show both whole.
    const QString subTitle = japanese->currentPage()->subTitle();
    REQUIRE_FALSE(subTitle.isEmpty());
    QLabel* subTitleLabel = nullptr;
    for (QLabel* label : japanese->findChildren<QLabel*>())
        if (label->text() == subTitle && label->isVisible())
            subTitleLabel = label;
    REQUIRE(subTitleLabel);
    REQUIRE(waitUntil([&] { return subTitleLabel->width() > 0; }));
    INFO("font " << QApplication::font().family().toStdString());
    CHECK(subTitleLabel->height() >= subTitleLabel->heightForWidth(subTitleLabel->width()));

    QPointer<BackupWizard> before = japanese;
    chooseWithKeyboard(window, QStringLiteral("en"));
    REQUIRE(waitUntil([&] { return before.isNull(); }));
    CHECK(QApplication::font() == desktop);
    i18n::switchLanguage(i18n::Language::English);
}
