// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryFileWriter.h"

#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// Reads at most what a key file can be; empty when the file cannot be read. The caller wipes the result.
QByteArray readKeyFileBytes(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
#ifdef Q_OS_LINUX
    // Drop the cached pages so that the read comes from the device, where the system allows it.
    if (*ok)
        ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED);
#endif
    return *ok ? file.read(KeyFile::MaximumSize + 1) : QByteArray();
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

void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

bool restrictToOwner(QSaveFile& file)
{
#ifdef Q_OS_UNIX
    return ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0;
#else
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

// FAT and exFAT (also through FUSE) have no permissions: what they report is made up by the driver.
bool hasPermissions(const QString& folder)
{
    const QString type = QString::fromUtf8(QStorageInfo(folder).fileSystemType()).toLower();
    return !(type.contains(QLatin1String("fat")) || type.contains(QLatin1String("msdos"))
             || type == QLatin1String("fuseblk") || type.contains(QLatin1String("ntfs")));
}

bool isOwnerOnly(const QString& path)
{
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    return !(QFileInfo(path).permissions() & others);
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
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
            placement.path = path;
            return placement;
        }
        bool readable = false;
        QByteArray existing = readKeyFileBytes(path, &readable);
        const bool same = readable && holdsKey(existing, path, key);
        if (same)
            placement.existingSha256 = QCryptographicHash::hash(existing, QCryptographicHash::Sha256);
        wipe(existing);
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

    const Placement placement = place(folderInfo.absoluteFilePath(), name, key);
    if (!placement.error.isEmpty())
        return makeResult(Status::Failed, target, folder, placement.error);
    BackupResult result = placement.alreadyThere
        ? makeResult(Status::AlreadySaved, target, placement.path,
                     tr("This key was already saved in %1: nothing was written.").arg(placement.path))
        : write(placement.path, bytes, key, options);
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
                                       const Options& options)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto size = qint64(bytes.size());
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return makeResult(Status::Failed, options.targetName, path, describeFailure(folder, size, file.errorString()));
    // Before the first byte: the temporary file is never readable by others.
    const bool ownerOnly = restrictToOwner(file);
    const bool written = file.write(reinterpret_cast<const char*>(bytes.data()), size) == size && file.flush();
#ifdef Q_OS_UNIX
    const bool synced = written && ::fsync(file.handle()) == 0;
#else
    const bool synced = written;
#endif
    if (options.beforeCommit)
        options.beforeCommit();
    // Our name may have been taken since we looked: never replace what someone else just wrote.
    const bool taken = QFileInfo::exists(path);
    if (!synced || taken || !file.commit()) {
        const QString error = file.errorString();
        file.cancelWriting();
        if (taken)
            return makeResult(Status::Failed, options.targetName, path,
                              tr("Another program created %1 while the key was being saved; that file was left as "
                                 "it was. Try again.")
                                  .arg(path));
        return makeResult(Status::Failed, options.targetName, path, describeFailure(folder, size, error));
    }
    syncFolder(folder);

    BackupResult result = makeResult(Status::Saved, options.targetName, path, tr("Saved to %1.").arg(path));
    result.checks.append(tr("written to a temporary file, then moved into place in one step"));
    result.checks.append(tr("written through to the drive itself, not only to memory"));
    if (ownerOnly && hasPermissions(folder) && isOwnerOnly(path))
        result.checks.append(tr("only your user account may read the file"));
    else
        result.advice.append(tr("This drive's file system has no file permissions: anyone who has the drive can "
                                "read the key. Keep the drive somewhere safe."));
    if (!readBack(path, bytes, key, result)) {
        QFile::remove(path);
        syncFolder(folder);
        result.status = Status::Failed;
        result.checks.clear();
    }
    return result;
}

bool RecoveryFileWriter::readBack(const QString& path, const SecureBytes& bytes, const RecoveryKey& key,
                                  BackupResult& result)
{
    bool readable = false;
    QByteArray back = readKeyFileBytes(path, &readable);
    const QByteArrayView expected(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    const bool identical = readable && QByteArrayView(back) == expected;
    const bool parses = identical && holdsKey(back, path, key);
    wipe(back);
    if (!readable)
        result.message = tr("The file %1 was written but could not be read back, so it was removed. Nothing was "
                            "saved.")
                             .arg(path);
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
