// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathLocator.h"

#if defined(Q_OS_WIN)
#include "WindowsPathLocator.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace keyhaven {

namespace {

QByteArray readSmall(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096).trimmed() : QByteArray();
}

// mountinfo escapes space, tab, newline and backslash as octal (\040).
QString unescapeMountField(const QByteArray& field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

bool isUnder(const QString& path, const QString& folder)
{
    if (folder == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

PathLocation::Encryption encryptionOf(const QByteArray& dmUuid)
{
    using Encryption = PathLocation::Encryption;
    if (!dmUuid.startsWith("CRYPT-"))
        return Encryption::None;
    if (dmUuid.startsWith("CRYPT-BITLK"))
        return Encryption::BitLocker;
    if (dmUuid.startsWith("CRYPT-FVAULT2"))
        return Encryption::FileVault;
    if (dmUuid.startsWith("CRYPT-LUKS"))
        return Encryption::Luks;
    return Encryption::OtherCrypt;
}

} // namespace

QString nearestExistingFolder(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!info.exists() && info.absoluteFilePath() != QLatin1String("/"))
        info = QFileInfo(info.absolutePath());
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return info.absoluteFilePath();
    return info.isDir() ? canonical : QFileInfo(canonical).absolutePath();
}

LinuxPathLocator::LinuxPathLocator(QString mountInfoPath, QString sysRoot, QString devDir)
    : m_mountInfoPath(std::move(mountInfoPath))
    , m_sysRoot(std::move(sysRoot))
    , m_devDir(std::move(devDir))
{
}

QList<LinuxPathLocator::Mount> LinuxPathLocator::mounts() const
{
    QList<Mount> result;
    QFile file(m_mountInfoPath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf(QByteArray("-"));
        if (fields.size() < 7 || dash < 6 || dash + 2 >= fields.size())
            continue;
        Mount mount;
        mount.majorMinor = QString::fromLatin1(fields[2]);
        mount.mountPoint = unescapeMountField(fields[4]);
        mount.readOnly = fields[5].split(',').contains("ro");
        mount.fsType = unescapeMountField(fields[dash + 1]);
        mount.source = unescapeMountField(fields[dash + 2]);
        result.append(mount);
    }
    return result;
}

std::optional<LinuxPathLocator::Mount> LinuxPathLocator::mountFor(const QString& path) const
{
    std::optional<Mount> best;
    // Later lines win on ties: a mount over an earlier one at the same point hides it.
    for (const Mount& mount : mounts())
        if (isUnder(path, mount.mountPoint) && (!best || mount.mountPoint.size() >= best->mountPoint.size()))
            best = mount;
    return best;
}

void LinuxPathLocator::describeDevice(const QString& majorMinor, PathLocation& location) const
{
    describeDevice(majorMinor, location, 0);
}

static bool isDislocker(const LinuxPathLocator::Mount& mount)
{
    return mount.fsType.startsWith(QLatin1String("fuse"))
        && (mount.fsType.contains(QLatin1String("dislocker")) || mount.source.contains(QLatin1String("dislocker")));
}

// A loop device takes what is under its backing file: a file inside dislocker's FUSE mount is a BitLocker
// volume opened by dislocker; a file on an encrypted or internal drive is on that drive.
void LinuxPathLocator::describeLoopBacking(const QString& device, PathLocation& location, int nesting) const
{
    const QString backing = QString::fromUtf8(readSmall(device + QStringLiteral("/loop/backing_file")));
    if (backing.isEmpty() || nesting >= 4)
        return;
    const std::optional<Mount> mount = mountFor(nearestExistingFolder(backing));
    if (!mount)
        return;
    if (isDislocker(*mount)) {
        location.encryption = PathLocation::Encryption::BitLocker;
        return;
    }
    PathLocation under;
    describeDevice(mount->majorMinor, under, nesting + 1);
    if (under.isEncrypted()) {
        location.encryption = under.encryption;
        location.encryptedDevice = under.encryptedDevice;
        location.cryptUuid = under.cryptUuid;
    }
    location.wholeDisk = under.wholeDisk;
    location.removable = under.removable;
}

void LinuxPathLocator::describeDevice(const QString& majorMinor, PathLocation& location, int nesting) const
{
    // Follows the device down through device-mapper layers (LVM, dm-crypt) to the disk; at most a few levels.
    QString current = QFileInfo(m_sysRoot + QStringLiteral("/dev/block/") + majorMinor).canonicalFilePath();
    for (int depth = 0; depth < 8 && !current.isEmpty(); ++depth) {
        const QString name = QFileInfo(current).fileName();
        if (depth == 0)
            location.deviceName = name;
        const QByteArray dmUuid = readSmall(current + QStringLiteral("/dm/uuid"));
        const QStringList slaves = QDir(current + QStringLiteral("/slaves"))
                                       .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        if (location.encryption == PathLocation::Encryption::None
            && encryptionOf(dmUuid) != PathLocation::Encryption::None) {
            location.encryption = encryptionOf(dmUuid);
            location.cryptUuid = QString::fromLatin1(dmUuid);
            if (!slaves.isEmpty())
                location.encryptedDevice = m_devDir + QLatin1Char('/') + slaves.first();
        }
        if (!slaves.isEmpty()) {
            current = QFileInfo(current + QStringLiteral("/slaves/") + slaves.first()).canonicalFilePath();
            continue;
        }
        if (QFileInfo::exists(current + QStringLiteral("/loop/backing_file"))) {
            describeLoopBacking(current, location, nesting);
            return;
        }
        const bool partition = QFileInfo::exists(current + QStringLiteral("/partition"));
        const QString disk = partition ? QFileInfo(current).absolutePath() : current;
        location.wholeDisk = QFileInfo(disk).fileName();
        location.removable = readSmall(disk + QStringLiteral("/removable")) == "1"
            || disk.contains(QLatin1String("/usb")) || disk.contains(QLatin1String("/mmc"));
        return;
    }
}

std::optional<PathLocation> LinuxPathLocator::locate(const QString& path) const
{
    const QString folder = nearestExistingFolder(path);
    const std::optional<Mount> mount = mountFor(folder);
    if (!mount)
        return std::nullopt;
    PathLocation location;
    location.mountPoint = mount->mountPoint;
    location.source = mount->source;
    location.fsType = mount->fsType;
    location.readOnly = mount->readOnly;
    describeDevice(mount->majorMinor, location);
    return location;
}

void FixedPathLocator::add(const QString& folder, const PathLocation& location)
{
    m_table.append({ QDir::cleanPath(folder), location });
}

std::optional<PathLocation> FixedPathLocator::locate(const QString& path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const std::pair<QString, PathLocation>* best = nullptr;
    for (const auto& entry : m_table)
        if (isUnder(clean, entry.first) && (!best || entry.first.size() > best->first.size()))
            best = &entry;
    if (!best)
        return std::nullopt;
    return best->second;
}

namespace {

SystemRoots& roots()
{
    static SystemRoots theRoots;
    return theRoots;
}

} // namespace

const SystemRoots& systemRoots()
{
    return roots();
}

void setSystemRoots(const SystemRoots& replacement)
{
    roots() = replacement;
    roots().recorded = true;
}

std::shared_ptr<const PathLocator> systemPathLocator()
{
#ifdef Q_OS_LINUX
    const SystemRoots& system = systemRoots();
    return std::make_shared<LinuxPathLocator>(system.mountInfo, system.sys, system.dev);
#elif defined(Q_OS_WIN)
    return systemWindowsPathLocator();
#else
    return std::make_shared<FixedPathLocator>();
#endif
}

} // namespace keyhaven
