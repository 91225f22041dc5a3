// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPage.h"

#include "WizardSession.h"

namespace keyhaven {

SheetPage::SheetPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetPage"));
}

} // namespace keyhaven
