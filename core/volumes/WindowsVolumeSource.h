// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"
#include "VolumeSource.h"
#include "keys/RecoveryKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyhaven {

class ProcessRunner;

// BitLocker volumes on Windows, as `Get-BitLockerVolume | ConvertTo-Json` reports them. Needs an
// elevated process; without one the result says so (docs/elevation.md).
class WindowsVolumeSource : public VolumeSource
{
    Q_DECLARE_TR_FUNCTIONS(WindowsVolumeSource)

public:
    static constexpr int DefaultTimeoutMs = 60000;

    struct Result
    {
        enum class Status {
            Ok,             // `volumes` lists what was found (possibly nothing)
            ToolMissing,    // PowerShell, or its BitLocker module, is not there
            NeedsElevation, // Windows refused: not running as administrator
            ToolFailed,     // PowerShell ran and failed, timed out or crashed
            BadOutput,      // the output is not what Get-BitLockerVolume writes
        };
        Status status = Status::Ok;
        QList<Volume> volumes; // encrypted volumes only; no key material
        // The recovery passwords Windows showed, one per recovery-password protector, with the
        // protector's ID; kept apart from `volumes`, in SecureBytes.
        QList<RecoveryKey> recoveryPasswords;
        QString error; // translated; empty when Ok
    };

    // Runs the real PowerShell.
    WindowsVolumeSource();
    explicit WindowsVolumeSource(ProcessRunner& runner, int timeoutMs = DefaultTimeoutMs);
    ~WindowsVolumeSource() override;

    Result list();
    // list() for the platform-neutral interface: a failure becomes one problem without a path, and the
    // recovery passwords are dropped (wiped).
    VolumeScan listVolumes() override;

    // Windows shows an administrator every recovery password (Get-BitLockerVolume's RecoveryPassword).
    bool handsOverRecoveryKeys() const override { return true; }
    // The recovery passwords Windows shows for this volume's recovery-password protectors. They come from
    // Windows' own BitLocker, not from the raw metadata, so they are not proven here (`proven` is false).
    RecoveredKeys recoveryKeysOf(const Volume& volume) override;

    // Parses what Get-BitLockerVolume | ConvertTo-Json printed (one object or an array) and wipes
    // `json` afterwards. The recovery passwords are taken out of the buffer before the JSON parser
    // sees it, so that no copy of them is left in memory that cannot be wiped.
    static Result parse(QByteArray& json);

    static QString program();
    static QStringList arguments();

private:
    std::unique_ptr<ProcessRunner> m_ownRunner;
    ProcessRunner& m_runner;
    int m_timeoutMs;
};

} // namespace keyhaven
