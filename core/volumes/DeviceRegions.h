// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace keyhaven {

// Bytes read from a device at a known offset: what the metadata helper hands back of a drive.
struct DeviceRegion
{
    quint64 offset = 0;
    QByteArray bytes;
};

// Wraps an open, seekable device and remembers every region read through it, so that a reader's exact
// footprint on a drive (and nothing more) can be handed on. Read-only.
class RecordingDevice : public QIODevice
{
public:
    explicit RecordingDevice(QIODevice& inner);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_inner.size(); }
    // The regions read so far, sorted by offset, overlapping and adjacent ones merged.
    QList<DeviceRegion> regions() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_inner;
    QList<DeviceRegion> m_reads;
};

// A read-only, seekable device that holds only some regions of a drive: reads inside a region return its
// bytes, reads anywhere else return nothing (like the end of the device). Size unknown, as for a block device.
class RegionDevice : public QIODevice
{
public:
    explicit RegionDevice(QList<DeviceRegion> regions);

    bool isSequential() const override { return false; }
    const QList<DeviceRegion>& regions() const { return m_regions; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QList<DeviceRegion> m_regions;
};

// Sorts regions by offset and merges the ones that overlap or touch.
QList<DeviceRegion> mergeRegions(QList<DeviceRegion> regions);

} // namespace keyhaven
