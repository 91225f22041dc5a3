// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPage.h"

#include "WizardSession.h"

namespace keyhaven {

RunPage::RunPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("runPage"));
}

} // namespace keyhaven
