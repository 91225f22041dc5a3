// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardWindow.h"

#include "BackupWizard.h"
#include "IdleGuard.h"
#include "InterfaceFont.h"

#include <QSettings>
#include <QTimer>

namespace keyhaven {

namespace {

const QString languageKey = QStringLiteral("ui/language");

std::unique_ptr<QSettings> openSettings(const QString& settingsFile)
{
    if (settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

} // namespace

WizardWindow::WizardWindow(WizardSession& session, QString settingsFile, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settingsFile(std::move(settingsFile))
{
    build();
}

WizardWindow::~WizardWindow()
{
    m_idleGuard.reset(); // it watches the wizard
}

void WizardWindow::show()
{
    m_wizard->show();
}

std::optional<QString> WizardWindow::savedLanguage(const QString& settingsFile)
{
    const QString code = openSettings(settingsFile)->value(languageKey).toString();
    if (!i18n::parseLanguage(code))
        return std::nullopt;
    return code;
}

void WizardWindow::build()
{
    m_wizard = std::make_unique<BackupWizard>(m_session);
    // 5 minutes without input: a 60-second warning, then every secret is wiped and the wizard starts again.
    m_idleGuard = std::make_unique<IdleGuard>(m_wizard.get());
    connect(m_wizard.get(), &BackupWizard::languageChangeRequested, this, [this](i18n::Language language) {
        // Not from inside the old wizard's signal: it is deleted on the way.
        QTimer::singleShot(0, this, [this, language] { changeLanguage(language); });
    });
}

void WizardWindow::changeLanguage(i18n::Language language)
{
    useInterfaceFontFor(i18n::switchLanguage(language).choice.locale);
    auto settings = openSettings(m_settingsFile);
    settings->setValue(languageKey, i18n::languageCode(language));

    const bool wasVisible = m_wizard->isVisible();
    const QRect geometry = m_wizard->geometry();
    std::unique_ptr<BackupWizard> old = std::move(m_wizard);
    m_idleGuard.reset();
    build();
    m_wizard->setGeometry(geometry);
    // The new window is shown before the old one goes, so that the application never has no window.
    if (wasVisible)
        m_wizard->show();
    old.reset();
    emit wizardReplaced(m_wizard.get());
}

} // namespace keyhaven
