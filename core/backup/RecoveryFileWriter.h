// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTarget.h"
#include "SameVolumeGuard.h"

#include "keys/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace keyhaven {

class PathLocator;

// Saves a key as a recovery text file in a folder, with every guarantee of design.md's rules for writes:
// the same-volume guard first; never over a different file (the new one goes beside it, "… (2).TXT");
// the same key already there is reported and nothing is written; written atomically (SafeFile) with
// owner-only permissions where the file system has them, flushed to the device, read back, compared
// byte for byte and parsed again to the same key and ID. A failure leaves no partial file and says
// what failed. Synchronous: TextFileTarget runs it off the calling thread.
class RecoveryFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryFileWriter)

public:
    struct Options
    {
        QString targetName = QStringLiteral("text"); // for BackupResult::target
        std::shared_ptr<const PathLocator> locator; // for the guard; the system's when null
        // Called after the file is written and before it is moved into place (tests pull the drive here).
        std::function<void()> beforeCommit;
    };

    static BackupResult save(const QString& folder, const RecoveryKey& key, const Options& options);

    // Where save() would put the key in `folder` now: the file's path, and whether that file holds this key
    // already (then nothing is written). `error` when no name is free. Lets a page promise the name written.
    struct Plan
    {
        QString path;
        bool alreadyThere = false;
        QString error;
    };
    static Plan plan(const QString& folder, const RecoveryKey& key);

    // "BitLocker Recovery Key <ID> (2).TXT" for n = 2: the name to use beside a different file.
    static QString numberedName(const QString& name, int n);

private:
    // `nameTaken`: another program took the name meanwhile; nothing was written and its file was left alone.
    static BackupResult write(const QString& path, const SecureBytes& bytes, const RecoveryKey& key,
                              const Options& options, bool* nameTaken);
    static bool readBack(const QString& path, const SecureBytes& bytes, const RecoveryKey& key, BackupResult& result);
};

} // namespace keyhaven
