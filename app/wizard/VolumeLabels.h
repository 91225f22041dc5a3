// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "volumes/Volume.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keyhaven {

// The words the wizard uses for drives and protectors (shared by the source, key and verify pages).
class VolumeLabels
{
    Q_DECLARE_TR_FUNCTIONS(VolumeLabels)

public:
    // The drive as people know it: its description (e.g. "DESKTOP-1 C: 4/7/2019"), or its file name.
    static QString displayName(const Volume& volume);
    static QString typeLabel(const Volume& volume);
    static QString protectorLabel(const Protector& protector);
    // A date in the user's locale, or "not known".
    static QString dateLabel(const QDateTime& time);
};

inline QString volumeDisplayName(const Volume& volume)
{
    return VolumeLabels::displayName(volume);
}
inline QString volumeTypeLabel(const Volume& volume)
{
    return VolumeLabels::typeLabel(volume);
}
inline QString protectorLabel(const Protector& protector)
{
    return VolumeLabels::protectorLabel(protector);
}
inline QString dateLabel(const QDateTime& time)
{
    return VolumeLabels::dateLabel(time);
}

} // namespace keyhaven
