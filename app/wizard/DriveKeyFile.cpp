// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriveKeyFile.h"

#include "VolumeLabels.h"

#include "formats/KeyFile.h"
#include "volumes/KeyBelonging.h"

#include <QDir>

#include <algorithm>

namespace keyhaven {

bool DriveKeyFile::fitsVolume(KeyKind kind, const Volume& volume)
{
    return keyKindFits(kind, volume.type);
}

// A FileVault key without an ID is taken as the volume's own (its ID is the volume's UUID).
bool DriveKeyFile::belongsToVolume(const RecoveryKey& key, const Volume& volume)
{
    if (volume.type == VolumeType::FileVault && !key.id && !key.volumeGuid)
        return keyKindFits(key.kind, volume.type);
    return keyBelongsTo(key, volume);
}

DriveKeyFile::Chosen DriveKeyFile::choose(const QString& path, const std::optional<Volume>& volume)
{
    KeyFileContents contents = KeyFile::read(path);
    Chosen result;
    std::optional<qsizetype> chosen;
    if (contents.status != KeyFileContents::Status::Ok) {
        result.problem = contents.problems.join(QLatin1Char('\n'));
    } else if (volume) {
        QList<qsizetype> belonging;
        QList<qsizetype> fitting;
        for (qsizetype i = 0; i < contents.keys.size(); ++i) {
            if (belongsToVolume(contents.keys.at(i), *volume))
                belonging.append(i);
            if (fitsVolume(contents.keys.at(i).kind, *volume))
                fitting.append(i);
        }
        if (belonging.size() == 1)
            chosen = belonging.first();
        else if (belonging.isEmpty() && fitting.size() == 1)
            chosen = fitting.first(); // its ID is not the drive's; the check against the drive tells
        else if (fitting.isEmpty())
            result.problem
                = tr("%1 holds no key for a %2 drive.").arg(QDir::toNativeSeparators(path), volumeTypeLabel(*volume));
        else
            result.problem = tr("%1 holds %n keys that could belong to this drive. Go back and open the file there to "
                                "choose one.",
                                nullptr, static_cast<int>(std::max(belonging.size(), fitting.size())))
                                 .arg(QDir::toNativeSeparators(path));
    } else if (contents.keys.size() == 1) {
        chosen = 0;
    } else {
        result.problem = tr("%1 holds %n keys. Go back and open the file there to choose one.", nullptr,
                            static_cast<int>(contents.keys.size()))
                             .arg(QDir::toNativeSeparators(path));
    }
    if (chosen)
        result.key = std::move(contents.keys[*chosen]);
    contents.keys.clear();
    return result;
}

} // namespace keyhaven
