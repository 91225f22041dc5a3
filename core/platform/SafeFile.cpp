// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#endif

namespace keyhaven {

namespace {

QString errnoName(int error)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    if (const char* name = ::strerrorname_np(error))
        return QString::fromLatin1(name);
#endif
    // The errors file writes meet, for C libraries without strerrorname_np (Windows', macOS').
    static const std::pair<int, const char*> names[] = {
        { EPERM, "EPERM" },
        { ENOENT, "ENOENT" },
        { EIO, "EIO" },
        { ENXIO, "ENXIO" },
        { EBADF, "EBADF" },
        { ENOMEM, "ENOMEM" },
        { EACCES, "EACCES" },
        { EBUSY, "EBUSY" },
        { EEXIST, "EEXIST" },
        { EXDEV, "EXDEV" },
        { ENODEV, "ENODEV" },
        { ENOTDIR, "ENOTDIR" },
        { EISDIR, "EISDIR" },
        { EINVAL, "EINVAL" },
        { EMFILE, "EMFILE" },
        { EFBIG, "EFBIG" },
        { ENOSPC, "ENOSPC" },
        { EROFS, "EROFS" },
        { ENAMETOOLONG, "ENAMETOOLONG" },
    };
    for (const auto& [number, name] : names)
        if (number == error)
            return QString::fromLatin1(name);
    return QStringLiteral("errno %1").arg(error);
}

QString randomSuffix()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return suffix;
}

// Ours: ".<name>.keyhaven-XXXXXX". Also what QSaveFile left beside key files before: "<key file name>.XXXXXX".
bool isLeftoverName(const QString& name)
{
    static const QRegularExpression ours(QStringLiteral("^\\..+\\.keyhaven-[A-Za-z0-9]{6}$"));
    static const QRegularExpression qsavefile(
        QStringLiteral("^(BitLocker|FileVault) Recovery Key[^/]*\\.(TXT|txt)\\.[A-Za-z0-9]{6}$"));
    return ours.match(name).hasMatch() || qsavefile.match(name).hasMatch();
}

} // namespace

QString SafeFile::systemError(int error)
{
    return tr("%1 (%2)").arg(QString::fromLocal8Bit(std::strerror(error)), errnoName(error));
}

QString SafeFile::temporaryPrefix(const QString& path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath()).filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".keyhaven-"));
}

bool SafeFile::occupied(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

#ifdef Q_OS_UNIX

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
            return fail(0, tr("%1 is not a regular file (it is a folder, a pipe, a device or a link); it was left "
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
        return abandon(tr("Another program created %1 while it was being written; that file was left as it is.")
                           .arg(path));
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

#else // Windows: cross-built with MinGW-w64 and tested under Wine (packaging/windows/build.sh).

namespace {

// The errno nearest to a Windows error, so that messages and Write::error mean the same on every system.
int errnoFromWindows(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_NETWORK_ACCESS_DENIED:
        return EACCES;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_WRITE_PROTECT:
        return EROFS;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EBUSY;
    case ERROR_NOT_SAME_DEVICE:
        return EXDEV;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    default:
        return EIO;
    }
}

// "The system cannot find the path specified. (ENOENT) [Windows error 3]"
QString windowsError(DWORD error)
{
    return QStringLiteral("%1 (%2) [Windows error %3]")
        .arg(qt_error_string(int(error)), errnoName(errnoFromWindows(error)))
        .arg(error);
}

std::wstring nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

// The security identifier of the user this process runs as, e.g. "S-1-5-21-…-1001"; empty if Windows does not say.
std::wstring currentUserSid()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    std::wstring text;
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    wchar_t* sid = nullptr;
    if (size && ::GetTokenInformation(token, TokenUser, buffer.data(), size, &size)
        && ::ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &sid)) {
        text = sid;
        ::LocalFree(sid);
    }
    ::CloseHandle(token);
    return text;
}

// A protected access list with one entry: this user, full control. Nothing inherited from the folder.
class OwnerOnlySecurity
{
public:
    OwnerOnlySecurity()
    {
        const std::wstring user = currentUserSid();
        m_ok = !user.empty()
            && ::ConvertStringSecurityDescriptorToSecurityDescriptorW((L"D:P(A;;FA;;;" + user + L")").c_str(),
                                                                      SDDL_REVISION_1, &m_descriptor, nullptr);
        m_attributes.nLength = sizeof m_attributes;
        m_attributes.lpSecurityDescriptor = m_descriptor;
        m_attributes.bInheritHandle = FALSE;
    }
    ~OwnerOnlySecurity() { ::LocalFree(m_descriptor); }
    OwnerOnlySecurity(const OwnerOnlySecurity&) = delete;
    OwnerOnlySecurity& operator=(const OwnerOnlySecurity&) = delete;
    SECURITY_ATTRIBUTES* attributes() { return m_ok ? &m_attributes : nullptr; }

private:
    PSECURITY_DESCRIPTOR m_descriptor = nullptr;
    SECURITY_ATTRIBUTES m_attributes {};
    bool m_ok = false;
};

// Whether the volume of `path` keeps access lists (NTFS, ReFS; not FAT or exFAT), if Windows says.
std::optional<bool> volumeKeepsAccessLists(const QString& path)
{
    wchar_t root[MAX_PATH + 1];
    DWORD flags = 0;
    if (!::GetVolumePathNameW(nativePath(path).c_str(), root, MAX_PATH + 1)
        || !::GetVolumeInformationW(root, nullptr, 0, nullptr, nullptr, &flags, nullptr, 0))
        return std::nullopt;
    return (flags & FILE_PERSISTENT_ACLS) != 0;
}

// Whether the file's access list is the one OwnerOnlySecurity gives: protected, one entry, this user's.
bool hasOwnerOnlyAccessList(const QString& path)
{
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (::GetNamedSecurityInfoW(nativePath(path).c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                &dacl, nullptr, &descriptor)
        != ERROR_SUCCESS)
        return false;
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    bool ownerOnly = dacl && ::GetSecurityDescriptorControl(descriptor, &control, &revision)
        && (control & SE_DACL_PROTECTED) && dacl->AceCount == 1;
    if (ownerOnly) {
        void* entry = nullptr;
        wchar_t* sid = nullptr;
        ownerOnly = ::GetAce(dacl, 0, &entry) && static_cast<ACE_HEADER*>(entry)->AceType == ACCESS_ALLOWED_ACE_TYPE
            && ::ConvertSidToStringSidW(&static_cast<ACCESS_ALLOWED_ACE*>(entry)->SidStart, &sid)
            && sid == currentUserSid();
        ::LocalFree(sid);
    }
    ::LocalFree(descriptor);
    return ownerOnly;
}

class Handle
{
public:
    explicit Handle(HANDLE handle)
        : m_handle(handle)
    {
    }
    ~Handle() { close(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    bool valid() const { return m_handle != INVALID_HANDLE_VALUE; }
    HANDLE get() const { return m_handle; }
    bool close()
    {
        const bool closed = !valid() || ::CloseHandle(m_handle);
        m_handle = INVALID_HANDLE_VALUE;
        return closed;
    }

private:
    HANDLE m_handle;
};

bool writeAll(HANDLE handle, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const DWORD chunk = DWORD(std::min<qsizetype>(bytes.size() - done, 1 << 20));
        DWORD written = 0;
        if (!::WriteFile(handle, bytes.data() + done, chunk, &written, nullptr) || written == 0)
            return false;
        done += written;
    }
    return true;
}

} // namespace

SafeFile::Read SafeFile::readRegular(const QString& path, qint64 maximumSize)
{
    Read read;
    const QFileInfo info(path);
    read.missing = !info.exists() && !info.isSymLink();
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        read.notRegular = true;
        read.message = tr("%1 is not a regular file (it is a folder, a pipe or a device); it was not read.").arg(path);
        return read;
    }
    Handle file(::CreateFileW(nativePath(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file.valid()) {
        const DWORD error = ::GetLastError();
        read.error = errnoFromWindows(error);
        read.message = tr("%1 could not be opened: %2").arg(path, windowsError(error));
        return read;
    }
    if (::GetFileType(file.get()) != FILE_TYPE_DISK) {
        read.notRegular = true;
        read.message = tr("%1 is not a regular file (it is a folder, a pipe or a device); it was not read.").arg(path);
        return read;
    }
    QByteArray bytes(maximumSize + 1, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        DWORD got = 0;
        const DWORD chunk = DWORD(std::min<qint64>(bytes.size() - done, 1 << 20));
        if (!::ReadFile(file.get(), bytes.data() + done, chunk, &got, nullptr)) {
            const DWORD error = ::GetLastError();
            read.error = errnoFromWindows(error);
            read.message = tr("%1 could not be read: %2").arg(path, windowsError(error));
            return read;
        }
        done += got;
        if (got == 0 || done == bytes.size())
            break;
    }
    bytes.truncate(done);
    read.bytes = bytes;
    read.ok = true;
    return read;
}

SafeFile::Write SafeFile::writeAtomically(const QString& path, QByteArrayView bytes, Replace replace,
                                          const std::function<void()>& beforeCommit)
{
    Write result;
    const QFileInfo info(path);
    if ((info.exists() || info.isSymLink()) && (replace == Replace::Never || !info.isFile() || info.isSymLink())) {
        result.nameTaken = replace == Replace::Never;
        result.error = EEXIST;
        result.message = tr("%1 already exists and was left as it is.").arg(path);
        return result;
    }
    const auto fail = [&](const QString& what, DWORD error) {
        result.error = errnoFromWindows(error);
        result.nameTaken = error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS;
        result.message = what.arg(path, windowsError(error));
        return result;
    };
    const QString temporary = temporaryPrefix(path) + randomSuffix();
    // A new file only (CREATE_NEW), which no other program may open while the key is in it, readable by its
    // owner alone where the volume keeps access lists.
    OwnerOnlySecurity ownerOnly;
    Handle file(::CreateFileW(nativePath(temporary).c_str(), GENERIC_WRITE, 0, ownerOnly.attributes(), CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file.valid())
        return fail(tr("A temporary file could not be created beside %1: %2"), ::GetLastError());
    if (!writeAll(file.get(), bytes)) {
        const DWORD error = ::GetLastError();
        file.close();
        ::DeleteFileW(nativePath(temporary).c_str());
        return fail(tr("%1 could not be written: %2"), error);
    }
    if (!::FlushFileBuffers(file.get())) {
        const DWORD error = ::GetLastError();
        file.close();
        ::DeleteFileW(nativePath(temporary).c_str());
        return fail(tr("%1 could not be flushed to the drive: %2"), error);
    }
    result.flushed = true;
    result.flushCheck = tr("flushed to the drive (FlushFileBuffers)");
    if (!file.close()) {
        const DWORD error = ::GetLastError();
        ::DeleteFileW(nativePath(temporary).c_str());
        return fail(tr("%1 could not be written: %2"), error);
    }
    if (beforeCommit)
        beforeCommit();
    // Without MOVEFILE_REPLACE_EXISTING, MoveFileEx never replaces an existing file.
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (replace == Replace::Never ? 0 : MOVEFILE_REPLACE_EXISTING);
    if (!::MoveFileExW(nativePath(temporary).c_str(), nativePath(path).c_str(), flags)) {
        const DWORD error = ::GetLastError();
        ::DeleteFileW(nativePath(temporary).c_str());
        return fail(tr("%1 could not be given its name: %2"), error);
    }
    result.folderSynced = true; // MOVEFILE_WRITE_THROUGH returns once the move is on the drive
    result.ok = true;
    return result;
}

SafeFile::Readers SafeFile::whoMayRead(const QString& path)
{
    const std::optional<bool> keepsAccessLists = volumeKeepsAccessLists(path);
    if (!keepsAccessLists)
        return Readers::Unknown;
    if (!*keepsAccessLists)
        return Readers::NoPermissionsHere;
    return hasOwnerOnlyAccessList(path) ? Readers::OwnerOnly : Readers::MoreThanOwner;
}

bool SafeFile::syncFolder(const QString&)
{
    return false; // Windows has no folder flush; the moves use MOVEFILE_WRITE_THROUGH instead
}

SafeFile::Cleanup SafeFile::removeLeftovers(const QString& folder)
{
    Cleanup cleanup;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : names) {
        const QString path = QDir(folder).filePath(name);
        if (!isLeftoverName(name))
            continue;
        // A live writer has the file open without sharing, and Windows refuses to delete an open file.
        if (::DeleteFileW(nativePath(path).c_str()))
            cleanup.removed.append(path);
    }
    return cleanup;
}

#endif

} // namespace keyhaven
