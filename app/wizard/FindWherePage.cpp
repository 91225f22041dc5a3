// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindWherePage.h"

#include "WizardSession.h"

namespace keyhaven {

FindWherePage::FindWherePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findWherePage"));
}

} // namespace keyhaven
