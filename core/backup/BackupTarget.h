// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace keyhaven {

// What one backup came to. "Done" is said only after the copy was read back.
struct BackupResult
{
    enum class Status {
        Saved,        // written, then read back and checked (see `checks`)
        AlreadySaved, // the same key was already there: nothing written
        Refused,      // the same-volume guard or a rule refused the place; nothing written
        Pending,      // could not finish now and will be retried (account uploads)
        Failed,       // nothing usable was written; the old state is intact
    };
    Status status = Status::Failed;
    QString target;     // "text", "usb", "sheet", "print", "account"
    QString location;   // the file path, print queue or URL where the copy is
    QString message;    // translated, for people; never contains the key
    QStringList checks; // translated: what was verified, e.g. "read back byte for byte"
    QStringList advice; // translated: what to do with this copy, e.g. "keep the stick away from the computer"
    QByteArray sha256;  // of the written file, when there is one (for the ledger)
    std::optional<KeyId> keyId; // the ID of the key this copy holds (set by BackupRun)

    bool succeeded() const { return status == Status::Saved || status == Status::AlreadySaved; }
};

QString backupStatusName(BackupResult::Status status); // "saved", "already-saved", "refused", "pending", "failed"

// One place a key can be saved to. Asynchronous: start() returns at once, progress() reports the steps,
// finished() comes exactly once. Targets never keep the key after finished().
class BackupTarget : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BackupTarget() override = default;

    virtual QString name() const = 0; // "text", "usb", "sheet", "print", "account"
    virtual void start(const RecoveryKey& key) = 0;
    // Stops as soon as it is safe; finished() still comes, with Failed unless the copy was complete.
    virtual void cancel() { }
    // The sheet PDF saved and read back earlier in the same run, offered to every later target before it
    // starts; targets that upload files (WebDAV accounts) put it beside the key. Ignored by default.
    virtual void setSheet(const QString& fileName, SecureBytes pdf)
    {
        Q_UNUSED(fileName)
        Q_UNUSED(pdf)
    }

signals:
    void progress(int percent, const QString& step);
    void finished(const keyhaven::BackupResult& result);
};

// Runs a target to the end on the calling thread (for the CLI and tests), with a local event loop.
BackupResult runToCompletion(BackupTarget& target, const RecoveryKey& key);

} // namespace keyhaven
