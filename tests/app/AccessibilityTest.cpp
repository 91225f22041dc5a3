// SPDX-License-Identifier: GPL-3.0-or-later
// Every page, for screen readers and keyboard users: each input has a name a screen reader can say, and can
// take the keyboard focus.
#include "BackupWizard.h"
#include "WizardTestSupport.h"

#include "i18n/Language.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QMultiMap>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextEdit>

#include <optional>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

bool isInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QAbstractItemView*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QTextEdit*>(widget);
}

// What a screen reader says for the widget: its accessible name, a button's text, or the label whose buddy it is.
bool hasSpokenName(const QWidget* widget, const QList<QLabel*>& labels)
{
    if (!widget->accessibleName().isEmpty())
        return true;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && !button->text().isEmpty())
        return true;
    return std::any_of(labels.begin(), labels.end(), [widget](const QLabel* label) {
        return label->buddy() == widget && !label->text().isEmpty();
    });
}

// Radio buttons of one choice are one stop for Tab (Qt gives it to the checked one); the arrow keys move
// between them.
bool takesKeyboardFocus(const QWidget* widget)
{
    if (const auto* radio = qobject_cast<const QRadioButton*>(widget); radio && radio->autoExclusive())
        return widget->focusPolicy() & Qt::ClickFocus;
    return widget->focusPolicy() & Qt::TabFocus;
}

// The combo box's own line edit, an item view's header, a line edit's clear button: parts of another input.
bool isPartOfAnotherInput(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)
            || qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QAbstractItemView*>(parent))
            return true;
    }
    return widget->objectName().startsWith(QLatin1String("qt_"));
}

} // namespace

TEST_CASE("Every input on every page has a spoken name and takes the keyboard focus", "[wizard][accessibility]")
{
    WizardFixture fixture;
    int inputs = 0;
    for (const int id : fixture.wizard->pageIds()) {
        QWizardPage* page = fixture.wizard->page(id);
        const QList<QLabel*> labels = page->findChildren<QLabel*>();
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (!isInput(widget) || isPartOfAnotherInput(widget))
                continue;
            ++inputs;
            INFO(page->objectName().toStdString() << ": " << widget->metaObject()->className() << " "
                                                  << widget->objectName().toStdString());
            CHECK(hasSpokenName(widget, labels));
            CHECK(takesKeyboardFocus(widget));
        }
    }
    CHECK(inputs > 30);
}

namespace {

// The letter after "&" in a text ("&Next >" → N, "次へ(&N) >" → N), if it has one.
std::optional<QChar> mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return std::nullopt;
}

// Each mnemonic of the page's buttons, labels and group boxes, and of the wizard's buttons, with where it is.
QMultiMap<QChar, QString> pageMnemonics(BackupWizard& wizard, QWizardPage* page)
{
    QMultiMap<QChar, QString> found;
    auto add = [&found](const QString& text, const QString& where) {
        if (const std::optional<QChar> letter = mnemonic(text))
            found.insert(*letter, where + QStringLiteral(" “") + text + QStringLiteral("”"));
    };
    // The wizard's buttons this page can show: Back after the first page, Commit on the commit page, Finish on
    // the pages that can end the wizard, and Next.
    if (page != wizard.page(wizard.startId()))
        add(wizard.buttonText(QWizard::BackButton), QStringLiteral("wizard button"));
    add(wizard.buttonText(page->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton),
        QStringLiteral("wizard button"));
    if (page->isFinalPage() || page->nextId() == -1)
        add(wizard.buttonText(QWizard::FinishButton), QStringLiteral("wizard button"));
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
        add(button->text(), button->objectName());
    for (const QLabel* label : page->findChildren<QLabel*>())
        if (label->buddy())
            add(label->text(), label->objectName());
    for (const QGroupBox* box : page->findChildren<QGroupBox*>())
        add(box->title(), box->objectName());
    return found;
}

} // namespace

TEST_CASE("No two keyboard shortcuts (&) clash on a page, in English, Japanese and Norwegian",
          "[wizard][accessibility][i18n]")
{
    for (const i18n::Language language : i18n::languages()) {
        i18n::switchLanguage(language);
        WizardFixture fixture; // its pages are built in the language
        for (const int id : fixture.wizard->pageIds()) {
            QWizardPage* page = fixture.wizard->page(id);
            const QMultiMap<QChar, QString> found = pageMnemonics(*fixture.wizard, page);
            for (const QChar letter : found.uniqueKeys()) {
                const QStringList users = found.values(letter);
                INFO(i18n::languageCode(language).toStdString()
                     << " " << page->objectName().toStdString() << ": &" << QString(letter).toStdString() << " on "
                     << users.join(QStringLiteral(", ")).toStdString());
                CHECK(users.size() == 1);
            }
        }
    }
    i18n::switchLanguage(i18n::Language::English);
}
