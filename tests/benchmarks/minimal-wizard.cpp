// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the start-up benchmark (startup.sh): the least a Qt Widgets wizard costs. One QWizard with
// one page (a title and a label), built with the project's compiler and linker flags, set up like app/main.cpp
// (application names, window icon from the same resource path, ModernStyle, the same window size), and quitting
// after the first page is painted with KEYHAVEN_QUIT_AFTER_FIRST_PAINT=1, exactly like `keyhaven`.
#include "QuitAfterFirstPaint.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("minimal-wizard"));
    QApplication::setOrganizationName(QStringLiteral("Keyhaven"));
    QApplication::setApplicationDisplayName(QStringLiteral("Minimal wizard"));
    QIcon icon;
    for (const char* size : { "32", "64", "128" })
        icon.addFile(QStringLiteral(":/icons/keyhaven-%1.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);

    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setWindowTitle(QStringLiteral("Minimal wizard"));
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    page->setSubTitle(QStringLiteral("The least a Qt Widgets wizard costs to start."));
    auto* layout = new QVBoxLayout(page);
    auto* label = new QLabel(QStringLiteral("One page, one label."), page);
    label->setWordWrap(true);
    layout->addWidget(label);
    wizard.addPage(page);
    wizard.resize(760, 560);

    keyhaven::QuitAfterFirstPaint::installIfRequested(&wizard);
    wizard.show();
    return QApplication::exec();
}
