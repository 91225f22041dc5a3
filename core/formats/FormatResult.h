// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QLatin1String>
#include <QList>
#include <QStringList>

namespace keyhaven {

// What one reader made of some bytes.
struct FormatResult
{
    bool recognised = false; // the bytes are in this reader's format, whether or not a key was found
    QList<RecoveryKey> keys; // `source` and `format` are left for KeyFile to fill in
    // Translated, naming the line, group or entry that is wrong; never containing a key.
    QStringList problems;
};

// The stable reader names recorded in RecoveryKey::format (and in the CLI's JSON output).
namespace formats {
inline constexpr QLatin1String RecoveryTextFile("recovery-text-file");
inline constexpr QLatin1String FileVaultTextFile("filevault-text-file");
inline constexpr QLatin1String Bek("bek");
inline constexpr QLatin1String ManageBde("manage-bde");
inline constexpr QLatin1String PowerShellJson("powershell-json");
inline constexpr QLatin1String GraphJson("graph-json");
inline constexpr QLatin1String FdesetupPlist("fdesetup-plist");
inline constexpr QLatin1String SheetQrCode("recovery-sheet-qr"); // a photo, scan or PDF of the recovery sheet
} // namespace formats

} // namespace keyhaven
