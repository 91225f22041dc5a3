// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupTarget.h"
#include "keys/RecoveryKey.h"
#include "volumes/KeyVerifier.h"
#include "volumes/Volume.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace keyhaven {

class PathLocator;
class RemovableDrives;
class SecretStore;
class VolumeSource;

// What the wizard talks to outside itself. The defaults are the system's; tests give their own.
struct WizardEnvironment
{
    std::shared_ptr<VolumeSource> volumes;       // the computer's encrypted volumes
    std::shared_ptr<RemovableDrives> drives;     // USB sticks
    std::shared_ptr<SecretStore> secrets;        // account passwords and pending uploads
    std::shared_ptr<const PathLocator> locator;  // where paths live (same-volume guard); null: the system's
    QString settingsFile;                        // accounts and pending uploads; empty: the app's settings
    QString ledgerPath;                          // empty: Ledger::defaultPath()

    static WizardEnvironment system();
};

// Which of the four places the key goes to.
enum class TargetKind { Account, Usb, TextFile, Sheet };

// Everything the pages share: the key, where it came from, what was checked, where it goes and how that went.
// The only place the wizard keeps key material; wipe() clears all of it.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    explicit WizardSession(WizardEnvironment environment, QObject* parent = nullptr);

    const WizardEnvironment& environment() const { return m_environment; }

    // The volume the key belongs to, when the user chose one on the source page.
    std::optional<Volume> volume;
    // The key: typed, read from a file, or read from the drive. Its `secret` is the canonical text.
    std::optional<RecoveryKey> key;
    // Further keys read from the same drive (a drive with several recovery keys), saved after `key` to the same
    // places.
    QList<RecoveryKey> moreKeys;
    // The answer of the verify page, when it ran.
    std::optional<Verification> verification;

    // The chosen targets, in the order they run, and each one's choice.
    QList<TargetKind> targets;
    QString accountName;
    QString usbMountPoint;
    QString textFolder;
    bool sheetPrint = false; // print the sheet on `printQueue`; otherwise save it as `sheetPdfPath`
    QString printQueue;      // empty: the default printer
    QString sheetPdfPath;
    bool sheetEnglishAlongside = false;

    // Filled by the run page.
    QList<BackupResult> results;

    // Find a key: what was found (may hold the key, so wiped too).
    QList<RecoveryKey> foundKeys;

    bool hasTarget(TargetKind kind) const { return targets.contains(kind); }

    // The key as its copies describe it (needs `key`): with this computer's name and the key's date when it came
    // from one of this computer's drives.
    RecoveryKey keyForCopies(const RecoveryKey& source) const;
    RecoveryKey keyForCopies() const { return keyForCopies(*key); }

    // Forgets every secret and every choice; the pages listen and clear their fields.
    void wipe();

signals:
    void wiped();

private:
    WizardEnvironment m_environment;
};

} // namespace keyhaven
