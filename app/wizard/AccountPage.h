// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace keyhaven {

class AccountSetupForm;
class WizardSession;

// Which account the key is uploaded to, each shown with its kind and server; and setting accounts up: add,
// change and remove them (AccountSetupForm). With no account yet, the page opens on the set-up form.
class AccountPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isSettingUp() const;

private:
    void fillAccounts(const QString& wanted);
    void accountChosen();
    void addAccount();
    void editAccount();
    void askToRemove();
    void removeAccount();
    void accountSaved(const QString& name);
    void showChooser();
    void showSettingsHealth();
    bool settingsProblemShown() const;
    void clear();

    WizardSession& m_session;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_chooser = nullptr;
    AccountSetupForm* m_form = nullptr;
    QComboBox* m_accounts = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_settingsProblem = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_confirmRemove = nullptr;
    QLabel* m_confirmRemoveLabel = nullptr;
    QLabel* m_removed = nullptr;
};

} // namespace keyhaven
