// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-ins for this computer's drives, for the wizard's tests and the screenshot tool: test images as its
// encrypted volumes, folders as its USB sticks.
#pragma once

#include "platform/PathLocator.h"
#include "platform/RemovableDrives.h"
#include "volumes/VolumeSource.h"

#include <QStringList>

namespace keyhaven::test {

// Stands in for the computer's encrypted volumes: the given image files, read for real.
class ImageVolumeSource : public VolumeSource
{
public:
    explicit ImageVolumeSource(QStringList images)
        : m_images(std::move(images))
    {
    }
    VolumeScan listVolumes() override { return readPaths(m_images); }

private:
    QStringList m_images;
};

// Stands in for USB sticks: folders that the test says are mounted removable drives. The list can change
// while the wizard runs (a stick plugged in). As the wizard's path locator it says each such folder is the
// mount point of a removable FAT drive (so the USB target accepts it); other paths are the system's answer.
class FolderDrives : public RemovableDrives, public PathLocator
{
public:
    QString backendName() const override { return QStringLiteral("test"); }
    QList<RemovableDrive> list() const override { return m_drives; }
    bool eject(const QString& mountPoint, QString* error) override;
    std::optional<PathLocation> locate(const QString& path) const override;

    // A stick of `size` bytes with `free` of them free (default: 8 GiB, half free).
    void plugIn(const QString& folder, const QString& label, qint64 size = 8LL * 1024 * 1024 * 1024,
                qint64 free = -1);
    void pullOut(const QString& folder);
    QStringList ejected;

private:
    QList<RemovableDrive> m_drives;
};

} // namespace keyhaven::test
