// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyId.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace keyhaven {

// Where a path lives: its mount, the device behind it, and whether that device is encrypted.
struct PathLocation
{
    enum class Encryption {
        None, // a plain device (or no device: tmpfs, FUSE, network)
        BitLocker, // dm-crypt over BitLocker (cryptsetup bitlk)
        FileVault, // dm-crypt over FileVault 2 (cryptsetup fvault2)
        Luks, // dm-crypt LUKS1/LUKS2
        OtherCrypt, // some other dm-crypt mapping (plain, TrueCrypt/VeraCrypt, …)
    };

    QString mountPoint; // the root of the mount the path is on
    QString source; // what mountinfo says is mounted there, e.g. /dev/sdb1 or tmpfs
    QString fsType; // vfat, ext4, tmpfs, fuse…
    QString deviceName; // the sysfs name of the block device (sdb1, dm-0); empty without one
    QString wholeDisk; // the disk under it all (sdb); empty without one
    bool removable = false; // a stick, card or other removable/USB disk
    bool readOnly = false; // mounted read-only
    Encryption encryption = Encryption::None;
    QString encryptedDevice; // the device (or image) under the encryption, to read its metadata from
    QString cryptUuid; // the dm-crypt UUID (CRYPT-BITLK-…), when there is one
    QList<KeyId> protectorIds; // Windows: the volume's protectors, as BitLocker lists them
    // Translated: why it could not be told where the path is or whether its volume is encrypted (Windows
    // without elevation, say). Empty when the fields above are known.
    QString unknownReason;

    bool hasBlockDevice() const { return !deviceName.isEmpty(); }
    bool isEncrypted() const { return encryption != Encryption::None; }
    bool isKnown() const { return unknownReason.isEmpty(); }
};

// Tells which mount, device and volume a path is on. One implementation reads the system; a fixed one
// stands in for it in tests.
class PathLocator
{
public:
    virtual ~PathLocator() = default;
    // Nothing when it cannot be told. A path that does not exist yet is located by its nearest existing folder.
    virtual std::optional<PathLocation> locate(const QString& path) const = 0;
};

// Linux: /proc/self/mountinfo for the mount, sysfs for the device (its disk, whether it is removable,
// the dm-crypt mapping and the devices under it). The roots can be replaced by recorded trees.
class LinuxPathLocator : public PathLocator
{
public:
    explicit LinuxPathLocator(QString mountInfoPath = QStringLiteral("/proc/self/mountinfo"),
                              QString sysRoot = QStringLiteral("/sys"), QString devDir = QStringLiteral("/dev"));

    std::optional<PathLocation> locate(const QString& path) const override;

    // One line of mountinfo.
    struct Mount
    {
        QString majorMinor; // "8:17"
        QString mountPoint;
        QString fsType;
        QString source;
        bool readOnly = false;
    };
    QList<Mount> mounts() const;
    // The mount whose point is the longest prefix of the absolute, canonical `path`.
    std::optional<Mount> mountFor(const QString& path) const;
    // Fills the device fields of `location` from sysfs for the device `majorMinor`.
    void describeDevice(const QString& majorMinor, PathLocation& location) const;

private:
    void describeDevice(const QString& majorMinor, PathLocation& location, int nesting) const;
    void describeLoopBacking(const QString& device, PathLocation& location, int nesting) const;

    QString m_mountInfoPath;
    QString m_sysRoot;
    QString m_devDir;
};

// For tests (and for platforms without a locator): answers from a table of folders.
class FixedPathLocator : public PathLocator
{
public:
    // Every path under `folder` (or the folder itself) is said to be at `location`.
    void add(const QString& folder, const PathLocation& location);
    std::optional<PathLocation> locate(const QString& path) const override;

private:
    QList<std::pair<QString, PathLocation>> m_table;
};

// Where the system's mount table, sysfs and /dev are. Only the test build of keyhaven-cli changes them (to
// recorded trees, before main()); production code never reads a test's environment variables.
struct SystemRoots
{
    QString mountInfo = QStringLiteral("/proc/self/mountinfo");
    QString sys = QStringLiteral("/sys");
    QString dev = QStringLiteral("/dev");
    bool recorded = false; // set by setSystemRoots(): recorded trees stand in for the system
};
const SystemRoots& systemRoots();
void setSystemRoots(const SystemRoots& roots);

// The locator for this system (Linux reads the system's roots, Windows asks the system; macOS knows nothing yet).
std::shared_ptr<const PathLocator> systemPathLocator();

// The nearest existing folder at or above `path`, made absolute and canonical.
QString nearestExistingFolder(const QString& path);

} // namespace keyhaven
