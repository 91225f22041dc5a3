// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovableDrives.h"

#include "PathLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace keyhaven {

namespace {

constexpr int ToolTimeoutMs = 60 * 1000;

// udev writes labels with unsafe characters as \xNN.
QString unescapeUdev(const QString& name)
{
    QByteArray out;
    const QByteArray in = name.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        bool ok = false;
        if (in[i] == '\\' && i + 3 < in.size() && in[i + 1] == 'x') {
            const int value = in.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(in[i]);
    }
    return QString::fromUtf8(out);
}

qint64 sectorsToBytes(const QByteArray& sectors)
{
    bool ok = false;
    const qint64 count = sectors.trimmed().toLongLong(&ok);
    return ok ? count * 512 : -1;
}

} // namespace

SysfsRemovableDrives::SysfsRemovableDrives(QString mountInfoPath, QString sysRoot, QString devDir,
                                           std::shared_ptr<ProcessRunner> runner)
    : m_locator(std::move(mountInfoPath), sysRoot, devDir)
    , m_sysRoot(std::move(sysRoot))
    , m_devDir(std::move(devDir))
    , m_runner(runner ? std::move(runner) : std::make_shared<SystemProcessRunner>())
{
}

QString SysfsRemovableDrives::labelOf(const QString& deviceName) const
{
    const QDir byLabel(m_devDir + QStringLiteral("/disk/by-label"));
    for (const QFileInfo& link : byLabel.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        if (QFileInfo(link.symLinkTarget()).fileName() == deviceName)
            return unescapeUdev(link.fileName());
    return {};
}

QList<RemovableDrive> SysfsRemovableDrives::list() const
{
    QList<RemovableDrive> drives;
    for (const LinuxPathLocator::Mount& mount : m_locator.mounts()) {
        PathLocation location;
        m_locator.describeDevice(mount.majorMinor, location);
        if (!location.hasBlockDevice() || !location.removable)
            continue;
        RemovableDrive drive;
        drive.device = m_devDir + QLatin1Char('/') + location.deviceName;
        drive.mountPoint = mount.mountPoint;
        drive.fsType = mount.fsType;
        drive.label = labelOf(location.deviceName);
        QFile size(QFileInfo(m_sysRoot + QStringLiteral("/dev/block/") + mount.majorMinor).canonicalFilePath()
                   + QStringLiteral("/size"));
        if (size.open(QIODevice::ReadOnly))
            drive.size = sectorsToBytes(size.read(64));
        const QStorageInfo storage(mount.mountPoint);
        if (storage.isValid() && storage.isReady() && QDir::cleanPath(storage.rootPath()) == mount.mountPoint)
            drive.free = storage.bytesAvailable();
        drives.append(drive);
    }
    return drives;
}

bool SysfsRemovableDrives::runTool(const QString& program, const QStringList& args, QString* error) const
{
    const ProcessRunner::Result result = m_runner->run(program, args, {}, ToolTimeoutMs);
    if (result.started && !result.timedOut && !result.crashed && result.exitCode == 0)
        return true;
    if (error) {
        const QString detail = QString::fromLocal8Bit(result.stdErr).trimmed();
        *error = !result.started ? tr("“%1” could not be started.").arg(program)
                                 : tr("“%1” failed: %2").arg(program, detail.isEmpty() ? tr("no details") : detail);
    }
    return false;
}

bool SysfsRemovableDrives::eject(const QString& mountPoint, QString* error)
{
    const QString clean = QDir::cleanPath(mountPoint);
    for (const RemovableDrive& drive : list()) {
        if (drive.mountPoint != clean)
            continue;
        // udisksctl lets an ordinary user do it; umount and eject need administrator rights.
        if (runTool(QStringLiteral("udisksctl"), { QStringLiteral("unmount"), QStringLiteral("-b"), drive.device },
                    nullptr))
            return runTool(QStringLiteral("udisksctl"),
                           { QStringLiteral("power-off"), QStringLiteral("-b"), drive.device }, error);
        if (!runTool(QStringLiteral("umount"), { clean }, error))
            return false;
        return runTool(QStringLiteral("eject"), { drive.device }, error);
    }
    if (error)
        *error = tr("No removable drive is mounted at %1.").arg(mountPoint);
    return false;
}

std::unique_ptr<RemovableDrives> createRemovableDrives()
{
    if (const SystemRoots& roots = systemRoots(); roots.recorded)
        return std::make_unique<SysfsRemovableDrives>(roots.mountInfo, roots.sys, roots.dev);
    if (auto udisks = createUdisks2Drives())
        return udisks;
    return std::make_unique<SysfsRemovableDrives>();
}

} // namespace keyhaven
