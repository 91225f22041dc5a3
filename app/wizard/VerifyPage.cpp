// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyPage.h"

#include "WizardSession.h"

namespace keyhaven {

VerifyPage::VerifyPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("verifyPage"));
}

} // namespace keyhaven
