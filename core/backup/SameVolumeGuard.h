// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace keyhaven {

class PathLocator; // core/platform: which device and volume a path lives on

// Refuses to put a key where it is useless: on the encrypted volume it unlocks, or on any other
// encrypted volume Keyhaven recognises; warns about an unencrypted internal disk.
// Every target that writes to a path (text file, USB stick, sheet PDF) asks it first.
class SameVolumeGuard
{
    Q_DECLARE_TR_FUNCTIONS(SameVolumeGuard)

public:
    struct Verdict
    {
        enum class Level { Allow, Warn, Refuse };
        Level level = Level::Allow;
        QString reason; // translated, in words a home user understands; empty for Allow
    };

    // Uses the system's locator unless one is given (tests give a controllable one).
    explicit SameVolumeGuard(std::shared_ptr<const PathLocator> locator = {});

    Verdict check(const QString& targetPath, const RecoveryKey& key) const;

private:
    std::shared_ptr<const PathLocator> m_locator;
};

} // namespace keyhaven
