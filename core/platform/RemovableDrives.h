// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathLocator.h"
#include "ProcessRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace keyhaven {

// A mounted removable drive (a USB stick, a memory card) that a key can be saved to.
struct RemovableDrive
{
    QString device; // /dev/sdb1
    QString mountPoint; // /media/me/STICK
    QString label; // the file system's label; empty when it has none
    QString fsType; // vfat, exfat, …
    qint64 size = -1; // bytes; -1 when not known
    qint64 free = -1; // bytes available; -1 when not known (not mounted here, no access)
};

// Lists removable drives and ejects them safely. Linux: udisks2 over D-Bus when it runs, otherwise
// mountinfo and sysfs (/sys/block/*/removable) with `umount` and `eject`.
class RemovableDrives
{
    Q_DECLARE_TR_FUNCTIONS(RemovableDrives)

public:
    virtual ~RemovableDrives() = default;
    virtual QString backendName() const = 0; // "udisks2", "sysfs"
    virtual QList<RemovableDrive> list() const = 0;
    // Unmounts the drive at `mountPoint` and powers it off or ejects it, so that it can be pulled out.
    // `error` (translated) says what failed; the drive stays mounted then.
    virtual bool eject(const QString& mountPoint, QString* error) = 0;
};

// From /proc/self/mountinfo and sysfs; ejects with udisksctl when present, else `umount` and `eject`.
class SysfsRemovableDrives : public RemovableDrives
{
    Q_DECLARE_TR_FUNCTIONS(SysfsRemovableDrives)

public:
    // The roots can be replaced by recorded trees; `runner` by fake tools.
    explicit SysfsRemovableDrives(QString mountInfoPath = QStringLiteral("/proc/self/mountinfo"),
                                  QString sysRoot = QStringLiteral("/sys"), QString devDir = QStringLiteral("/dev"),
                                  std::shared_ptr<ProcessRunner> runner = {});

    QString backendName() const override { return QStringLiteral("sysfs"); }
    QList<RemovableDrive> list() const override;
    bool eject(const QString& mountPoint, QString* error) override;

private:
    QString labelOf(const QString& deviceName) const;
    bool runTool(const QString& program, const QStringList& args, QString* error) const;

    LinuxPathLocator m_locator;
    QString m_sysRoot;
    QString m_devDir;
    std::shared_ptr<ProcessRunner> m_runner;
};

// udisks2 on the system bus: null when it does not run (or D-Bus is not built in).
std::unique_ptr<RemovableDrives> createUdisks2Drives();
// udisks2 when it runs, otherwise sysfs.
std::unique_ptr<RemovableDrives> createRemovableDrives();

} // namespace keyhaven
