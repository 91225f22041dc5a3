// SPDX-License-Identifier: GPL-3.0-or-later
// Removable drives through udisks2 on the system D-Bus, as desktops see them.
#include "RemovableDrives.h"

#ifdef KEYHAVEN_HAVE_DBUS

#include "Udisks2Objects.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QStorageInfo>

namespace keyhaven {

namespace {

const QString Service = QStringLiteral("org.freedesktop.UDisks2");
constexpr int CallTimeoutMs = 60 * 1000;

class Udisks2Drives : public RemovableDrives
{
    Q_DECLARE_TR_FUNCTIONS(Udisks2Drives)

public:
    QString backendName() const override { return QStringLiteral("udisks2"); }

    QList<RemovableDrive> list() const override
    {
        QList<RemovableDrive> drives = udisks2RemovableDrives(udisks2ManagedObjects(QDBusConnection::systemBus()));
        for (RemovableDrive& drive : drives) {
            const QStorageInfo storage(drive.mountPoint);
            if (storage.isValid() && storage.isReady())
                drive.free = storage.bytesAvailable();
        }
        return drives;
    }

    bool eject(const QString& mountPoint, QString* error) override
    {
        const std::optional<Udisks2Eject> plan
            = udisks2EjectPlan(udisks2ManagedObjects(QDBusConnection::systemBus()), mountPoint);
        if (!plan) {
            if (error)
                *error = tr("No removable drive is mounted at %1.").arg(mountPoint);
            return false;
        }
        const QString filesystem = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
        const QString drive = QStringLiteral("org.freedesktop.UDisks2.Drive");
        return call(plan->filesystem.path(), filesystem, QStringLiteral("Unmount"), error)
            && call(plan->drive.path(), drive, plan->method, error);
    }

private:
    static bool call(const QString& path, const QString& interface, const QString& method, QString* error)
    {
        QDBusMessage message = QDBusMessage::createMethodCall(Service, path, interface, method);
        message << QVariantMap();
        const QDBusMessage reply = QDBusConnection::systemBus().call(message, QDBus::Block, CallTimeoutMs);
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
    registerUdisks2Types();
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
