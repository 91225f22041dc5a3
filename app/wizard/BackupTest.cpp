// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTest.h"

#include "formats/KeyFile.h"
#include "formats/SheetImage.h"
#include "volumes/KeyVerifier.h"
#include "volumes/VolumeSecret.h"

#include <QDir>
#include <QFileInfo>

namespace keyhaven {

namespace {

using Verdict = BackupTestAnswer::Verdict;

QString idOf(const RecoveryKey& key)
{
    return key.id ? key.id->toString() : BackupTest::tr("(none)");
}

QString driveName(const Volume& volume)
{
    return volume.description.isEmpty() ? volume.path : BackupTest::tr("%1 (%2)").arg(volume.description, volume.path);
}

bool hasProtector(const Volume& volume, const std::optional<KeyId>& id)
{
    if (!id)
        return false;
    for (const Protector& protector : volume.protectors)
        if (protector.id == *id)
            return true;
    return false;
}

bool samePath(const QString& a, const QString& b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

} // namespace

BackupTest::BackupTest(QList<Volume> volumes, QList<LedgerEntry> ledger)
    : m_volumes(std::move(volumes))
    , m_ledger(std::move(ledger))
{
}

// The ledger knows which drive a copy it made belongs to; otherwise the drive whose protectors have the key ID.
const Volume* BackupTest::volumeFor(const RecoveryKey& key, const QString& source) const
{
    std::optional<KeyId> guid = key.volumeGuid;
    for (const LedgerEntry& entry : m_ledger)
        if (!guid && entry.volumeGuid && key.id && entry.keyId == key.id->toString()
            && samePath(entry.location, source))
            guid = entry.volumeGuid;
    for (const Volume& volume : m_volumes) {
        if (guid && volume.guid == guid)
            return &volume;
        const bool fileVaultKey = key.kind == KeyKind::FileVaultPersonalRecoveryKey;
        if (!guid && (fileVaultKey ? key.id && volume.guid == key.id : hasProtector(volume, key.id)))
            return &volume;
    }
    return nullptr;
}

BackupTestAnswer BackupTest::testKey(const RecoveryKey& key, const QString& source) const
{
    const Volume* volume = volumeFor(key, source);
    if (!volume)
        return { Verdict::NotProven,
                 tr("This copy holds recovery key ID %1 and the key in it is well-formed, but no drive with that key "
                    "is connected, so Keyhaven could not prove that it opens one.")
                     .arg(idOf(key)) };
    if (volume->type == VolumeType::BitLocker && !hasProtector(*volume, key.id))
        return { Verdict::WillNotOpen,
                 tr("This copy will not open %1: its recovery key ID %2 is no longer one of the drive's keys (the "
                    "drive's recovery key was changed). Back up the drive's current key, and destroy this copy.")
                     .arg(driveName(*volume), idOf(key)) };
    const Verification verification = KeyVerifier::verify(volume->path, VolumeSecret::fromRecoveryKey(key));
    switch (verification.outcome) {
    case Verification::Outcome::Opens:
        return { Verdict::Works,
                 tr("This copy works: Keyhaven proved that its key (recovery key ID %1) opens %2.")
                     .arg(idOf(key), driveName(*volume)) };
    case Verification::Outcome::DoesNotOpen:
        return { Verdict::WillNotOpen,
                 tr("This copy will not open %1: the key in it (recovery key ID %2) does not unlock the drive. Back "
                    "up the drive's current key, and destroy this copy.")
                     .arg(driveName(*volume), idOf(key)) };
    case Verification::Outcome::CannotCheck:
        break;
    }
    return { Verdict::NotProven,
             tr("This copy holds recovery key ID %1, but Keyhaven could not try it on %2: %3")
                 .arg(idOf(key), driveName(*volume), verification.message) };
}

BackupTestAnswer BackupTest::testKeys(const QList<RecoveryKey>& keys, const QString& source) const
{
    std::optional<BackupTestAnswer> first;
    for (const RecoveryKey& key : keys) {
        if (key.kind == KeyKind::BitLockerExternalKey && !volumeFor(key, source))
            continue;
        BackupTestAnswer answer = testKey(key, source);
        if (answer.verdict == Verdict::Works)
            return answer;
        if (!first)
            first = answer;
    }
    return first ? *first
                 : BackupTestAnswer { Verdict::Unreadable, tr("Keyhaven found no recovery key in this copy.") };
}

BackupTestAnswer BackupTest::testFile(const QString& path) const
{
    const KeyFileContents contents = KeyFile::read(path);
    if (contents.keys.isEmpty())
        return { Verdict::Unreadable,
                 tr("Keyhaven could not read a recovery key from this copy: %1")
                     .arg(contents.problems.join(QLatin1Char(' '))) };
    return testKeys(contents.keys, path);
}

BackupTestAnswer BackupTest::testStick(const QString& mountPoint, const QString& label) const
{
    QList<RecoveryKey> keys;
    QString firstFile;
    const QFileInfoList files = QDir(mountPoint).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& file : files) {
        if (file.size() > SheetImage::MaximumSize)
            continue;
        const KeyFileContents contents = KeyFile::read(file.absoluteFilePath());
        if (!contents.keys.isEmpty() && firstFile.isEmpty())
            firstFile = file.absoluteFilePath();
        keys += contents.keys;
    }
    if (keys.isEmpty())
        return { Verdict::Unreadable,
                 tr("There is no recovery key file at the top of the USB stick “%1”.").arg(label) };
    return testKeys(keys, firstFile);
}

BackupTestAnswer BackupTest::testLedgerCopy(CopyChecker& checker, const LedgerEntry& entry)
{
    const CopyCheck check = checker.check(entry);
    if (check.status == CopyCheck::Status::Ok && !check.openedDrive.isEmpty())
        return { Verdict::Works,
                 tr("This copy works: it is unchanged, and Keyhaven proved that its key (recovery key "
                    "ID %1) opens %2.")
                     .arg(entry.keyId, check.openedDrive) };
    const QString sentence = check.advice.isEmpty() ? check.finding : check.finding + QLatin1Char(' ') + check.advice;
    switch (check.status) {
    case CopyCheck::Status::Ok:
    case CopyCheck::Status::Changed:
    case CopyCheck::Status::CannotCheck:
        return { check.openedDrive.isEmpty() ? Verdict::NotProven : Verdict::Works, sentence };
    case CopyCheck::Status::Stale:
        return { Verdict::WillNotOpen, sentence };
    case CopyCheck::Status::Missing:
    case CopyCheck::Status::Unreadable:
        break;
    }
    return { Verdict::Unreadable, sentence };
}

} // namespace keyhaven
