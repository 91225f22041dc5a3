// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// udisks2's answer to GetManagedObjects, as QtDBus demarshalled it (object paths → interfaces → properties),
// turned into removable drives. Kept apart from the bus so that a test and a fuzzer can hand it any answer.
#include "RemovableDrives.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QMap>
#include <QVariantMap>

#include <optional>

namespace keyhaven {

using UDisksInterfaces = QMap<QString, QVariantMap>;
using UDisksObjects = QMap<QDBusObjectPath, UDisksInterfaces>;

// The mounted file systems on removable drives among `objects` (udisks2's own "Removable", "MediaRemovable" or
// a USB connection). Values of an unexpected D-Bus type count as missing. `free` is left unknown (-1).
QList<RemovableDrive> udisks2RemovableDrives(const UDisksObjects& objects);

// What ejecting the drive mounted at `mountPoint` takes: unmount the file system, then power off the drive
// when it can be, else eject it. Nothing when no file system of `objects` is mounted there.
struct Udisks2Eject
{
    QDBusObjectPath filesystem;
    QDBusObjectPath drive; // empty when udisks2 does not name the drive
    QString method; // "PowerOff" or "Eject"
};
std::optional<Udisks2Eject> udisks2EjectPlan(const UDisksObjects& objects, const QString& mountPoint);

// Asks udisks2 (`service`) on `bus` for its objects; empty when it did not answer with them.
UDisksObjects udisks2ManagedObjects(const QDBusConnection& bus,
                                    const QString& service = QStringLiteral("org.freedesktop.UDisks2"));

// Registers the answer's types with QtDBus (once is enough; more is harmless).
void registerUdisks2Types();

} // namespace keyhaven

Q_DECLARE_METATYPE(keyhaven::UDisksInterfaces)
Q_DECLARE_METATYPE(keyhaven::UDisksObjects)
