// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardTestSupport.h"

#include "accounts/KeychainSecretStore.h"
#include "support/catch.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace keyhaven::test {

bool FolderDrives::eject(const QString& mountPoint, QString*)
{
    ejected.append(mountPoint);
    pullOut(mountPoint);
    return true;
}

void FolderDrives::plugIn(const QString& folder, const QString& label)
{
    QDir().mkpath(folder);
    RemovableDrive drive;
    drive.device = QStringLiteral("/dev/sdz1");
    drive.mountPoint = folder;
    drive.label = label;
    drive.fsType = QStringLiteral("vfat");
    drive.size = 8LL * 1024 * 1024 * 1024;
    drive.free = drive.size / 2;
    m_drives.append(drive);
}

void FolderDrives::pullOut(const QString& folder)
{
    m_drives.removeIf([&](const RemovableDrive& drive) { return drive.mountPoint == folder; });
}

WizardFixture::WizardFixture(QStringList images)
    : drives(std::make_shared<FolderDrives>())
{
    WizardEnvironment environment;
    environment.volumes = std::make_shared<ImageVolumeSource>(std::move(images));
    environment.drives = drives;
    environment.secrets = std::make_shared<KeychainSecretStore>();
    environment.settingsFile = settingsFile();
    environment.ledgerPath = ledgerPath();
    session = std::make_unique<WizardSession>(std::move(environment));
    wizard = std::make_unique<BackupWizard>(*session);
    wizard->show();
}

WizardFixture::~WizardFixture()
{
    wizard.reset();
    session.reset();
}

QString WizardFixture::settingsFile() const
{
    return scratch.file(QStringLiteral("config/keyhaven.conf"));
}

QString WizardFixture::ledgerPath() const
{
    return scratch.file(QStringLiteral("data/ledger.json"));
}

void WizardFixture::next()
{
    const int before = wizard->currentId();
    QAbstractButton* button = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                  : QWizard::NextButton);
    INFO("page " << before);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    button->click();
    QCoreApplication::processEvents();
    REQUIRE(wizard->currentId() != before);
}

void WizardFixture::failMissing(const QString& objectName)
{
    FAIL("no widget named " << objectName.toStdString());
    std::abort();
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

} // namespace keyhaven::test
