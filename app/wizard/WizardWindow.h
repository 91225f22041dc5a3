// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Language.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace keyhaven {

class BackupWizard;
class IdleGuard;
class WizardSession;

// The wizard on the screen, with its idle guard. When the user picks another language on the welcome page,
// the language is installed, remembered in the settings (the only thing Keyhaven keeps about the user's
// choices there), and the wizard is built again in it at the same place: its pages set their words once.
class WizardWindow : public QObject
{
    Q_OBJECT

public:
    // `settingsFile`: the INI file to remember the language in; empty: the application's settings.
    explicit WizardWindow(WizardSession& session, QString settingsFile = {}, QObject* parent = nullptr);
    ~WizardWindow() override;

    BackupWizard* wizard() const { return m_wizard.get(); }
    void show();

    // The language remembered from an earlier run ("en", "ja" or "nb"), for main() when there is no --lang.
    static std::optional<QString> savedLanguage(const QString& settingsFile = {});

signals:
    // A new wizard replaced the old one (after a language change).
    void wizardReplaced(keyhaven::BackupWizard* wizard);

private:
    void build();
    void changeLanguage(i18n::Language language);

    WizardSession& m_session;
    QString m_settingsFile;
    std::unique_ptr<BackupWizard> m_wizard;
    std::unique_ptr<IdleGuard> m_idleGuard;
};

} // namespace keyhaven
