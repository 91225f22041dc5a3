// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindIdPage.h"

#include "WizardSession.h"

namespace keyhaven {

FindIdPage::FindIdPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findIdPage"));
}

} // namespace keyhaven
