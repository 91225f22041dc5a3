// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbPage.h"

#include "WizardSession.h"

namespace keyhaven {

UsbPage::UsbPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("usbPage"));
}

} // namespace keyhaven
