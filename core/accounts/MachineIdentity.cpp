// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineIdentity.h"

#include <QFile>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyhaven {

namespace {

bool isPlaceholder(const QString& serial)
{
    static const QStringList placeholders {
        QStringLiteral("to be filled by o.e.m."),
        QStringLiteral("default string"),
        QStringLiteral("not specified"),
        QStringLiteral("system serial number"),
        QStringLiteral("none"),
        QStringLiteral("0"),
        QStringLiteral("0123456789"),
        QStringLiteral("n/a"),
        QStringLiteral("chassis serial number"),
    };
    return serial.isEmpty() || placeholders.contains(serial.toLower());
}

QString& serialFile()
{
    static QString file = QStringLiteral("/sys/class/dmi/id/product_serial");
    return file;
}

} // namespace

QString MachineIdentity::hardwareSerialFile()
{
    return serialFile();
}

void MachineIdentity::setHardwareSerialFile(const QString& file)
{
    serialFile() = file;
}

QString MachineIdentity::hardwareSerial()
{
    QFile file(serialFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString serial = QString::fromUtf8(file.read(256)).trimmed();
    return isPlaceholder(serial) ? QString() : serial;
}

QString MachineIdentity::serial(const RecoveryKey& key)
{
    if (const QString hardware = hardwareSerial(); !hardware.isEmpty())
        return hardware;
    if (!key.identifier.isEmpty())
        return key.identifier;
    if (key.volumeGuid)
        return key.volumeGuid->toString();
    return key.id ? key.id->toString() : QString();
}

QString MachineIdentity::computerName()
{
    return QSysInfo::machineHostName();
}

QString MachineIdentity::userName()
{
#if defined(Q_OS_UNIX)
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace keyhaven
