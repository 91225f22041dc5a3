// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace keyhaven {

// File reads and writes that cannot hang, cannot replace a file that appeared meanwhile, and say what the
// system answered. Every message is translated and names the errno ("No space left on device (ENOSPC)").
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    // strerror(error) followed by the symbolic name, e.g. "Input/output error (EIO)".
    static QString systemError(int error);

    struct Read
    {
        bool ok = false;
        QByteArray bytes; // at most the maximum asked for plus one byte; the caller wipes key material
        int error = 0; // errno of the failure; 0 when ok or when the path is not a regular file
        bool notRegular = false; // a FIFO, device, socket, folder or symbolic link: refused unopened or unread
        bool missing = false; // nothing at that path
        QString message; // why it failed, for people
    };
    // Opens without following a symbolic link in the last component and without blocking (a FIFO or a
    // device under the name is refused at once), and reads only a regular file.
    static Read readRegular(const QString& path, qint64 maximumSize);

    // Is there anything under this name at all (a dangling symbolic link counts)?
    static bool occupied(const QString& path);

    enum class Replace { Never, RegularFileOnly };
    struct Write
    {
        bool ok = false;
        bool nameTaken = false; // Replace::Never: something appeared under the name; it was left alone
        bool flushed = false; // the data was flushed to the drive before it got its name
        QString flushCheck; // what that flush was on this system, for the result's checks
        bool folderSynced = false; // the new name itself was flushed (the folder's entry)
        int error = 0;
        QString message; // why it failed, for people; empty when ok
    };
    // Writes `bytes` to a temporary file beside `path` (owner-only from the start, locked while it is being
    // written), flushes it to the drive, and gives it its name in one step: with Replace::Never without ever
    // replacing what is there (renameat2 RENAME_NOREPLACE, else link and unlink); with RegularFileOnly over a
    // regular file but never over anything else. `beforeCommit` runs just before the name is given (tests).
    static Write writeAtomically(const QString& path, QByteArrayView bytes, Replace replace,
                                 const std::function<void()>& beforeCommit = {});

    // Temporary files of writeAtomically() that a killed process left in `folder` (they may hold a whole
    // key). Those no live writer holds are removed. `failed` names the ones that could not be, with why.
    struct Cleanup
    {
        QStringList removed;
        QStringList failed;
    };
    static Cleanup removeLeftovers(const QString& folder);
    // The temporary name beside `path` starts with this (followed by six random characters).
    static QString temporaryPrefix(const QString& path);

    // Who may read `path`: only its owner (POSIX permissions 0600, or on Windows an access list with the owner
    // alone), anyone (a file system without permissions: FAT, exFAT, NTFS through FUSE, which report made-up
    // ones), more than the owner, or not known (the system described neither the file nor its volume).
    enum class Readers { OwnerOnly, NoPermissionsHere, MoreThanOwner, Unknown };
    static Readers whoMayRead(const QString& path);

    // fsync of a folder, so that a new or removed name in it is on the drive.
    static bool syncFolder(const QString& folder);
};

} // namespace keyhaven
