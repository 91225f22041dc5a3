// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTarget.h"

#include <QCoreApplication>
#include <QString>

namespace keyhaven {

// Who may read a saved key file or sheet, as a check when only its owner may, else as advice that says why
// not or that it was not checked. `noPermissionsAdvice` is the target's own words for a file system without
// permissions (a FAT stick).
class FileReaders
{
    Q_DECLARE_TR_FUNCTIONS(FileReaders)

public:
    static void describe(const QString& path, const QString& noPermissionsAdvice, BackupResult& result);
};

} // namespace keyhaven
