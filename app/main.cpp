// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven: the wizard that backs up a recovery key, or finds one by its key ID.
#include "BackupWizard.h"
#include "WizardSession.h"

#include "platform/ProcessHardening.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    keyhaven::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyhaven"));
    QApplication::setOrganizationName(QStringLiteral("Keyhaven"));
    QApplication::setApplicationVersion(QStringLiteral(KEYHAVEN_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyhaven"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyhaven.svg")));

    keyhaven::WizardSession session(keyhaven::WizardEnvironment::system());
    keyhaven::BackupWizard wizard(session);
    wizard.show();
    return QApplication::exec();
}
