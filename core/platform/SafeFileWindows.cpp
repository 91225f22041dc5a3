// SPDX-License-Identifier: GPL-3.0-or-later
// SafeFile on Windows: CreateFileW with CREATE_NEW and an access list for this user alone, FlushFileBuffers,
// MoveFileExW without replacing. Cross-built with MinGW-w64 and tested under Wine (packaging/windows/build.sh).
#include "SafeFile.h"
#include "SafeFileParts.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <string>
#include <vector>

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

namespace keyhaven {

using safefile::errnoName;
using safefile::isLeftoverName;
using safefile::randomSuffix;

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
    const auto notRegular = [&] {
        read.notRegular = true;
        read.message = tr("%1 is not a regular file (it is a folder, a pipe or a device); it was not read.").arg(path);
        return read;
    };
    const QFileInfo info(path);
    read.missing = !info.exists() && !info.isSymLink();
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        return notRegular();
    Handle file(::CreateFileW(nativePath(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file.valid()) {
        const DWORD error = ::GetLastError();
        read.error = errnoFromWindows(error);
        read.message = tr("%1 could not be opened: %2").arg(path, windowsError(error));
        return read;
    }
    if (::GetFileType(file.get()) != FILE_TYPE_DISK)
        return notRegular();
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
    // Windows' error is taken first: closing and deleting may change it.
    const auto abandon = [&](const QString& what) {
        const DWORD error = ::GetLastError();
        file.close();
        ::DeleteFileW(nativePath(temporary).c_str());
        return fail(what, error);
    };
    if (!writeAll(file.get(), bytes))
        return abandon(tr("%1 could not be written: %2"));
    if (!::FlushFileBuffers(file.get()))
        return abandon(tr("%1 could not be flushed to the drive: %2"));
    result.flushed = true;
    result.flushCheck = tr("flushed to the drive (FlushFileBuffers)");
    if (!file.close())
        return abandon(tr("%1 could not be written: %2"));
    if (beforeCommit)
        beforeCommit();
    // Without MOVEFILE_REPLACE_EXISTING, MoveFileEx never replaces an existing file.
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (replace == Replace::Never ? 0 : MOVEFILE_REPLACE_EXISTING);
    if (!::MoveFileExW(nativePath(temporary).c_str(), nativePath(path).c_str(), flags))
        return abandon(tr("%1 could not be given its name: %2"));
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

} // namespace keyhaven
