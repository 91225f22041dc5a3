// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCheck.h"

#include "formats/KeyFile.h"
#include "formats/SheetImage.h"
#include "platform/PathLocator.h"
#include "volumes/VolumeSecret.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace keyhaven {

namespace {

using Status = CopyCheck::Status;

bool isFileCopy(const QString& target)
{
    return target == QLatin1String("text") || target == QLatin1String("usb") || target == QLatin1String("sheet");
}

bool hasProtector(const Volume& volume, const QString& keyId)
{
    for (const Protector& protector : volume.protectors)
        if (protector.id.toString() == keyId)
            return true;
    return false;
}

const Volume* volumeOf(const LedgerEntry& entry, const QList<Volume>& volumes)
{
    for (const Volume& volume : volumes) {
        const bool ours
            = entry.volumeGuid ? volume.guid && *volume.guid == *entry.volumeGuid : hasProtector(volume, entry.keyId);
        if (ours)
            return &volume;
    }
    return nullptr;
}

QString volumeName(const Volume& volume)
{
    return volume.description.isEmpty() ? volume.path : CopyChecker::tr("%1 (%2)").arg(volume.path, volume.description);
}

} // namespace

QString copyCheckStatusName(CopyCheck::Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Changed:
        return QStringLiteral("changed");
    case Status::Unreadable:
        return QStringLiteral("unreadable");
    case Status::Stale:
        return QStringLiteral("stale");
    case Status::CannotCheck:
        break;
    }
    return QStringLiteral("cannot-check");
}

CopyChecker::CopyChecker(QList<Volume> volumes, std::shared_ptr<const PathLocator> locator)
    : m_volumes(std::move(volumes))
    , m_locator(locator ? std::move(locator) : systemPathLocator())
{
}

QString CopyChecker::keyIdText(const LedgerEntry& entry)
{
    return entry.keyId.isEmpty() ? tr("the key") : tr("key ID %1").arg(entry.keyId);
}

QList<CopyCheck> CopyChecker::checkAll(const QList<LedgerEntry>& entries, const Progress& progress)
{
    QList<CopyCheck> results;
    results.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (progress)
            progress(int(i), int(entries.size()), entries[i]);
        results.append(check(entries[i]));
    }
    if (progress && !entries.isEmpty())
        progress(int(entries.size()), int(entries.size()), entries.last());
    return results;
}

CopyCheck CopyChecker::check(const LedgerEntry& entry)
{
    RecoveryKey found;
    CopyCheck result;
    if (isFileCopy(entry.target))
        result = checkFile(entry, &found);
    else if (entry.target == QLatin1String("print"))
        result = printedSheet(entry);
    else if (entry.target == QLatin1String("account") && m_accountCheck)
        result = m_accountCheck(entry, &found);
    else
        result = CopyCheck::make(entry, Status::CannotCheck,
                                 tr("Keyhaven cannot check this kind of copy (“%1”) here.").arg(entry.target));
    const bool readable = result.status == Status::Ok || (result.status == Status::Changed && !found.secret.isEmpty());
    if (readable || result.status == Status::CannotCheck)
        checkAgainstVolumes(result, found.secret.isEmpty() ? nullptr : &found);
    return result;
}

std::optional<CopyCheck> CopyChecker::stickNotPluggedIn(const LedgerEntry& entry) const
{
    // The key file sits at the root of the stick: its folder is where the stick was mounted.
    const QString mountPoint = QDir::cleanPath(QFileInfo(entry.location).absolutePath());
    const std::optional<PathLocation> location = m_locator->locate(mountPoint);
    const bool mounted
        = QFileInfo(mountPoint).isDir() && location && QDir::cleanPath(location->mountPoint) == mountPoint;
    if (mounted)
        return std::nullopt;
    // Desktops mount a stick at a folder named after its label (/media/USER/LABEL).
    const QString label = QFileInfo(mountPoint).fileName();
    return CopyCheck::make(entry, Status::CannotCheck,
                           tr("The USB stick “%1” is not plugged in (it was at %2), so the copy on it was not checked.")
                               .arg(label, mountPoint),
                           tr("Plug in the stick labelled “%1” and check again.").arg(label));
}

CopyCheck CopyChecker::checkFile(const LedgerEntry& entry, RecoveryKey* found) const
{
    const QString& path = entry.location;
    if (!QFileInfo::exists(path)) {
        if (entry.target == QLatin1String("usb"))
            if (std::optional<CopyCheck> away = stickNotPluggedIn(entry))
                return *away;
        return CopyCheck::make(entry, Status::Missing, tr("The file is gone: %1.").arg(path),
                               tr("This copy no longer exists. Back up %1 again to replace it.").arg(keyIdText(entry)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CopyCheck::make(
            entry, Status::Unreadable, tr("The file cannot be read: %1.").arg(file.errorString()),
            tr("Check the drive and the file's permissions; if the drive is failing, back up the key "
               "again somewhere else."));
    if (file.size() > SheetImage::MaximumSize)
        return CopyCheck::make(entry, Status::Changed,
                               tr("The file is now far larger than any key file: it is not the copy that was saved."),
                               tr("Back up %1 again: this copy cannot be relied on.").arg(keyIdText(entry)));
    QByteArray read = file.readAll();
    const bool readError = file.error() != QFileDevice::NoError;
    const QString error = file.errorString();
    const SecureBytes bytes = SecureBytes::takeFrom(read);
    if (readError)
        return CopyCheck::make(entry, Status::Unreadable, tr("The file cannot be read: %1.").arg(error),
                               tr("The drive may be failing. Back up the key again somewhere else."));
    return judgeBytes(entry, QByteArrayView(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())),
                      found);
}

CopyCheck CopyChecker::judgeBytes(const LedgerEntry& entry, QByteArrayView bytes, RecoveryKey* found)
{
    const bool same
        = !entry.sha256.isEmpty() && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) == entry.sha256;
    const KeyFileContents contents = KeyFile::readBytes(bytes, QString());
    const std::optional<KeyKind> kind = keyKindFromName(entry.kind);
    for (const RecoveryKey& key : contents.keys) {
        const QString id = key.id ? key.id->toString() : QString();
        if (id == entry.keyId && (!kind || key.kind == *kind)) {
            *found = key;
            break;
        }
    }
    const QString why = contents.problems.join(QLatin1Char(' '));
    CopyCheck result;
    if (found->secret.isEmpty() && same) {
        // The bytes are those that were checked when saved, but this build cannot read them (a PDF without Poppler).
        result
            = CopyCheck::make(entry, Status::CannotCheck,
                              tr("The copy holds the same bytes as when it was saved, but Keyhaven could not read the "
                                 "key in it here: %1")
                                  .arg(why));
        result.checks.append(tr("the same bytes as when it was saved"));
        return result;
    }
    if (found->secret.isEmpty())
        return CopyCheck::make(
            entry, Status::Changed,
            tr("The copy was changed since it was saved and no longer reads as %1: %2").arg(keyIdText(entry), why),
            tr("This copy will not help on the recovery screen. Back up %1 again, and destroy this copy.")
                .arg(keyIdText(entry)));
    if (!same) {
        result
            = CopyCheck::make(entry, Status::Changed,
                              entry.sha256.isEmpty()
                                  ? tr("Keyhaven has no record of the bytes it saved here, but the copy still reads as "
                                       "%1.")
                                        .arg(keyIdText(entry))
                                  : tr("The copy was changed since it was saved (it is not byte for byte what Keyhaven "
                                       "wrote), but it still reads as %1: the key in it is well-formed.")
                                        .arg(keyIdText(entry)),
                              tr("It still works. If you did not change it yourself, back up the key again to have a "
                                 "copy you can trust."));
        result.checks.append(tr("still reads as %1").arg(keyIdText(entry)));
        return result;
    }
    result
        = CopyCheck::make(entry, Status::Ok, tr("There, unchanged, and it still reads as %1.").arg(keyIdText(entry)));
    result.checks.append(tr("the same bytes as when it was saved"));
    result.checks.append(tr("still reads as %1").arg(keyIdText(entry)));
    return result;
}

CopyCheck CopyChecker::printedSheet(const LedgerEntry& entry)
{
    return CopyCheck::make(
        entry, Status::CannotCheck, tr("A printed sheet (sent to %1) cannot be checked from here.").arg(entry.location),
        tr("Find the sheet and photograph or scan it, then choose “Test a backup” in Keyhaven (or run "
           "keyhaven-cli inspect PHOTO)."));
}

void CopyChecker::checkAgainstVolumes(CopyCheck& result, const RecoveryKey* key)
{
    const Volume* volume = volumeOf(result.entry, m_volumes);
    if (!volume)
        return;
    const bool fileVault = volume->type == VolumeType::FileVault;
    if (!fileVault && !hasProtector(*volume, result.entry.keyId)) {
        result.status = Status::Stale;
        result.finding = tr("The drive %1 no longer has %2 among its keys: this copy will not unlock it.")
                             .arg(volumeName(*volume), keyIdText(result.entry));
        result.advice = tr("Back up the drive's current recovery key, then destroy this old copy.");
        return;
    }
    if (!key) {
        result.checks.append(tr("%1 is still one of the keys of %2").arg(keyIdText(result.entry), volumeName(*volume)));
        return;
    }
    QString message;
    switch (proven(*volume, *key, &message)) {
    case Verification::Outcome::Opens:
        result.checks.append(tr("the key opens %1").arg(volumeName(*volume)));
        result.openedDrive = volumeName(*volume);
        break;
    case Verification::Outcome::DoesNotOpen:
        result.status = Status::Stale;
        result.finding = tr("The key in this copy does not open the drive %1.").arg(volumeName(*volume));
        result.advice = tr("Back up the drive's current recovery key, then destroy this copy.");
        break;
    case Verification::Outcome::CannotCheck:
        result.checks.append(tr("not tried on %1: %2").arg(volumeName(*volume), message));
        break;
    }
}

Verification::Outcome CopyChecker::proven(const Volume& volume, const RecoveryKey& key, QString* message)
{
    for (const Proof& proof : std::as_const(m_proofs))
        if (proof.volumePath == volume.path && proof.key.kind == key.kind && proof.key.id == key.id
            && proof.key.secret == key.secret) {
            *message = proof.message;
            return proof.outcome;
        }
    const Verification verification = KeyVerifier::verify(volume.path, VolumeSecret::fromRecoveryKey(key));
    m_proofs.append({ volume.path, key, verification.outcome, verification.message });
    *message = verification.message;
    return verification.outcome;
}

} // namespace keyhaven
