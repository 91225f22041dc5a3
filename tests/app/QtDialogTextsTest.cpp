// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt dialogs and menus the wizard shows (file dialogs, the edit menu of a text field) speak the chosen
// language: Debian's Qt has no Bokmål catalog, so our own catalog carries Qt's texts (app/wizard/QtDialogStrings.cpp).
#include "WizardTestSupport.h"

#include "i18n/Language.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

// Every text a user can read or hear in `widget`: labels, buttons and their tips, list entries, headers,
// menu entries.
QStringList textsIn(const QWidget& widget)
{
    QStringList texts;
    auto add = [&texts](const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.append(text);
    };
    for (const QLabel* label : widget.findChildren<QLabel*>())
        if (label->isVisibleTo(&widget))
            add(label->text());
    for (const QAbstractButton* button : widget.findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(&widget))
            continue;
        add(button->text());
        add(button->toolTip());
        add(button->accessibleName());
    }
    for (const QComboBox* box : widget.findChildren<QComboBox*>())
        if (box->isVisibleTo(&widget))
            for (int i = 0; i < box->count(); ++i)
                add(box->itemText(i));
    for (const QTreeView* view : widget.findChildren<QTreeView*>()) {
        if (!view->isVisibleTo(&widget) || !view->model())
            continue;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            if (!view->header()->isSectionHidden(column))
                add(view->model()->headerData(column, Qt::Horizontal).toString());
    }
    return texts;
}

QStringList actionTexts(const QMenu& menu)
{
    QStringList texts;
    for (const QAction* action : menu.actions())
        if (!action->isSeparator())
            texts.append(action->text().section(QLatin1Char('\t'), 0, 0));
    return texts;
}

// The texts of Qt's own file dialog (not the desktop's) in each way the wizard opens one, and of the edit
// menus of a line edit and a text browser.
QStringList qtTexts(const QString& folder)
{
    QStringList texts;
    const auto dialogTexts = [&](QFileDialog::FileMode mode, QFileDialog::AcceptMode accept) {
        QFileDialog dialog(nullptr, QStringLiteral("title"), folder);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(mode);
        dialog.setAcceptMode(accept);
        if (mode == QFileDialog::Directory)
            dialog.setOption(QFileDialog::ShowDirsOnly);
        dialog.show();
        waitUntil([&] { return dialog.isVisible(); }, 2000);
        texts += textsIn(dialog);
        // The kind of the folder listed in it ("Folder"), once the model has read the folder.
        const auto* files = dialog.findChild<QFileSystemModel*>();
        REQUIRE(files);
        const QModelIndex sub = files->index(folder + QStringLiteral("/sub"), 2);
        waitUntil([&] { return !files->data(sub).toString().isEmpty(); }, 5000);
        texts.append(files->data(sub).toString());
        dialog.hide();
    };
    dialogTexts(QFileDialog::ExistingFile, QFileDialog::AcceptOpen);
    dialogTexts(QFileDialog::AnyFile, QFileDialog::AcceptSave);
    dialogTexts(QFileDialog::Directory, QFileDialog::AcceptOpen);

    QLineEdit edit;
    edit.setText(QStringLiteral("text"));
    edit.selectAll();
    const std::unique_ptr<QMenu> editMenu(edit.createStandardContextMenu());
    texts += actionTexts(*editMenu);
    QTextBrowser browser;
    browser.setHtml(QStringLiteral("<a href=\"https://example.org/\">link</a>"));
    const std::unique_ptr<QMenu> browserMenu(browser.createStandardContextMenu());
    texts += actionTexts(*browserMenu);
    return texts;
}

// Words that are the same in Norwegian ("Type" is the column's heading there too).
const QStringList sameInBothLanguages = {QStringLiteral("Type")};

} // namespace

TEST_CASE("Qt's file dialogs and edit menus have no English left in Japanese and Norwegian", "[wizard][language]")
{
    ScratchDir scratch;
    const QString folder = scratch.file(QStringLiteral("folder"));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/sub")));

    i18n::switchLanguage(i18n::Language::English);
    const QStringList english = qtTexts(folder);
    REQUIRE(english.contains(QStringLiteral("Look in:")));
    REQUIRE(english.contains(QStringLiteral("File &name:")));

    for (const i18n::Language language : {i18n::Language::Japanese, i18n::Language::NorwegianBokmal}) {
        i18n::switchLanguage(language);
        const QStringList translated = qtTexts(folder);
        CHECK(translated.size() == english.size());
        QStringList untranslated;
        for (const QString& text : translated)
            if (english.contains(text) && !sameInBothLanguages.contains(text) && !text.startsWith(QLatin1Char('/'))
                && !untranslated.contains(text))
                untranslated.append(text);
        INFO(i18n::languageCode(language).toStdString() << ": " << untranslated.join(QStringLiteral(" | ")).toStdString());
        CHECK(untranslated.isEmpty());
    }
    i18n::switchLanguage(i18n::Language::English);
}
