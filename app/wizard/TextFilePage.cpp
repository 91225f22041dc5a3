// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFilePage.h"

#include "WizardSession.h"

namespace keyhaven {

TextFilePage::TextFilePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("textFilePage"));
}

} // namespace keyhaven
