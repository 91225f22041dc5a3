// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"
#include "VolumeSource.h"
#include "keys/RecoveryKey.h"
#include "keys/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace keyhaven {

class PersonalRecoveryKey;
class ProcessRunner;

// FileVault on macOS, through `fdesetup` and `diskutil`. Reading the status needs no privileges;
// checking and changing the personal recovery key need root (docs/elevation.md). Every secret goes
// to fdesetup as a property list on standard input, never as an argument.
class MacVolumeSource : public VolumeSource
{
    Q_DECLARE_TR_FUNCTIONS(MacVolumeSource)

public:
    static constexpr int DefaultTimeoutMs = 60000;

    struct Result
    {
        enum class Status {
            Ok,          // `volumes` holds the startup volume when FileVault is on, else nothing
            ToolMissing, // no fdesetup: not a Mac
            ToolFailed,  // fdesetup failed, timed out or crashed
            BadOutput,   // fdesetup status printed something unexpected
        };
        Status status = Status::Ok;
        QList<Volume> volumes;
        bool fileVaultOn = false; // on, or encrypting or decrypting
        std::optional<bool> hasPersonalRecoveryKey;      // nothing: could not be checked
        std::optional<bool> hasInstitutionalRecoveryKey; // nothing: could not be checked
        QString error; // translated; empty when Ok
    };

    // Three honest outcomes: macOS said yes, macOS said no, or macOS was not asked.
    struct Validation
    {
        enum class Outcome { Valid, Invalid, CannotCheck };
        Outcome outcome = Outcome::CannotCheck;
        QString message; // translated; why it could not be checked, or what the answer means
    };

    struct Change
    {
        enum class Outcome {
            Changed,              // `key` holds the new personal recovery key
            NotChanged,           // fdesetup could not change the key (exit code 26)
            AuthenticationFailed, // the user name or password was not accepted (exit code 11)
            NeedsRoot,            // not run as root: nothing was changed
            ToolMissing,          // no fdesetup: nothing was changed
            Failed,               // fdesetup reported another error
            Uncertain,            // the key may have been changed, but no new key was received
        };
        Outcome outcome = Outcome::Failed;
        std::optional<RecoveryKey> key;
        QString message; // translated; never contains the key
    };

    // Runs the real fdesetup and diskutil.
    MacVolumeSource();
    explicit MacVolumeSource(ProcessRunner& runner, int timeoutMs = DefaultTimeoutMs);
    ~MacVolumeSource() override;

    Result list();
    // list() for the platform-neutral interface: a failure becomes one problem without a path.
    VolumeScan listVolumes() override;
    // `fdesetup validaterecovery`: does this key unlock this Mac's FileVault volume?
    Validation validateRecoveryKey(const PersonalRecoveryKey& key);
    // `fdesetup changerecovery -personal`: makes a new personal recovery key. `username` and
    // `password` (UTF-8) are those of a FileVault-enabled user.
    Change changeRecoveryKey(const QString& username, const SecureBytes& password);

    static QString fdesetupProgram() { return QStringLiteral("fdesetup"); }
    static QString diskutilProgram() { return QStringLiteral("diskutil"); }

private:
    std::optional<bool> askTrueFalse(const QString& verb, QString* whyNot);
    void describeStartupVolume(Volume& volume);

    std::unique_ptr<ProcessRunner> m_ownRunner;
    ProcessRunner& m_runner;
    int m_timeoutMs;
};

} // namespace keyhaven
