// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"
#include "volumes/Volume.h"

#include <QCoreApplication>

#include <optional>

namespace keyhaven {

// Which key of a key file to take for the key page: the one that belongs to the chosen drive, or the only one.
class DriveKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(keyhaven::KeyPage) // its words were the key page's, and stay in its translation context

public:
    struct Chosen
    {
        std::optional<RecoveryKey> key;
        QString problem; // translated; why no key was taken
    };
    // Reads the file; with a drive, takes the key that belongs to it (or the only one of its kind).
    static Chosen choose(const QString& path, const std::optional<Volume>& volume);

    // A key of this kind can be for this kind of volume.
    static bool fitsVolume(KeyKind kind, const Volume& volume);
    // The key's ID is one of the volume's protectors (BitLocker), or its UUID (FileVault).
    static bool belongsToVolume(const RecoveryKey& key, const Volume& volume);
};

} // namespace keyhaven
