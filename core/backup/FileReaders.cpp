// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileReaders.h"

#include "platform/SafeFile.h"

namespace keyhaven {

void FileReaders::describe(const QString& path, const QString& noPermissionsAdvice, BackupResult& result)
{
    switch (SafeFile::whoMayRead(path)) {
    case SafeFile::Readers::OwnerOnly:
        result.checks.append(tr("only your user account may read the file"));
        return;
    case SafeFile::Readers::NoPermissionsHere:
        result.advice.append(noPermissionsAdvice);
        return;
    case SafeFile::Readers::MoreThanOwner:
        result.advice.append(tr("Other user accounts on this computer may be able to read %1: its permissions "
                                "could not be limited to your account.")
                                 .arg(path));
        return;
    case SafeFile::Readers::Unknown:
        result.advice.append(
            tr("Who may read %1 was not checked, because the system did not describe the file or its drive.")
                .arg(path));
        return;
    }
}

} // namespace keyhaven
