// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "WizardSession.h"

namespace keyhaven {

WelcomePage::WelcomePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("welcomePage"));
}

} // namespace keyhaven
