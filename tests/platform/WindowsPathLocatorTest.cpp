// SPDX-License-Identifier: GPL-3.0-or-later
// The same-volume guard on Windows: paths mapped to volumes by recorded Win32 answers (data/windows-volumes.json)
// and volumes to their BitLocker state by recorded Get-BitLockerVolume output, on every platform. On Windows
// (and under Wine) also with the real Win32 calls.
#include "FakeTools.h"

#include "backup/SameVolumeGuard.h"
#include "platform/WindowsPathLocator.h"
#include "platform/WindowsVolumeQuery.h"
#include "volumes/WindowsVolumeSource.h"
#include "support/catch.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keyhaven;
using namespace keyhaven::test;

using Level = SameVolumeGuard::Verdict::Level;

namespace {

// The key of C:'s recovery-password protector, and of D:'s first one (get-bitlockervolume.json).
const char* const PasswordC = "466895-217492-569250-069608-104434-135707-527241-083622";
const char* const IdC = "8A696888-99A7-4FAC-92C7-6CC497EA7BDF";
const char* const PasswordD = "309540-054054-123915-625218-602910-100716-346984-130779";
const char* const IdD = "64311DEA-4587-4029-924A-BA299647998E";

RecoveryKey recoveryPassword(const char* password, const char* id)
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(QString::fromLatin1(id));
    key.secret = SecureBytes::fromUtf8(QString::fromLatin1(password));
    return key;
}

QString withoutBackslash(QString mountPoint)
{
    while (mountPoint.endsWith(QLatin1Char('\\')))
        mountPoint.chop(1);
    return mountPoint.toUpper();
}

// Answers as the Win32 calls did on the recorded computer.
class RecordedWindowsVolumes : public WindowsVolumeQuery
{
public:
    RecordedWindowsVolumes()
    {
        const QJsonObject recorded = QJsonDocument::fromJson(platformData(QStringLiteral("windows-volumes.json"))).object();
        const QJsonArray mountPoints = recorded.value(QLatin1String("mountPoints")).toArray();
        REQUIRE(mountPoints.size() == 9);
        for (const QJsonValue& value : mountPoints)
            m_mountPoints.append(value.toObject());
    }

    QString existingFolder(const QString& path) const override { return path; }

    // GetVolumePathNameW: the longest mount point the path is in.
    QString volumePathName(const QString& path) const override
    {
        QString best;
        const QString folder = path.endsWith(QLatin1Char('\\')) ? path : path + QLatin1Char('\\');
        for (const QJsonObject& entry : m_mountPoints) {
            const QString mountPoint = entry.value(QLatin1String("mountPoint")).toString();
            if (folder.startsWith(mountPoint, Qt::CaseInsensitive) && mountPoint.size() > best.size())
                best = mountPoint;
        }
        return best;
    }

    QString volumeName(const QString& mountPoint) const override
    {
        return entryFor(mountPoint).value(QLatin1String("volumeName")).toString();
    }

    DriveType driveType(const QString& mountPoint) const override
    {
        const QJsonObject entry = entryFor(mountPoint);
        return entry.isEmpty() ? DriveType::NoRootDir : DriveType(entry.value(QLatin1String("driveType")).toInt());
    }

    std::optional<bool> onExternalBus(const QString& volumeName) const override
    {
        for (const QJsonObject& entry : m_mountPoints)
            if (entry.value(QLatin1String("volumeName")).toString() == volumeName
                && entry.value(QLatin1String("externalBus")).isBool())
                return entry.value(QLatin1String("externalBus")).toBool();
        return std::nullopt;
    }

private:
    QJsonObject entryFor(const QString& mountPoint) const
    {
        for (const QJsonObject& entry : m_mountPoints)
            if (withoutBackslash(entry.value(QLatin1String("mountPoint")).toString()) == withoutBackslash(mountPoint))
                return entry;
        return {};
    }

    QList<QJsonObject> m_mountPoints;
};

struct RecordedComputer
{
    std::shared_ptr<FakeRunner> runner = std::make_shared<FakeRunner>();
    std::shared_ptr<WindowsPathLocator> locator =
        std::make_shared<WindowsPathLocator>(std::make_shared<RecordedWindowsVolumes>(), runner);
    SameVolumeGuard guard{locator};

    // Elevated: PowerShell lists the BitLocker volumes (and their recovery passwords).
    RecordedComputer()
    {
        runner->answer(WindowsVolumeSource::program(), QString(),
                       FakeRunner::exited(0, platformData(QStringLiteral("get-bitlockervolume.json"))));
    }
};

void checkKeyNotIn(const SameVolumeGuard::Verdict& verdict)
{
    for (const char* password : {PasswordC, PasswordD}) {
        CHECK_FALSE(verdict.reason.contains(QLatin1String(password)));
        CHECK_FALSE(verdict.reason.contains(QLatin1String(password).left(13)));
    }
}

} // namespace

TEST_CASE("Windows locator: a path on C: is on BitLocker volume C: with its protectors", "[platform][windows][guard]")
{
    RecordedComputer computer;
    const std::optional<PathLocation> location =
        computer.locator->locate(QStringLiteral("C:\\Users\\me\\Documents\\BitLocker Recovery Key.txt"));
    REQUIRE(location);
    CHECK(location->isKnown());
    CHECK(location->mountPoint == QStringLiteral("C:\\"));
    CHECK(location->source == QStringLiteral("\\\\?\\Volume{4c1b2a3e-6f0d-4e8a-9b71-2d5c8e0f1a36}\\"));
    CHECK(location->hasBlockDevice());
    CHECK_FALSE(location->removable);
    CHECK(location->encryption == PathLocation::Encryption::BitLocker);
    REQUIRE(location->protectorIds.size() == 2);
    CHECK(location->protectorIds[1] == *KeyId::parse(QString::fromLatin1(IdC)));
    REQUIRE(computer.runner->calls.size() == 1);
    CHECK(computer.runner->calls[0].program == QStringLiteral("powershell"));
}

TEST_CASE("Windows locator asks PowerShell once while its answer is fresh", "[platform][windows][guard]")
{
    RecordedComputer computer; // reuses the answer for 10 s
    REQUIRE(computer.locator->locate(QStringLiteral("C:\\Users\\me")));
    REQUIRE(computer.locator->locate(QStringLiteral("D:\\Backup")));
    CHECK(computer.runner->calls.size() == 1);

    const WindowsPathLocator askEveryTime(std::make_shared<RecordedWindowsVolumes>(), computer.runner, 0);
    REQUIRE(askEveryTime.locate(QStringLiteral("C:\\Users\\me")));
    REQUIRE(askEveryTime.locate(QStringLiteral("D:\\Backup")));
    CHECK(computer.runner->calls.size() == 3);
}

TEST_CASE("Windows guard refuses the key's own volume, by drive letter and by folder mount point",
          "[platform][windows][guard]")
{
    RecordedComputer computer;
    const auto own = computer.guard.check(QStringLiteral("C:\\Users\\me\\Documents\\BitLocker Recovery Key.txt"),
                                          recoveryPassword(PasswordC, IdC));
    CHECK(own.level == Level::Refuse);
    CHECK(own.reason.contains(QStringLiteral("this key unlocks")));
    checkKeyNotIn(own);

    // C:\Mounts\Data is D: mounted in a folder of C:; Get-BitLockerVolume calls it "D:".
    const auto mounted = computer.guard.check(QStringLiteral("C:\\Mounts\\Data\\keys\\key.txt"),
                                              recoveryPassword(PasswordD, IdD));
    CHECK(mounted.level == Level::Refuse);
    CHECK(mounted.reason.contains(QStringLiteral("this key unlocks")));
    checkKeyNotIn(mounted);
}

TEST_CASE("Windows guard refuses another encrypted volume, fixed or removable", "[platform][windows][guard]")
{
    RecordedComputer computer;
    const RecoveryKey keyOfC = recoveryPassword(PasswordC, IdC);
    const auto d = computer.guard.check(QStringLiteral("D:\\Backup\\key.txt"), keyOfC);
    CHECK(d.level == Level::Refuse);
    CHECK(d.reason.contains(QStringLiteral("itself encrypted (BitLocker)")));
    // F: is a USB drive halfway through BitLocker To Go: still refused.
    const auto f = computer.guard.check(QStringLiteral("F:\\key.txt"), keyOfC);
    CHECK(f.level == Level::Refuse);
    CHECK(f.reason.contains(QStringLiteral("itself encrypted (BitLocker)")));
    checkKeyNotIn(d);
    checkKeyNotIn(f);
}

TEST_CASE("Windows guard warns for the internal disk and a network share, allows sticks and USB disks",
          "[platform][windows][guard]")
{
    RecordedComputer computer;
    const RecoveryKey key = recoveryPassword(PasswordC, IdC);
    const auto internal = computer.guard.check(QStringLiteral("E:\\Keys\\key.txt"), key);
    CHECK(internal.level == Level::Warn);
    CHECK(internal.reason.contains(QStringLiteral("inside this computer")));
    CHECK(computer.guard.check(QStringLiteral("G:\\key.txt"), key).level == Level::Allow);
    // H: is "fixed" to GetDriveTypeW, but its disk hangs on USB.
    CHECK(computer.guard.check(QStringLiteral("H:\\Backups\\key.txt"), key).level == Level::Allow);
    const qsizetype callsBefore = computer.runner->calls.size();
    // A share is no volume of this computer (nothing to ask Windows), but where its files really live cannot be
    // checked either: a warning, as for a network file system on Linux.
    const auto share = computer.guard.check(QStringLiteral("\\\\NAS\\backup\\key.txt"), key);
    CHECK(share.level == Level::Warn);
    CHECK(share.reason.contains(QStringLiteral("could not check")));
    CHECK(computer.runner->calls.size() == callsBefore);
}

TEST_CASE("Windows guard warns, and says why, when the location or the BitLocker state cannot be known",
          "[platform][windows][guard]")
{
    const RecoveryKey key = recoveryPassword(PasswordC, IdC);
    SECTION("a path Windows cannot place")
    {
        RecordedComputer computer;
        const auto unknown =
            computer.guard.check(QStringLiteral("\\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy3\\key.txt"), key);
        CHECK(unknown.level == Level::Warn);
        CHECK(unknown.reason.contains(QStringLiteral("could not check")));
        CHECK(unknown.reason.contains(QStringLiteral("Windows could not tell which drive")));
    }
    SECTION("a drive of a kind Windows does not know")
    {
        RecordedComputer computer;
        const auto unknown = computer.guard.check(QStringLiteral("X:\\key.txt"), key);
        CHECK(unknown.level == Level::Warn);
        CHECK(unknown.reason.contains(QStringLiteral("what kind of drive X:\\ is")));
    }
    SECTION("not elevated: even the key's own volume is a warning, never an allow")
    {
        RecordedComputer computer;
        computer.runner->answer(
            WindowsVolumeSource::program(), QString(),
            FakeRunner::exited(1, {}, platformData(QStringLiteral("get-bitlockervolume-not-elevated.stderr"))));
        for (const char* path : {"C:\\Users\\me\\key.txt", "E:\\key.txt", "G:\\key.txt"}) {
            const auto verdict = computer.guard.check(QLatin1String(path), key);
            INFO(path);
            CHECK(verdict.level == Level::Warn);
            CHECK(verdict.reason.contains(QStringLiteral("administrator")));
        }
    }
    SECTION("PowerShell answers, but lists no volume (as Wine's stand-in does)")
    {
        RecordedComputer computer;
        computer.runner->answer(WindowsVolumeSource::program(), QString(), FakeRunner::exited(0, "\r\n"));
        const auto verdict = computer.guard.check(QStringLiteral("C:\\Users\\me\\key.txt"), key);
        CHECK(verdict.level == Level::Warn);
        CHECK(verdict.reason.contains(QStringLiteral("could not check")));
        CHECK(verdict.reason.contains(QStringLiteral("listed no volume at all")));
    }
    SECTION("no PowerShell")
    {
        auto runner = std::make_shared<FakeRunner>(); // answers nothing: "not found"
        const SameVolumeGuard guard(
            std::make_shared<WindowsPathLocator>(std::make_shared<RecordedWindowsVolumes>(), runner));
        const auto verdict = guard.check(QStringLiteral("E:\\key.txt"), key);
        CHECK(verdict.level == Level::Warn);
        CHECK(verdict.reason.contains(QStringLiteral("PowerShell was not found")));
    }
}

#if defined(Q_OS_WIN)
// The Win32 calls themselves (on Windows, and under Wine, where PowerShell is missing).
TEST_CASE("Windows locator with the system's answers: the temporary folder's volume", "[platform][windows][guard]")
{
    const auto query = systemWindowsVolumeQuery();
    const QString folder = query->existingFolder(QDir::tempPath() + QStringLiteral("/not-written-yet.txt"));
    CHECK(folder == QDir::toNativeSeparators(QDir(QDir::tempPath()).canonicalPath()));
    const QString mountPoint = query->volumePathName(folder);
    INFO("mount point " << mountPoint);
    REQUIRE(mountPoint.size() >= 3);
    CHECK(mountPoint.endsWith(QLatin1Char('\\')));
    CHECK(folder.startsWith(mountPoint.chopped(1), Qt::CaseInsensitive));
    CHECK(query->driveType(mountPoint) == WindowsVolumeQuery::DriveType::Fixed);
    const QString volume = query->volumeName(mountPoint);
    INFO("volume " << volume);
    CHECK(volume.startsWith(QStringLiteral("\\\\?\\Volume{")));
    CHECK(volume.endsWith(QStringLiteral("}\\")));

    const auto locator = systemPathLocator();
    const std::optional<PathLocation> location = locator->locate(folder);
    REQUIRE(location);
    CHECK(location->mountPoint == mountPoint);
    CHECK(location->source == volume);
    const auto verdict = SameVolumeGuard(locator).check(folder, recoveryPassword(PasswordC, IdC));
    if (location->isKnown()) {
        CHECK(verdict.level != Level::Allow); // a fixed disk: a warning, or a refusal if it is encrypted
    } else {
        // Not elevated, or no PowerShell (Wine): a warning that says why.
        CHECK(verdict.level == Level::Warn);
        CHECK(verdict.reason.contains(location->unknownReason));
    }
}
#endif
