// SPDX-License-Identifier: GPL-3.0-or-later
#include "Udisks2Objects.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDir>

#include <limits>

namespace keyhaven {

namespace {

const QString BlockInterface = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString DriveInterface = QStringLiteral("org.freedesktop.UDisks2.Drive");
const QString FilesystemInterface = QStringLiteral("org.freedesktop.UDisks2.Filesystem");

// A D-Bus value QtDBus could not map to a Qt type arrives as a QDBusArgument; it is read only when its
// signature is the one expected (reading it as another type would give garbage).
bool isArgumentOf(const QVariant& value, const char* signature)
{
    return value.metaType() == QMetaType::fromType<QDBusArgument>()
        && value.value<QDBusArgument>().currentSignature() == QLatin1String(signature);
}

// udisks2 sends paths as NUL-terminated byte arrays ("ay").
QString bytesToString(QByteArray bytes)
{
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QString pathBytes(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QByteArray>())
        return bytesToString(value.toByteArray());
    if (isArgumentOf(value, "ay"))
        return bytesToString(qdbus_cast<QByteArray>(value.value<QDBusArgument>()));
    return {};
}

// "MountPoints" ("aay"): only absolute paths, cleaned.
QStringList mountPoints(const QVariant& value)
{
    QByteArrayList points;
    if (value.metaType() == QMetaType::fromType<QByteArrayList>())
        points = value.value<QByteArrayList>();
    else if (isArgumentOf(value, "aay"))
        points = qdbus_cast<QByteArrayList>(value.value<QDBusArgument>());
    QStringList result;
    for (const QByteArray& point : std::as_const(points)) {
        const QString path = bytesToString(point);
        if (QDir::isAbsolutePath(path))
            result.append(QDir::cleanPath(path));
    }
    return result;
}

template <typename T>
std::optional<T> valueOf(const QVariant& value)
{
    if (value.metaType() != QMetaType::fromType<T>())
        return std::nullopt;
    return value.value<T>();
}

bool flag(const QVariantMap& properties, const QString& name)
{
    return valueOf<bool>(properties.value(name)).value_or(false);
}

QString text(const QVariantMap& properties, const QString& name)
{
    return valueOf<QString>(properties.value(name)).value_or(QString());
}

QDBusObjectPath drivePathOf(const UDisksInterfaces& interfaces)
{
    return valueOf<QDBusObjectPath>(interfaces.value(BlockInterface).value(QStringLiteral("Drive")))
        .value_or(QDBusObjectPath());
}

bool isRemovable(const QVariantMap& drive)
{
    return flag(drive, QStringLiteral("Removable")) || flag(drive, QStringLiteral("MediaRemovable"))
        || text(drive, QStringLiteral("ConnectionBus")) == QLatin1String("usb");
}

// "Size" is a "t" (unsigned 64-bit); a size Keyhaven cannot hold is unknown.
qint64 sizeOf(const QVariantMap& block)
{
    const std::optional<qulonglong> size = valueOf<qulonglong>(block.value(QStringLiteral("Size")));
    return size && *size <= qulonglong(std::numeric_limits<qint64>::max()) ? qint64(*size) : -1;
}

} // namespace

QList<RemovableDrive> udisks2RemovableDrives(const UDisksObjects& objects)
{
    QList<RemovableDrive> drives;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const UDisksInterfaces& interfaces = it.value();
        if (!interfaces.contains(FilesystemInterface) || !interfaces.contains(BlockInterface))
            continue;
        const QVariantMap block = interfaces.value(BlockInterface);
        const QStringList points = mountPoints(interfaces.value(FilesystemInterface).value(QStringLiteral("MountPoints")));
        const QDBusObjectPath drivePath = drivePathOf(interfaces);
        if (points.isEmpty() || drivePath.path().isEmpty()
            || !isRemovable(objects.value(drivePath).value(DriveInterface)))
            continue;
        RemovableDrive drive;
        drive.device = pathBytes(block.value(QStringLiteral("Device")));
        drive.mountPoint = points.first();
        drive.label = text(block, QStringLiteral("IdLabel"));
        drive.fsType = text(block, QStringLiteral("IdType"));
        drive.size = sizeOf(block);
        drives.append(drive);
    }
    return drives;
}

std::optional<Udisks2Eject> udisks2EjectPlan(const UDisksObjects& objects, const QString& mountPoint)
{
    const QString wanted = QDir::cleanPath(mountPoint);
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const UDisksInterfaces& interfaces = it.value();
        if (!mountPoints(interfaces.value(FilesystemInterface).value(QStringLiteral("MountPoints"))).contains(wanted))
            continue;
        const QDBusObjectPath drivePath = drivePathOf(interfaces); // empty: ejecting it fails and says so
        const bool canPowerOff = flag(objects.value(drivePath).value(DriveInterface), QStringLiteral("CanPowerOff"));
        return Udisks2Eject { it.key(), drivePath, canPowerOff ? QStringLiteral("PowerOff") : QStringLiteral("Eject") };
    }
    return std::nullopt;
}

UDisksObjects udisks2ManagedObjects(const QDBusConnection& bus, const QString& service)
{
    registerUdisks2Types();
    const QDBusMessage call = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/UDisks2"),
                                                             QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                                                             QStringLiteral("GetManagedObjects"));
    const QDBusReply<UDisksObjects> reply = bus.call(call);
    return reply.isValid() ? reply.value() : UDisksObjects();
}

void registerUdisks2Types()
{
    qDBusRegisterMetaType<UDisksInterfaces>();
    qDBusRegisterMetaType<UDisksObjects>();
    qDBusRegisterMetaType<QByteArrayList>();
}

} // namespace keyhaven
