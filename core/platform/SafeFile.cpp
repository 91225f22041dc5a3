// SPDX-License-Identifier: GPL-3.0-or-later
// What SafeFile does the same on every system; the writes themselves are in SafeFilePosix.cpp and
// SafeFileWindows.cpp.
#include "SafeFile.h"
#include "SafeFileParts.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <utility>

namespace keyhaven {

namespace safefile {

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

bool isLeftoverName(const QString& name)
{
    static const QRegularExpression ours(QStringLiteral("^\\..+\\.keyhaven-[A-Za-z0-9]{6}$"));
    static const QRegularExpression qsavefile(
        QStringLiteral("^(BitLocker|FileVault) Recovery Key[^/]*\\.(TXT|txt)\\.[A-Za-z0-9]{6}$"));
    return ours.match(name).hasMatch() || qsavefile.match(name).hasMatch();
}

} // namespace safefile

QString SafeFile::systemError(int error)
{
    return tr("%1 (%2)").arg(QString::fromLocal8Bit(std::strerror(error)), safefile::errnoName(error));
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

} // namespace keyhaven
