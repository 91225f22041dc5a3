// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ledger.h"

#include "keys/RecoveryKey.h"
#include "keys/SecureBytes.h"
#include "volumes/KeyVerifier.h"
#include "volumes/Volume.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace keyhaven {

class PathLocator;

// What re-reading one copy in the ledger came to (keyhaven-cli check, the wizard's "Check all copies").
struct CopyCheck
{
    enum class Status {
        Ok, // there, the same bytes, the same key and key ID (and it opens its drive, where at hand)
        Missing, // the file or the upload is gone
        Changed, // there, but not the bytes that were saved (`finding` says whether the key still reads)
        Unreadable, // there, but it cannot be read
        Stale, // the drive's protectors no longer include the key ID, or the key no longer opens it
        CannotCheck, // not checkable now (a stick not plugged in, a server not reachable, a printed page)
    };
    Status status = Status::CannotCheck;
    LedgerEntry entry;
    QString finding; // translated: what was found, one sentence or two; never the key
    QString advice; // translated: what to do about it; empty when nothing needs doing
    QStringList checks; // translated: what was verified
    QString openedDrive; // the drive the key was tried on and opened (its path and description), when it was

    bool ok() const { return status == Status::Ok; }

    static CopyCheck make(const LedgerEntry& entry, Status status, const QString& finding, const QString& advice = {})
    {
        CopyCheck check;
        check.entry = entry;
        check.status = status;
        check.finding = finding;
        check.advice = advice;
        return check;
    }
};

QString
copyCheckStatusName(CopyCheck::Status status); // "ok", "missing", "changed", "unreadable", "stale", "cannot-check"

// Re-reads the copies in the ledger. Files (text, USB stick, sheet PDF) are read here; account copies go to
// the check given by setAccountCheck() (core/accounts/AccountCopyCheck). Where the volume a copy belongs to
// is among `volumes`, the key ID must still be one of its protectors and the key must still open it.
// Synchronous and slow (key stretching, network): run it off the UI thread.
class CopyChecker
{
    Q_DECLARE_TR_FUNCTIONS(CopyChecker)

public:
    // Fills `found` with the key read back, when the copy could be read (WebDAV), for the drive check.
    using AccountCheck = std::function<CopyCheck(const LedgerEntry& entry, RecoveryKey* found)>;
    using Progress = std::function<void(int done, int total, const LedgerEntry& current)>;

    explicit CopyChecker(QList<Volume> volumes = {}, std::shared_ptr<const PathLocator> locator = {});

    void setAccountCheck(AccountCheck check) { m_accountCheck = std::move(check); }

    CopyCheck check(const LedgerEntry& entry);
    QList<CopyCheck> checkAll(const QList<LedgerEntry>& entries, const Progress& progress = {});

    // Judges the bytes a copy holds now against what the ledger says was saved (shared with account copies).
    // Sets Ok or Changed and fills `found` with the key read back, when it still reads as the recorded key ID.
    static CopyCheck judgeBytes(const LedgerEntry& entry, QByteArrayView bytes, RecoveryKey* found);
    // "the key ID 64311DEA-…", "the key" when the entry has no ID: for sentences about a copy.
    static QString keyIdText(const LedgerEntry& entry);

private:
    CopyCheck checkFile(const LedgerEntry& entry, RecoveryKey* found) const;
    std::optional<CopyCheck> stickNotPluggedIn(const LedgerEntry& entry) const;
    static CopyCheck printedSheet(const LedgerEntry& entry);
    // Stale by the protectors alone, or by the key not opening its volume.
    void checkAgainstVolumes(CopyCheck& result, const RecoveryKey* key);
    Verification::Outcome proven(const Volume& volume, const RecoveryKey& key, QString* message);

    struct Proof
    {
        QString volumePath;
        RecoveryKey key;
        Verification::Outcome outcome;
        QString message;
    };

    QList<Volume> m_volumes;
    std::shared_ptr<const PathLocator> m_locator;
    AccountCheck m_accountCheck;
    QList<Proof> m_proofs; // each key is stretched once per volume, however many copies it has
};

} // namespace keyhaven
