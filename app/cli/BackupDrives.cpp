// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli backup --list-drives and --eject: the removable drives a key can go to.
#include "Cli.h"

#include "platform/RemovableDrives.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace keyhaven::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? Cli::tr("unknown") : QLocale().formattedDataSize(bytes);
}

QJsonValue sizeJson(qint64 bytes)
{
    return bytes < 0 ? QJsonValue() : QJsonValue(double(bytes));
}

} // namespace

int listDrives(bool json)
{
    const std::unique_ptr<RemovableDrives> source = createRemovableDrives();
    const QList<RemovableDrive> drives = source->list();
    if (json) {
        QJsonArray list;
        for (const RemovableDrive& drive : drives)
            list.append(QJsonObject {
                { QStringLiteral("device"), drive.device },
                { QStringLiteral("mountPoint"), drive.mountPoint },
                { QStringLiteral("label"), drive.label },
                { QStringLiteral("fsType"), drive.fsType },
                { QStringLiteral("size"), sizeJson(drive.size) },
                { QStringLiteral("free"), sizeJson(drive.free) },
            });
        Cli::json(QJsonDocument(
            QJsonObject { { QStringLiteral("drives"), list }, { QStringLiteral("source"), source->backendName() } }));
    } else if (drives.isEmpty()) {
        Cli::error(Cli::tr("No removable drive is mounted. Plug in a USB stick and open it once, then try again."));
    }
    for (const RemovableDrive& drive : json ? QList<RemovableDrive>() : drives)
        Cli::out(Cli::tr("%1  %2  (%3, %4, %5 free, %6)")
                     .arg(drive.mountPoint, drive.label.isEmpty() ? Cli::tr("no label") : drive.label, drive.device,
                          sizeText(drive.size), sizeText(drive.free), drive.fsType));
    return drives.isEmpty() ? Negative : Success;
}

int ejectDrive(const QString& mountPoint, bool json, QJsonArray* ejected)
{
    QString error;
    const bool ok = createRemovableDrives()->eject(mountPoint, &error);
    ejected->append(QJsonObject { { QStringLiteral("mountPoint"), mountPoint },
                                  { QStringLiteral("ejected"), ok },
                                  { QStringLiteral("message"), error } });
    if (!json)
        ok ? Cli::out(Cli::tr("%1 was ejected: you can pull the stick out now.").arg(mountPoint))
           : Cli::error(Cli::tr("%1 could not be ejected: %2").arg(mountPoint, error));
    return ok ? Success : Environment;
}

} // namespace keyhaven::cli
