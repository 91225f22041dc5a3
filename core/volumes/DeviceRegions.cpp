// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceRegions.h"

#include <algorithm>

namespace keyhaven {

QList<DeviceRegion> mergeRegions(QList<DeviceRegion> regions)
{
    std::sort(regions.begin(), regions.end(),
              [](const DeviceRegion& a, const DeviceRegion& b) { return a.offset < b.offset; });
    QList<DeviceRegion> merged;
    for (DeviceRegion& region : regions) {
        if (region.bytes.isEmpty())
            continue;
        if (!merged.isEmpty()) {
            DeviceRegion& last = merged.last();
            const quint64 lastEnd = last.offset + quint64(last.bytes.size());
            if (region.offset <= lastEnd) {
                const quint64 end = region.offset + quint64(region.bytes.size());
                if (end > lastEnd)
                    last.bytes.append(region.bytes.sliced(qsizetype(lastEnd - region.offset)));
                continue;
            }
        }
        merged.append(std::move(region));
    }
    return merged;
}

RecordingDevice::RecordingDevice(QIODevice& inner)
    : m_inner(inner)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

QList<DeviceRegion> RecordingDevice::regions() const
{
    return mergeRegions(m_reads);
}

qint64 RecordingDevice::readData(char* data, qint64 maxSize)
{
    if (!m_inner.seek(pos())) {
        setErrorString(m_inner.errorString());
        return -1;
    }
    const qint64 n = m_inner.read(data, maxSize);
    if (n < 0) {
        setErrorString(m_inner.errorString());
        return -1;
    }
    if (n > 0)
        m_reads.append({ quint64(pos()), QByteArray(data, n) });
    return n;
}

RegionDevice::RegionDevice(QList<DeviceRegion> regions)
    : m_regions(mergeRegions(std::move(regions)))
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 RegionDevice::readData(char* data, qint64 maxSize)
{
    const auto at = quint64(pos());
    for (const DeviceRegion& region : std::as_const(m_regions)) {
        const quint64 end = region.offset + quint64(region.bytes.size());
        if (at < region.offset || at >= end)
            continue;
        const qint64 n = std::min<qint64>(maxSize, qint64(end - at));
        std::copy_n(region.bytes.constData() + (at - region.offset), n, data);
        return n;
    }
    return 0;
}

} // namespace keyhaven
