// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetsPage.h"

#include "WizardSession.h"

namespace keyhaven {

TargetsPage::TargetsPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("targetsPage"));
}

} // namespace keyhaven
