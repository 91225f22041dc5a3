// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a volume's recovery keys for `recover` and `backup --from-volume`: the secret from --key-file
// (a .BEK) or standard input (the password; nothing for a clear-key volume).
#pragma once

#include "volumes/RecoveryKeyReader.h"

#include <QString>

namespace keyhaven::cli {

struct VolumeKeys
{
    RecoveredKeys recovered;
    int exitCode = 0; // the CLI exit code this answer means
};

VolumeKeys recoverFromVolume(const QString& volumePath, const QString& keyFile);

// 0 read and proven; 1 the secret opens nothing or there is no recovery key; 3 the volume cannot be read.
int exitCodeFor(RecoveredKeys::Outcome outcome);

} // namespace keyhaven::cli
