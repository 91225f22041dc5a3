// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindResultPage.h"

#include "WizardSession.h"

namespace keyhaven {

FindResultPage::FindResultPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findResultPage"));
}

} // namespace keyhaven
