// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryFileWriter.h"

#include "FileReaders.h"

#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"
#include "platform/SafeFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace keyhaven {

namespace {

constexpr int MaximumNumberedNames = 99;

using Status = BackupResult::Status;

BackupResult makeResult(Status status, const QString& target, const QString& location, const QString& message)
{
    BackupResult result;
    result.status = status;
    result.target = target;
    result.location = location;
    result.message = message;
    return result;
}

// Reads at most what a key file can be, never blocking on a pipe. The caller wipes the bytes.
SafeFile::Read readKeyFileBytes(const QString& path)
{
    return SafeFile::readRegular(path, KeyFile::MaximumSize);
}

bool sameKey(const RecoveryKey& a, const RecoveryKey& b)
{
    return a.kind == b.kind && a.id == b.id && a.secret == b.secret;
}

// Does the file hold exactly `key` (same kind, ID and key)?
bool holdsKey(QByteArrayView bytes, const QString& path, const RecoveryKey& key)
{
    const KeyFileContents contents = KeyFile::readBytes(bytes, path);
    for (const RecoveryKey& found : contents.keys)
        if (sameKey(found, key))
            return true;
    return false;
}

} // namespace

QString RecoveryFileWriter::numberedName(const QString& name, int n)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot < 0 ? name : name.left(dot);
    const QString extension = dot < 0 ? QString() : name.mid(dot);
    return QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(extension);
}

namespace {

// Why a write in `folder` failed, in words for people, from what can be seen now.
QString describeFailure(const QString& folder, qint64 needed, const QString& systemError)
{
    QString what;
    const QFileInfo info(folder);
    const QStorageInfo storage(folder);
    if (!info.exists())
        what = RecoveryFileWriter::tr("The folder %1 disappeared while the key was being saved (was the drive "
                                      "removed?).")
                   .arg(folder);
    else if (!info.isDir())
        what = RecoveryFileWriter::tr("%1 is no longer a folder.").arg(folder);
    else if (storage.isValid() && storage.isReadOnly())
        what = RecoveryFileWriter::tr("The drive that holds %1 is read-only (write-protected).").arg(folder);
    else if (storage.isValid() && storage.bytesAvailable() < needed + 4096)
        what = RecoveryFileWriter::tr("The drive that holds %1 is full.").arg(folder);
    else if (!info.isWritable())
        what = RecoveryFileWriter::tr("You may not write to the folder %1.").arg(folder);
    else
        what = RecoveryFileWriter::tr("The file could not be written in %1.").arg(folder);
    return RecoveryFileWriter::tr("%1 Nothing was saved there; any file that was already there is unchanged. "
                                  "(The system said: %2)")
        .arg(what, systemError);
}

// Where the new file goes: a free name, or the existing file that already holds this key.
struct Placement
{
    QString path;
    bool alreadyThere = false;
    QByteArray existingSha256; // of the file already there, so the ledger knows it as the same copy
    QStringList keptFiles; // different files with our name, left alone
    QString error;
};

Placement place(const QString& folder, const QString& name, const RecoveryKey& key)
{
    Placement placement;
    for (int n = 1; n <= MaximumNumberedNames; ++n) {
        const QString path = QDir(folder).filePath(n == 1 ? name : RecoveryFileWriter::numberedName(name, n));
        if (!SafeFile::occupied(path)) {
            placement.path = path;
            return placement;
        }
        SafeFile::Read existing = readKeyFileBytes(path);
        if (existing.notRegular) {
            placement.error = RecoveryFileWriter::tr("%1 Nothing was saved, and it was left as it is.")
                                  .arg(existing.message);
            return placement;
        }
        const bool same = existing.ok && holdsKey(existing.bytes, path, key);
        if (same)
            placement.existingSha256 = QCryptographicHash::hash(existing.bytes, QCryptographicHash::Sha256);
        wipe(existing.bytes);
        if (same) {
            placement.path = path;
            placement.alreadyThere = true;
            return placement;
        }
        placement.keptFiles.append(path);
    }
    placement.error = RecoveryFileWriter::tr("%1 already holds %2 other files named like this key's file; none was "
                                             "changed. Choose another folder.")
                          .arg(folder)
                          .arg(MaximumNumberedNames);
    return placement;
}

void reportLeftovers(const SafeFile::Cleanup& leftovers, BackupResult& result)
{
    if (!leftovers.removed.isEmpty())
        result.advice.append(RecoveryFileWriter::tr("An earlier save was interrupted and had left a temporary copy of "
                                                    "a key here; it was removed: %1")
                                 .arg(leftovers.removed.join(QStringLiteral(", "))));
    if (!leftovers.failed.isEmpty())
        result.advice.append(RecoveryFileWriter::tr("An earlier save was interrupted and left a temporary copy of a "
                                                    "key here that could not be removed. Delete it yourself: %1")
                                 .arg(leftovers.failed.join(QStringLiteral(", "))));
}

} // namespace

RecoveryFileWriter::Plan RecoveryFileWriter::plan(const QString& folder, const RecoveryKey& key)
{
    Plan plan;
    const QString name = recoveryTextFileName(key);
    if (name.isEmpty() || !QFileInfo(folder).isDir())
        return plan;
    const Placement placement = place(QFileInfo(folder).absoluteFilePath(), name, key);
    plan.path = placement.path;
    plan.alreadyThere = placement.alreadyThere;
    plan.error = placement.error;
    return plan;
}

BackupResult RecoveryFileWriter::save(const QString& folder, const RecoveryKey& key, const Options& options)
{
    const QString& target = options.targetName;
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists())
        return makeResult(Status::Failed, target, folder, tr("The folder %1 does not exist.").arg(folder));
    if (!folderInfo.isDir())
        return makeResult(Status::Failed, target, folder,
                          tr("%1 is a file, not a folder. Give the folder to save the key in.").arg(folder));
    const QString name = recoveryTextFileName(key);
    SecureBytes bytes = recoveryTextFileBytes(key);
    if (name.isEmpty() || bytes.isEmpty())
        return makeResult(Status::Refused, target, folder,
                          tr("A BitLocker external key (.BEK) has no text form; save the .BEK file itself instead."));

    const SameVolumeGuard::Verdict verdict = SameVolumeGuard(options.locator).check(folderInfo.absoluteFilePath(), key);
    if (verdict.level == SameVolumeGuard::Verdict::Level::Refuse)
        return makeResult(Status::Refused, target, folder, verdict.reason);

    const SafeFile::Cleanup leftovers = SafeFile::removeLeftovers(folderInfo.absoluteFilePath());
    Placement placement;
    BackupResult result;
    // Another program may take the chosen name before ours is given: then the key goes beside its file.
    bool nameTaken = true;
    for (int attempt = 0; nameTaken && attempt < MaximumNumberedNames; ++attempt) {
        placement = place(folderInfo.absoluteFilePath(), name, key);
        if (!placement.error.isEmpty())
            return makeResult(Status::Failed, target, folder, placement.error);
        nameTaken = false;
        result = placement.alreadyThere
            ? makeResult(Status::AlreadySaved, target, placement.path,
                         tr("This key was already saved in %1: nothing was written.").arg(placement.path))
            : write(placement.path, bytes, key, options, &nameTaken);
    }
    if (nameTaken)
        return result; // names taken as fast as they were found: the last "created meanwhile" message says so
    reportLeftovers(leftovers, result);
    if (result.status == Status::AlreadySaved) {
        result.checks.append(tr("read the file that is there: it holds this key and key ID"));
        result.sha256 = placement.existingSha256;
    }
    if (!placement.keptFiles.isEmpty() && result.status == Status::Saved)
        result.message += QLatin1Char(' ')
            + tr("A different file with the same name was already there and was left as it was: %1. The key was "
                 "saved beside it.")
                  .arg(placement.keptFiles.join(QStringLiteral(", ")));
    if (verdict.level == SameVolumeGuard::Verdict::Level::Warn)
        result.advice.append(verdict.reason);
    return result;
}

} // namespace keyhaven

namespace keyhaven {

BackupResult RecoveryFileWriter::write(const QString& path, const SecureBytes& bytes, const RecoveryKey& key,
                                       const Options& options, bool* nameTaken)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto size = qint64(bytes.size());
    const QByteArrayView view(reinterpret_cast<const char*>(bytes.data()), qsizetype(size));
    const SafeFile::Write written = SafeFile::writeAtomically(path, view, SafeFile::Replace::Never, options.beforeCommit);
    if (written.nameTaken) {
        *nameTaken = true;
        return makeResult(Status::Failed, options.targetName, path, written.message);
    }
    if (!written.ok)
        return makeResult(Status::Failed, options.targetName, path,
                          describeFailure(folder, size, written.message));

    BackupResult result = makeResult(Status::Saved, options.targetName, path, tr("Saved to %1.").arg(path));
    result.checks.append(tr("written to a temporary file, then given its name in one step, never over another file"));
    result.checks.append(written.flushCheck);
    FileReaders::describe(path,
                          tr("This drive's file system has no file permissions: anyone who has the drive can read "
                             "the key. Keep the drive somewhere safe."),
                          result);
    if (!readBack(path, bytes, key, result)) {
        QFile::remove(path);
        SafeFile::syncFolder(folder);
        result.status = Status::Failed;
        result.checks.clear();
    }
    return result;
}

bool RecoveryFileWriter::readBack(const QString& path, const SecureBytes& bytes, const RecoveryKey& key,
                                  BackupResult& result)
{
    SafeFile::Read back = readKeyFileBytes(path);
    const QByteArrayView expected(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    const bool identical = back.ok && QByteArrayView(back.bytes) == expected;
    const bool parses = identical && holdsKey(back.bytes, path, key);
    wipe(back.bytes);
    if (!back.ok)
        result.message = tr("The file %1 was written but could not be read back, so it was removed. Nothing was "
                            "saved. (%2)")
                             .arg(path, back.message);
    else if (!identical)
        result.message = tr("The file %1 read back differently from what was written (the drive may be failing), "
                            "so it was removed. Nothing was saved.")
                             .arg(path);
    else if (!parses)
        result.message
            = tr("The file %1 did not read back as this key, so it was removed. Nothing was saved.").arg(path);
    if (!parses)
        return false;
    result.checks.append(tr("read back and compared byte for byte"));
    result.checks.append(tr("read again as a recovery key file: the same key and key ID"));
    result.sha256 = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    return true;
}

} // namespace keyhaven
