// SPDX-License-Identifier: GPL-3.0-or-later
// udisks2's GetManagedObjects answer, after QtDBus demarshalled it: object paths → interfaces → properties. The
// D-Bus bytes themselves are read by libdbus and QtDBus, not by Keyhaven; what Keyhaven reads is the typed
// answer, so the input is turned (FuzzedDataProvider) into such an answer — a few objects with udisks2's
// interfaces and property names, each value of a type udisks2 may or may not send — and handed to
// udisks2RemovableDrives and udisks2EjectPlan. Values QtDBus leaves as QDBusArgument ("ay", "aay") cannot be made
// without a bus; Udisks2ObjectsTest sends them through a real peer-to-peer connection.
#include "platform/Udisks2Objects.h"

#include <QDir>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QStringList objectPaths { QStringLiteral("/org/freedesktop/UDisks2/block_devices/sdb1"),
                                QStringLiteral("/org/freedesktop/UDisks2/block_devices/sdb"),
                                QStringLiteral("/org/freedesktop/UDisks2/drives/Stick"),
                                QStringLiteral("/org/freedesktop/UDisks2/drives/Disk"),
                                QStringLiteral("/") };
const QStringList interfaceNames { QStringLiteral("org.freedesktop.UDisks2.Block"),
                                   QStringLiteral("org.freedesktop.UDisks2.Filesystem"),
                                   QStringLiteral("org.freedesktop.UDisks2.Drive"),
                                   QStringLiteral("org.freedesktop.UDisks2.Partition") };
const QStringList propertyNames { QStringLiteral("Device"),        QStringLiteral("Drive"),
                                  QStringLiteral("Size"),          QStringLiteral("IdLabel"),
                                  QStringLiteral("IdType"),        QStringLiteral("MountPoints"),
                                  QStringLiteral("Removable"),     QStringLiteral("MediaRemovable"),
                                  QStringLiteral("ConnectionBus"), QStringLiteral("CanPowerOff") };

template <typename Names>
QString pick(FuzzedDataProvider& input, const Names& names)
{
    // Mostly a known name; sometimes any text.
    if (input.ConsumeIntegralInRange<int>(0, 7) == 0)
        return QString::fromStdString(input.ConsumeRandomLengthString(64));
    return names.at(input.ConsumeIntegralInRange<qsizetype>(0, names.size() - 1));
}

// An object path as QtDBus hands it over: always a valid one (QtDBus refuses others before Keyhaven sees them).
QDBusObjectPath objectPath(FuzzedDataProvider& input)
{
    if (input.ConsumeIntegralInRange<int>(0, 7) != 0)
        return QDBusObjectPath(objectPaths.at(input.ConsumeIntegralInRange<qsizetype>(0, objectPaths.size() - 1)));
    QString path = QStringLiteral("/org/freedesktop/UDisks2/block_devices/");
    for (const char c : input.ConsumeRandomLengthString(32))
        path.append(QChar::isLetterOrNumber(uchar(c)) && uchar(c) < 0x80 ? QLatin1Char(c) : QLatin1Char('_'));
    if (path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('x'));
    return QDBusObjectPath(path);
}

QByteArray bytes(FuzzedDataProvider& input)
{
    return QByteArray::fromStdString(input.ConsumeRandomLengthString(128));
}

QVariant value(FuzzedDataProvider& input, int depth = 0)
{
    switch (input.ConsumeIntegralInRange<int>(0, 11)) {
    case 0:
        return input.ConsumeBool();
    case 1:
        return QString::fromStdString(input.ConsumeRandomLengthString(128));
    case 2:
        return bytes(input);
    case 3:
        return QVariant::fromValue(input.ConsumeIntegral<qulonglong>());
    case 4:
        return QVariant::fromValue(input.ConsumeIntegral<qlonglong>());
    case 5:
        return input.ConsumeIntegral<int>();
    case 6:
        return QVariant::fromValue(objectPath(input));
    case 7: {
        QByteArrayList list;
        for (int n = input.ConsumeIntegralInRange<int>(0, 4); n > 0; --n)
            list.append(bytes(input));
        return QVariant::fromValue(list);
    }
    case 8: {
        QStringList list;
        for (int n = input.ConsumeIntegralInRange<int>(0, 4); n > 0; --n)
            list.append(QString::fromStdString(input.ConsumeRandomLengthString(64)));
        return list;
    }
    case 9: {
        QVariantList list;
        for (int n = input.ConsumeIntegralInRange<int>(0, 3); n > 0 && depth < 3; --n)
            list.append(value(input, depth + 1));
        return list;
    }
    case 10: {
        QVariantMap map;
        for (int n = input.ConsumeIntegralInRange<int>(0, 3); n > 0 && depth < 3; --n)
            map.insert(pick(input, propertyNames), value(input, depth + 1));
        return map;
    }
    default:
        return {};
    }
}

keyhaven::UDisksObjects answer(FuzzedDataProvider& input)
{
    keyhaven::UDisksObjects objects;
    for (int n = input.ConsumeIntegralInRange<int>(0, 8); n > 0 && input.remaining_bytes() > 0; --n) {
        keyhaven::UDisksInterfaces& interfaces = objects[objectPath(input)];
        for (int i = input.ConsumeIntegralInRange<int>(0, 3); i > 0; --i) {
            QVariantMap& properties = interfaces[pick(input, interfaceNames)];
            for (int p = input.ConsumeIntegralInRange<int>(0, 8); p > 0; --p)
                properties.insert(pick(input, propertyNames), value(input));
        }
    }
    return objects;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    const keyhaven::UDisksObjects objects = answer(input);
    const QList<keyhaven::RemovableDrive> drives = keyhaven::udisks2RemovableDrives(objects);
    // What the backup offers as a place to save to: a clean absolute path, a known or unknown (-1) size.
    for (const keyhaven::RemovableDrive& drive : drives) {
        if (!QDir::isAbsolutePath(drive.mountPoint) || QDir::cleanPath(drive.mountPoint) != drive.mountPoint
            || drive.size < -1 || drive.free != -1)
            std::abort();
        // Every drive listed can be found again to be ejected.
        if (!keyhaven::udisks2EjectPlan(objects, drive.mountPoint))
            std::abort();
    }
    (void)keyhaven::udisks2EjectPlan(objects, QString::fromStdString(input.ConsumeRemainingBytesAsString()));
    return 0;
}
