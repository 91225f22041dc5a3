// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSession.h"

#include "accounts/KeychainSecretStore.h"
#include "accounts/MachineIdentity.h"
#include "platform/RemovableDrives.h"
#include "volumes/VolumeSource.h"

namespace keyhaven {

WizardEnvironment WizardEnvironment::system()
{
    WizardEnvironment environment;
    environment.volumes = createVolumeSource();
    environment.drives = createRemovableDrives();
    environment.secrets = std::make_shared<KeychainSecretStore>();
    return environment;
}

WizardSession::WizardSession(WizardEnvironment environment, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
}

RecoveryKey WizardSession::keyForCopies(const RecoveryKey& source) const
{
    RecoveryKey copy = source;
    if (!volume)
        return copy; // typed or from a file: only what its source said
    if (copy.deviceName.isEmpty())
        copy.deviceName = MachineIdentity::computerName(); // the drive is this computer's
    if (!copy.created.isValid() && copy.id) {
        for (const Protector& protector : volume->protectors)
            if (protector.id == *copy.id && protector.created.isValid())
                copy.created = protector.created;
    }
    return copy;
}

void WizardSession::wipe()
{
    // RecoveryKey::secret is SecureBytes: resetting the optional overwrites it.
    key.reset();
    moreKeys.clear();
    foundKeys.clear();
    volume.reset();
    verification.reset();
    targets.clear();
    accountName.clear();
    usbMountPoint.clear();
    textFolder.clear();
    sheetPrint = false;
    printQueue.clear();
    sheetPdfPath.clear();
    sheetEnglishAlongside = false;
    results.clear();
    emit wiped();
}

} // namespace keyhaven
