// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace keyhaven {

class WizardSession;

// SCAFFOLD: replace with the real page.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(WizardSession& session, QWidget* parent = nullptr);

private:
    WizardSession& m_session;
};

} // namespace keyhaven
