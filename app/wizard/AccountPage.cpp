// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPage.h"

#include "WizardSession.h"

namespace keyhaven {

AccountPage::AccountPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountPage"));
}

} // namespace keyhaven
