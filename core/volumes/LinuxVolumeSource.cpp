// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinuxVolumeSource.h"

#include "MetadataHelper.h"
#include "VolumeProbe.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>

#include <unistd.h>

namespace keyhaven {

namespace {

QByteArray readSmallFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

// "loop2" before "loop10": runs of digits compare as numbers.
bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            const QString numberA = a.mid(startA, i - startA);
            const QString numberB = b.mid(startB, j - startB);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (numberA != numberB)
                return numberA < numberB;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

// RAM disks cannot hold a BitLocker or FileVault volume, nor can optical discs; floppy drives that are not
// there make open(2) wait for seconds.
bool isSkipped(const QString& name)
{
    for (const char* prefix : {"ram", "zram", "fd", "sr"})
        if (name.startsWith(QLatin1String(prefix)) && name.size() > qsizetype(std::strlen(prefix))
            && name.at(qsizetype(std::strlen(prefix))).isDigit())
            return true;
    return false;
}

// One password prompt for every drive this user may not read; those the helper could not read either stay
// unreadable.
void readThroughHelper(VolumeScan& scan)
{
    const QMap<QString, ProbeResult> results = MetadataHelper::probe(scan.unreadableDevices);
    QStringList stillUnreadable;
    for (const QString& device : std::as_const(scan.unreadableDevices)) {
        ProbeResult result = results.value(device);
        if (result.volume)
            scan.volumes.append(std::move(*result.volume));
        else if (result.problem && result.problem->kind == VolumeProblem::Kind::PermissionDenied)
            stillUnreadable.append(device);
        else if (result.problem && (result.problem->kind == VolumeProblem::Kind::Damaged
                                    || result.problem->kind == VolumeProblem::Kind::Unsupported
                                    || result.problem->kind == VolumeProblem::Kind::IoError))
            scan.problems.append(std::move(*result.problem));
    }
    scan.unreadableDevices = stillUnreadable;
}

} // namespace

QString LinuxVolumeSource::unreadableMessage(const QStringList& devices)
{
    const QString list = devices.join(QStringLiteral(", "));
    if (::geteuid() == 0)
        return tr("Some devices could not be read even with administrator rights: %1. The system does not allow it "
                  "here (a container, or a security policy such as SELinux or AppArmor).")
            .arg(list);
    return tr("Some devices could not be read for lack of permission: %1. To look at them, run with administrator "
              "rights (sudo or pkexec), or add your user to the “disk” group (which lets it read every disk; log in "
              "again after adding it).")
        .arg(list);
}

LinuxVolumeSource::LinuxVolumeSource(QString sysBlockDir, QString devDir)
    : m_sysBlockDir(std::move(sysBlockDir))
    , m_devDir(std::move(devDir))
{
}

QString LinuxVolumeSource::deviceNode(const QString& name) const
{
    // uevent names the node (DEVNAME=mapper/… or cciss/c0d0); sysfs writes '/' in names as '!'.
    const QList<QByteArray> lines
        = readSmallFile(m_sysBlockDir + QLatin1Char('/') + name + QStringLiteral("/uevent")).split('\n');
    QString node = QString(name).replace(QLatin1Char('!'), QLatin1Char('/'));
    for (const QByteArray& line : lines)
        if (line.startsWith("DEVNAME=") && line.size() > 8 && !line.contains(".."))
            node = QString::fromUtf8(line.mid(8));
    return m_devDir + QLatin1Char('/') + node;
}

QStringList LinuxVolumeSource::blockDevices() const
{
    QStringList names = QDir(m_sysBlockDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), naturalLess);
    QStringList devices;
    for (const QString& name : std::as_const(names)) {
        const QByteArray size = readSmallFile(m_sysBlockDir + QLatin1Char('/') + name + QStringLiteral("/size"));
        if (isSkipped(name) || size.trimmed().toULongLong() == 0)
            continue;
        devices.append(deviceNode(name));
    }
    return devices;
}

VolumeScan LinuxVolumeSource::listVolumes()
{
    VolumeScan scan;
    for (const QString& device : blockDevices()) {
        ProbeResult result = VolumeProbe::probeDirectly(device);
        if (result.volume) {
            scan.volumes.append(std::move(*result.volume));
            continue;
        }
        switch (result.problem->kind) {
        case VolumeProblem::Kind::PermissionDenied:
            scan.unreadableDevices.append(device);
            break;
        case VolumeProblem::Kind::NotEncrypted:
        case VolumeProblem::Kind::OtherEncryption:
        case VolumeProblem::Kind::NotFound: // a device that went away while looking
            break;
        case VolumeProblem::Kind::Unsupported:
        case VolumeProblem::Kind::Damaged:
        case VolumeProblem::Kind::IoError:
            scan.problems.append(std::move(*result.problem));
            break;
        }
    }
    if (!scan.unreadableDevices.isEmpty() && MetadataHelper::usable())
        readThroughHelper(scan);
    if (!scan.unreadableDevices.isEmpty())
        scan.problems.append(
            { QString(), VolumeProblem::Kind::PermissionDenied, unreadableMessage(scan.unreadableDevices) });
    return scan;
}

std::unique_ptr<VolumeSource> createVolumeSource()
{
    return std::make_unique<LinuxVolumeSource>();
}

} // namespace keyhaven
