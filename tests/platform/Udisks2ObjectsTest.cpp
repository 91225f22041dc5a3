// SPDX-License-Identifier: GPL-3.0-or-later
// udisks2's GetManagedObjects answer turned into drives (Udisks2Objects). The answer goes through a real D-Bus
// connection (a private peer-to-peer one: no system bus or udisks2 runs here), so QtDBus demarshals it exactly
// as it does udisks2's: "ay" and "aay" values arrive as QDBusArgument, "t" as qulonglong, "o" as an object path.
// The answer is that of a laptop with a USB stick, an SD card, the internal NVMe disk and a loop device, with
// udisks2's property names and D-Bus types (udisks2 2.9 API); it was written after that API, not recorded from
// a live udisks2.
#include "platform/Udisks2Objects.h"

#include "support/catch.h"

#include <QDBusArgument>
#include <QDBusServer>
#include <QThread>

#include <atomic>

using namespace keyhaven;

namespace {

const QString Block = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString Drive = QStringLiteral("org.freedesktop.UDisks2.Drive");
const QString Filesystem = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
const QString Partition = QStringLiteral("org.freedesktop.UDisks2.Partition");

QDBusObjectPath object(const char* path)
{
    return QDBusObjectPath(QLatin1String("/org/freedesktop/UDisks2/") + QLatin1String(path));
}

QVariantMap block(const char* device, const char* drive, qulonglong size, const char* type, const char* label)
{
    const QByteArray path = QByteArray(device) + '\0';
    return { { QStringLiteral("Device"), path },
             { QStringLiteral("PreferredDevice"), path },
             { QStringLiteral("Drive"), QVariant::fromValue(object(drive)) },
             { QStringLiteral("Size"), QVariant::fromValue(size) },
             { QStringLiteral("IdUsage"), QStringLiteral("filesystem") },
             { QStringLiteral("IdType"), QString::fromLatin1(type) },
             { QStringLiteral("IdLabel"), QString::fromUtf8(label) },
             { QStringLiteral("ReadOnly"), false },
             { QStringLiteral("HintSystem"), false } };
}

QVariantMap filesystem(QByteArrayList mountPoints)
{
    for (QByteArray& point : mountPoints)
        point.append('\0');
    return { { QStringLiteral("MountPoints"), QVariant::fromValue(mountPoints) },
             { QStringLiteral("Size"), QVariant::fromValue(qulonglong(0)) } };
}

QVariantMap drive(bool removable, bool mediaRemovable, const char* bus, bool canPowerOff)
{
    return { { QStringLiteral("Removable"), removable },
             { QStringLiteral("MediaRemovable"), mediaRemovable },
             { QStringLiteral("Ejectable"), mediaRemovable },
             { QStringLiteral("ConnectionBus"), QString::fromLatin1(bus) },
             { QStringLiteral("CanPowerOff"), canPowerOff },
             { QStringLiteral("Vendor"), QStringLiteral("") },
             { QStringLiteral("Model"), QStringLiteral("") } };
}

UDisksObjects laptopAnswer()
{
    UDisksObjects objects;
    objects[object("Manager")] = { { QStringLiteral("org.freedesktop.UDisks2.Manager"),
                                     { { QStringLiteral("Version"), QStringLiteral("2.9.4") } } } };
    // A USB stick, mounted where a desktop mounts it, with a label that is not ASCII.
    objects[object("drives/SanDisk_Cruzer_Blade_4C530001230707116101")]
        = { { Drive, drive(true, true, "usb", true) } };
    objects[object("block_devices/sdb")] = { { Block, block("/dev/sdb", "drives/SanDisk_Cruzer_Blade_4C530001230707116101",
                                                            16'008'609'792ULL, "", "") } };
    objects[object("block_devices/sdb1")]
        = { { Block, block("/dev/sdb1", "drives/SanDisk_Cruzer_Blade_4C530001230707116101", 16'007'561'216ULL,
                           "vfat", "SCHLÜSSEL") },
            { Filesystem, filesystem({ "/media/anna/SCHLÜSSEL" }) },
            { Partition, { { QStringLiteral("Number"), 1U } } } };
    // An SD card in the built-in reader: removable media, not USB, cannot be powered off; mounted twice.
    objects[object("drives/SD_SL32G_0x1a2b3c4d")] = { { Drive, drive(false, true, "sdio", false) } };
    objects[object("block_devices/mmcblk0p1")]
        = { { Block, block("/dev/mmcblk0p1", "drives/SD_SL32G_0x1a2b3c4d", 31'902'400'512ULL, "exfat", "CARD") },
            { Filesystem, filesystem({ "/run/media/anna/CARD", "/mnt/card" }) } };
    // The internal disk: mounted, never offered.
    objects[object("drives/Samsung_SSD_970_EVO_Plus_1TB_S4EWNX0N123456")] = { { Drive, drive(false, false, "", false) } };
    objects[object("block_devices/nvme0n1p2")]
        = { { Block, block("/dev/nvme0n1p2", "drives/Samsung_SSD_970_EVO_Plus_1TB_S4EWNX0N123456",
                           999'653'638'144ULL, "ext4", "") },
            { Filesystem, filesystem({ "/" }) } };
    // A second partition of the stick that is not mounted, and a loop device (no drive at all).
    objects[object("block_devices/sdb2")]
        = { { Block, block("/dev/sdb2", "drives/SanDisk_Cruzer_Blade_4C530001230707116101", 1'048'576ULL, "ext4",
                           "spare") },
            { Filesystem, filesystem({}) } };
    QVariantMap loop = block("/dev/loop0", "", 56'000'000ULL, "squashfs", "");
    loop[QStringLiteral("Drive")] = QVariant::fromValue(QDBusObjectPath(QStringLiteral("/")));
    objects[object("block_devices/loop0")] = { { Block, loop }, { Filesystem, filesystem({ "/snap/core/1" }) } };
    return objects;
}

// udisks2's ObjectManager, answering with whatever it is given.
class FakeUdisks : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.DBus.ObjectManager")

public:
    explicit FakeUdisks(UDisksObjects answer)
        : m_answer(std::move(answer))
    {
    }

public slots:
    UDisksObjects GetManagedObjects() { return m_answer; }

private:
    UDisksObjects m_answer;
};

// A private D-Bus server in a thread of its own (the client's call blocks this thread) that exports the fake
// at udisks2's path on each connection.
class PeerBus
{
public:
    explicit PeerBus(const UDisksObjects& answer)
    {
        registerUdisks2Types();
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_server = new QDBusServer;
                m_fake = new FakeUdisks(answer);
                QObject::connect(m_server, &QDBusServer::newConnection, m_fake,
                                 [this](const QDBusConnection& connection) {
                                     QDBusConnection(connection).registerObject(
                                         QStringLiteral("/org/freedesktop/UDisks2"), m_fake,
                                         QDBusConnection::ExportAllSlots);
                                     m_registered = true;
                                 });
                m_address = m_server->address();
            },
            Qt::BlockingQueuedConnection);
        m_client = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToPeer(m_address, QStringLiteral("keyhaven-udisks2-test")));
        REQUIRE(m_client->isConnected());
        for (int waited = 0; !m_registered && waited < 10000; waited += 10)
            QThread::msleep(10); // the server side exports the fake on its own thread
        REQUIRE(m_registered);
    }

    ~PeerBus()
    {
        QDBusConnection::disconnectFromPeer(QStringLiteral("keyhaven-udisks2-test"));
        QMetaObject::invokeMethod(&m_context, [this] {
            delete m_server;
            delete m_fake;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    const QDBusConnection& client() const { return *m_client; }

private:
    QThread m_thread;
    QObject m_context;
    QDBusServer* m_server = nullptr;
    FakeUdisks* m_fake = nullptr;
    QString m_address;
    std::atomic<bool> m_registered = false;
    std::unique_ptr<QDBusConnection> m_client;
};

} // namespace

TEST_CASE("udisks2: a laptop's answer, through a real D-Bus connection, gives the stick and the card only",
          "[platform][udisks2]")
{
    PeerBus bus(laptopAnswer());
    const UDisksObjects answer = udisks2ManagedObjects(bus.client(), QString());
    REQUIRE(answer.size() == laptopAnswer().size());
    // As from the system bus: byte arrays and lists of them arrive undecoded.
    const QVariantMap stickFs = answer.value(object("block_devices/sdb1")).value(Filesystem);
    CHECK(stickFs.value(QStringLiteral("MountPoints")).metaType() == QMetaType::fromType<QDBusArgument>());

    const QList<RemovableDrive> drives = udisks2RemovableDrives(answer);
    REQUIRE(drives.size() == 2);
    const RemovableDrive& card = drives[0]; // the map is ordered by object path: mmcblk0p1 before sdb1
    CHECK(card.device == QStringLiteral("/dev/mmcblk0p1"));
    CHECK(card.mountPoint == QStringLiteral("/run/media/anna/CARD"));
    CHECK(card.label == QStringLiteral("CARD"));
    CHECK(card.fsType == QStringLiteral("exfat"));
    CHECK(card.size == 31'902'400'512LL);
    const RemovableDrive& stick = drives[1];
    CHECK(stick.device == QStringLiteral("/dev/sdb1"));
    CHECK(stick.mountPoint == QStringLiteral("/media/anna/SCHLÜSSEL"));
    CHECK(stick.label == QStringLiteral("SCHLÜSSEL"));
    CHECK(stick.fsType == QStringLiteral("vfat"));
    CHECK(stick.size == 16'007'561'216LL);
    CHECK(stick.free == -1); // filled in by the caller from the mounted file system

    // Ejecting: the stick is powered off, the card (which cannot be) ejected; the internal disk is not found.
    const std::optional<Udisks2Eject> stickPlan = udisks2EjectPlan(answer, QStringLiteral("/media/anna/SCHLÜSSEL/"));
    REQUIRE(stickPlan);
    CHECK(stickPlan->filesystem == object("block_devices/sdb1"));
    CHECK(stickPlan->drive == object("drives/SanDisk_Cruzer_Blade_4C530001230707116101"));
    CHECK(stickPlan->method == QStringLiteral("PowerOff"));
    const std::optional<Udisks2Eject> cardPlan = udisks2EjectPlan(answer, QStringLiteral("/mnt/card"));
    REQUIRE(cardPlan);
    CHECK(cardPlan->method == QStringLiteral("Eject"));
    CHECK_FALSE(udisks2EjectPlan(answer, QStringLiteral("/media/anna")));
}

TEST_CASE("udisks2: values of the wrong D-Bus type count as missing, never as garbage", "[platform][udisks2]")
{
    UDisksObjects answer = laptopAnswer();
    QVariantMap& stickBlock = answer[object("block_devices/sdb1")][Block];
    QVariantMap& stickFs = answer[object("block_devices/sdb1")][Filesystem];
    QVariantMap& cardFs = answer[object("block_devices/mmcblk0p1")][Filesystem];
    QVariantMap& cardDrive = answer[object("drives/SD_SL32G_0x1a2b3c4d")][Drive];
    stickBlock[QStringLiteral("Device")] = QStringList { QStringLiteral("/dev/sdb1") }; // "as", not "ay"
    stickBlock[QStringLiteral("Size")] = QVariant::fromValue(qulonglong(1) << 63); // beyond qint64
    stickBlock[QStringLiteral("IdLabel")] = QVariant::fromValue(QByteArray("LABEL")); // "ay", not "s"
    stickFs[QStringLiteral("MountPoints")]
        = QVariant::fromValue(QByteArrayList { QByteArray("relative/path"), QByteArray("/media/anna/../anna/KEYS") });
    cardDrive[QStringLiteral("MediaRemovable")] = QStringLiteral("true"); // "s", not "b": not removable
    cardFs[QStringLiteral("MountPoints")] = QStringList { QStringLiteral("/mnt/card") };

    PeerBus bus(answer);
    const QList<RemovableDrive> drives = udisks2RemovableDrives(udisks2ManagedObjects(bus.client(), QString()));
    REQUIRE(drives.size() == 1);
    CHECK(drives[0].device.isEmpty());
    CHECK(drives[0].size == -1);
    CHECK(drives[0].label.isEmpty());
    CHECK(drives[0].mountPoint == QStringLiteral("/media/anna/KEYS")); // the relative one is dropped, this cleaned
}

TEST_CASE("udisks2: no answer gives no drives", "[platform][udisks2]")
{
    PeerBus bus({});
    CHECK(udisks2RemovableDrives(udisks2ManagedObjects(bus.client(), QString())).isEmpty());
    // Nobody at that path on the bus: an error reply, no drives.
    const QDBusConnection unconnected = QDBusConnection::connectToPeer(QStringLiteral("unix:path=/nonexistent/bus"),
                                                                       QStringLiteral("keyhaven-nobody"));
    CHECK(udisks2ManagedObjects(unconnected, QString()).isEmpty());
    QDBusConnection::disconnectFromPeer(QStringLiteral("keyhaven-nobody"));
}

#include "Udisks2ObjectsTest.moc"
