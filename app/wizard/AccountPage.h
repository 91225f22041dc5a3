// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace keyhaven {

class WizardSession;

// Which account the key is uploaded to: the accounts set up with `keyhaven-cli account add`, each shown with
// its kind and server.
class AccountPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void accountChosen();
    void clear();

    WizardSession& m_session;
    QComboBox* m_accounts = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace keyhaven
