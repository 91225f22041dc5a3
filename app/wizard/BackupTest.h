// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/CopyCheck.h"
#include "backup/Ledger.h"
#include "volumes/Volume.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace keyhaven {

// The answer of "Test a backup": one clear sentence, and how it came out.
struct BackupTestAnswer
{
    enum class Verdict {
        Works, // proven: the key in the copy opens a drive found on this computer
        WillNotOpen, // the drive it belongs to is here, and this copy will not open it
        NotProven, // the key reads and is well-formed, but no drive to try it on (or it could not be tried)
        Unreadable, // no key could be read from the copy
    };
    Verdict verdict = Verdict::Unreadable;
    QString sentence; // translated; never the key
};

// Reads a copy (a key file, a photo or scan of the sheet, the key files at the top of a USB stick, or a copy in the
// ledger) and, where a drive it belongs to is among `volumes`, proves that it opens it. Synchronous and slow (key
// stretching): the page runs it off the UI thread.
class BackupTest
{
    Q_DECLARE_TR_FUNCTIONS(BackupTest)

public:
    BackupTest(QList<Volume> volumes, QList<LedgerEntry> ledger);

    BackupTestAnswer testFile(const QString& path) const;
    BackupTestAnswer testStick(const QString& mountPoint, const QString& label) const;
    // A copy in the ledger, re-read as `check` does (`checker` knows the volumes and the accounts).
    static BackupTestAnswer testLedgerCopy(CopyChecker& checker, const LedgerEntry& entry);

private:
    BackupTestAnswer testKeys(const QList<RecoveryKey>& keys, const QString& source) const;
    BackupTestAnswer testKey(const RecoveryKey& key, const QString& source) const;
    const Volume* volumeFor(const RecoveryKey& key, const QString& source) const;

    QList<Volume> m_volumes;
    QList<LedgerEntry> m_ledger;
};

} // namespace keyhaven
