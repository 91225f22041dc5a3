// SPDX-License-Identifier: GPL-3.0-or-later
// SafeFile on Linux and the Mac: open(2) without following links or blocking, fsync (F_FULLFSYNC on the Mac),
// renameat2(RENAME_NOREPLACE) or link and unlink, flock against removing a live writer's file.
#include "SafeFile.h"
#include "SafeFileParts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyhaven {

using safefile::isLeftoverName;
using safefile::randomSuffix;

SafeFile::Readers SafeFile::whoMayRead(const QString& path)
{
    const QString type = QString::fromUtf8(QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType()).toLower();
    if (type.contains(QLatin1String("fat")) || type.contains(QLatin1String("msdos")) || type == QLatin1String("fuseblk")
        || type.contains(QLatin1String("ntfs")))
        return Readers::NoPermissionsHere;
    struct stat status;
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return Readers::Unknown;
    return (status.st_mode & (S_IRWXG | S_IRWXO)) == 0 ? Readers::OwnerOnly : Readers::MoreThanOwner;
}

namespace {

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// An open file descriptor, closed with the object.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

bool writeAll(int fd, const char* data, qsizetype size, int* error)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            *error = written < 0 ? errno : ENOSPC;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

// The data on the drive itself, and what was done to get it there. macOS's fsync leaves it in the drive's
// cache; F_FULLFSYNC does not (some file systems refuse it: then only fsync, and the check says so).
bool flushToDrive(int fd, int* error, QString* how)
{
#ifdef Q_OS_MACOS
    if (::fcntl(fd, F_FULLFSYNC) == 0) {
        *how = SafeFile::tr("flushed to the drive (F_FULLFSYNC)");
        return true;
    }
    *how = SafeFile::tr("handed to the drive with fsync; this file system refused F_FULLFSYNC, so the drive's own "
                        "cache was not flushed");
#else
    *how = SafeFile::tr("flushed to the drive (fsync)");
#endif
    if (::fsync(fd) == 0)
        return true;
    *error = errno;
    return false;
}

bool isNotSupported(int error)
{
    return error == EINVAL || error == ENOSYS || error == ENOTSUP || error == EOPNOTSUPP;
}

// Gives `temporary` the name `path` without replacing anything there. EEXIST means the name was taken.
int renameNoReplace(const QByteArray& temporary, const QByteArray& path)
{
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, path.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (!isNotSupported(errno))
        return errno;
#endif
    // Without RENAME_NOREPLACE (some FUSE and network file systems): link() never replaces either.
    if (::link(temporary.constData(), path.constData()) == 0) {
        ::unlink(temporary.constData());
        return 0;
    }
    const int linkError = errno;
    if (linkError != EPERM && !isNotSupported(linkError) && linkError != EMLINK)
        return linkError;
    // FAT has neither. The name is looked at right before the rename: the window is that one system call.
    struct stat status;
    if (::lstat(path.constData(), &status) == 0)
        return EEXIST;
    return ::rename(temporary.constData(), path.constData()) == 0 ? 0 : errno;
}

} // namespace

SafeFile::Read SafeFile::readRegular(const QString& path, qint64 maximumSize)
{
    Read read;
    const Descriptor fd(::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
    struct stat status;
    if (!fd.valid()) {
        read.error = errno;
        read.missing = read.error == ENOENT;
        read.notRegular = read.error == ELOOP; // a symbolic link
        read.message = read.notRegular ? tr("%1 is a symbolic link, not a file; it was not followed.").arg(path)
                                       : tr("%1 could not be opened: %2").arg(path, systemError(read.error));
        if (read.notRegular)
            read.error = 0;
        return read;
    }
    if (::fstat(fd.get(), &status) != 0) {
        read.error = errno;
        read.message = tr("%1 could not be examined: %2").arg(path, systemError(read.error));
        return read;
    }
    if (!S_ISREG(status.st_mode)) {
        read.notRegular = true;
        read.message = tr("%1 is not a regular file (it is a folder, a pipe or a device); it was not read.").arg(path);
        return read;
    }
#ifdef Q_OS_LINUX
    // Drop the cached pages so that the read comes from the device, where the system allows it.
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_DONTNEED);
#endif
    const qint64 limit = maximumSize + 1;
    read.bytes.resize(qsizetype(std::min<qint64>(limit, std::max<qint64>(status.st_size + 1, 1))));
    qsizetype filled = 0;
    while (filled < limit) {
        if (filled == read.bytes.size())
            read.bytes.resize(qsizetype(std::min<qint64>(limit, qint64(filled) * 2 + 4096)));
        const ssize_t got = ::read(fd.get(), read.bytes.data() + filled, size_t(read.bytes.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            read.error = errno;
            read.message = tr("%1 could not be read: %2").arg(path, systemError(read.error));
            std::memset(read.bytes.data(), 0, size_t(read.bytes.size()));
            read.bytes.clear();
            return read;
        }
        if (got == 0)
            break;
        filled += got;
    }
    read.bytes.truncate(filled);
    read.ok = true;
    return read;
}

SafeFile::Write SafeFile::writeAtomically(const QString& path, QByteArrayView bytes, Replace replace,
                                          const std::function<void()>& beforeCommit)
{
    Write result;
    const QByteArray target = native(path);
    auto fail = [&](int error, const QString& message) {
        result.error = error;
        result.message = message;
        return result;
    };
    struct stat status;
    if (::lstat(target.constData(), &status) == 0) {
        if (replace == Replace::Never) {
            result.nameTaken = true;
            return fail(EEXIST, tr("%1 already exists and was left as it is.").arg(path));
        }
        if (!S_ISREG(status.st_mode))
            return fail(0,
                        tr("%1 is not a regular file (it is a folder, a pipe, a device or a link); it was left "
                           "as it is and nothing was written.")
                            .arg(path));
    }

    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = native(temporaryPrefix(path) + randomSuffix());
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return fail(errno, tr("A temporary file could not be created beside %1: %2").arg(path, systemError(errno)));
    const Descriptor file(fd);
    // Held until the file has its name (or is gone): removeLeftovers() leaves a locked file alone.
    ::flock(fd, LOCK_EX);
    ::fchmod(fd, S_IRUSR | S_IWUSR); // whoMayRead() checks what came of it (FAT keeps no modes)
    int error = 0;
    auto abandon = [&](const QString& message) {
        ::unlink(temporary.constData());
        return fail(error, message);
    };
    if (!writeAll(fd, bytes.data(), bytes.size(), &error))
        return abandon(tr("%1 could not be written: %2").arg(path, systemError(error)));
    if (!flushToDrive(fd, &error, &result.flushCheck))
        return abandon(tr("%1 could not be flushed to the drive: %2").arg(path, systemError(error)));
    result.flushed = true;
    if (beforeCommit)
        beforeCommit();
    error = replace == Replace::Never ? renameNoReplace(temporary, target)
                                      : (::rename(temporary.constData(), target.constData()) == 0 ? 0 : errno);
    if (error == EEXIST) {
        result.nameTaken = true;
        return abandon(
            tr("Another program created %1 while it was being written; that file was left as it is.").arg(path));
    }
    if (error != 0)
        return abandon(tr("%1 could not be given its name: %2").arg(path, systemError(error)));
    result.folderSynced = syncFolder(QFileInfo(path).absolutePath());
    result.ok = true;
    return result;
}

bool SafeFile::syncFolder(const QString& folder)
{
    const Descriptor fd(::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.valid() && ::fsync(fd.get()) == 0;
}

SafeFile::Cleanup SafeFile::removeLeftovers(const QString& folder)
{
    Cleanup cleanup;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : names) {
        if (!isLeftoverName(name))
            continue;
        const QString path = QDir(folder).filePath(name);
        const Descriptor fd(::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC));
        struct stat status;
        if (!fd.valid() || ::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode))
            continue;
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
            continue; // a live writer holds it
        if (::unlink(native(path).constData()) == 0)
            cleanup.removed.append(path);
        else
            cleanup.failed.append(tr("%1: %2").arg(path, systemError(errno)));
    }
    if (!cleanup.removed.isEmpty())
        syncFolder(folder);
    return cleanup;
}

} // namespace keyhaven
