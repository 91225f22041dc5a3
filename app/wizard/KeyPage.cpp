// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPage.h"

#include "WizardSession.h"

namespace keyhaven {

KeyPage::KeyPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("keyPage"));
}

} // namespace keyhaven
