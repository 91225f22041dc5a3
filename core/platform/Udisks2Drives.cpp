// SPDX-License-Identifier: GPL-3.0-or-later
// Removable drives through udisks2 on the system D-Bus, as desktops see them.
#include "RemovableDrives.h"

#ifdef KEYHAVEN_HAVE_DBUS

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QStorageInfo>

using UDisksInterfaces = QMap<QString, QVariantMap>;
using UDisksObjects = QMap<QDBusObjectPath, UDisksInterfaces>;
Q_DECLARE_METATYPE(UDisksInterfaces)
Q_DECLARE_METATYPE(UDisksObjects)

namespace keyhaven {

namespace {

const QString Service = QStringLiteral("org.freedesktop.UDisks2");
const QString BlockInterface = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString DriveInterface = QStringLiteral("org.freedesktop.UDisks2.Drive");
const QString FilesystemInterface = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
constexpr int CallTimeoutMs = 60 * 1000;

QString bytesToString(const QVariant& value)
{
    QByteArray bytes = value.toByteArray();
    if (bytes.isEmpty() && value.canConvert<QDBusArgument>())
        bytes = qdbus_cast<QByteArray>(value.value<QDBusArgument>());
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QStringList mountPoints(const QVariant& value)
{
    QStringList result;
    if (!value.canConvert<QDBusArgument>())
        return result;
    for (const QByteArray& point : qdbus_cast<QList<QByteArray>>(value.value<QDBusArgument>()))
        result.append(bytesToString(point));
    return result;
}

class Udisks2Drives : public RemovableDrives
{
    Q_DECLARE_TR_FUNCTIONS(Udisks2Drives)

public:
    QString backendName() const override { return QStringLiteral("udisks2"); }

    QList<RemovableDrive> list() const override
    {
        QList<RemovableDrive> drives;
        const UDisksObjects objects = managedObjects();
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            const UDisksInterfaces& interfaces = it.value();
            if (!interfaces.contains(FilesystemInterface) || !interfaces.contains(BlockInterface))
                continue;
            const QVariantMap block = interfaces.value(BlockInterface);
            const QStringList points
                = mountPoints(interfaces.value(FilesystemInterface).value(QStringLiteral("MountPoints")));
            const auto drivePath = block.value(QStringLiteral("Drive")).value<QDBusObjectPath>();
            if (points.isEmpty() || !isRemovable(objects.value(drivePath).value(DriveInterface)))
                continue;
            RemovableDrive drive;
            drive.device = bytesToString(block.value(QStringLiteral("Device")));
            drive.mountPoint = points.first();
            drive.label = block.value(QStringLiteral("IdLabel")).toString();
            drive.fsType = block.value(QStringLiteral("IdType")).toString();
            drive.size = block.value(QStringLiteral("Size")).toLongLong();
            const QStorageInfo storage(drive.mountPoint);
            if (storage.isValid() && storage.isReady())
                drive.free = storage.bytesAvailable();
            drives.append(drive);
        }
        return drives;
    }

    bool eject(const QString& mountPoint, QString* error) override
    {
        const UDisksObjects objects = managedObjects();
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            const UDisksInterfaces& interfaces = it.value();
            if (!mountPoints(interfaces.value(FilesystemInterface).value(QStringLiteral("MountPoints")))
                     .contains(QDir::cleanPath(mountPoint)))
                continue;
            const auto drivePath
                = interfaces.value(BlockInterface).value(QStringLiteral("Drive")).value<QDBusObjectPath>();
            if (!call(it.key().path(), FilesystemInterface, QStringLiteral("Unmount"), error))
                return false;
            const QVariantMap drive = objects.value(drivePath).value(DriveInterface);
            const QString method = drive.value(QStringLiteral("CanPowerOff")).toBool() ? QStringLiteral("PowerOff")
                                                                                       : QStringLiteral("Eject");
            return call(drivePath.path(), DriveInterface, method, error);
        }
        if (error)
            *error = tr("No removable drive is mounted at %1.").arg(mountPoint);
        return false;
    }

private:
    static bool isRemovable(const QVariantMap& drive)
    {
        return drive.value(QStringLiteral("Removable")).toBool()
            || drive.value(QStringLiteral("MediaRemovable")).toBool()
            || drive.value(QStringLiteral("ConnectionBus")).toString() == QLatin1String("usb");
    }

    static UDisksObjects managedObjects()
    {
        QDBusInterface manager(Service, QStringLiteral("/org/freedesktop/UDisks2"),
                               QStringLiteral("org.freedesktop.DBus.ObjectManager"), QDBusConnection::systemBus());
        const QDBusReply<UDisksObjects> reply = manager.call(QStringLiteral("GetManagedObjects"));
        return reply.isValid() ? reply.value() : UDisksObjects();
    }

    static bool call(const QString& path, const QString& interface, const QString& method, QString* error)
    {
        QDBusInterface object(Service, path, interface, QDBusConnection::systemBus());
        object.setTimeout(CallTimeoutMs);
        const QDBusMessage reply = object.call(method, QVariantMap());
        if (reply.type() != QDBusMessage::ErrorMessage)
            return true;
        if (error)
            *error = tr("The drive could not be ejected: %1").arg(reply.errorMessage());
        return false;
    }
};

} // namespace

std::unique_ptr<RemovableDrives> createUdisks2Drives()
{
    qDBusRegisterMetaType<UDisksInterfaces>();
    qDBusRegisterMetaType<UDisksObjects>();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected() || !bus.interface())
        return nullptr;
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(Service);
    if (!registered.isValid() || !registered.value()) {
        // udisks2 is D-Bus activated: it may be installed but not started yet.
        const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
        if (!activatable.isValid() || !activatable.value().contains(Service))
            return nullptr;
    }
    return std::make_unique<Udisks2Drives>();
}

} // namespace keyhaven

#else

namespace keyhaven {

std::unique_ptr<RemovableDrives> createUdisks2Drives()
{
    return nullptr;
}

} // namespace keyhaven

#endif
