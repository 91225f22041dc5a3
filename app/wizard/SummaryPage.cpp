// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "WizardSession.h"

namespace keyhaven {

SummaryPage::SummaryPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("summaryPage"));
}

} // namespace keyhaven
