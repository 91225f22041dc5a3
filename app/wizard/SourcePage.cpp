// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcePage.h"

#include "WizardSession.h"

namespace keyhaven {

SourcePage::SourcePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sourcePage"));
}

} // namespace keyhaven
