// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceRegions.h"
#include "VolumeProbe.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace keyhaven {

// What the metadata helper said about one device (the protocol is in docs/elevation.md).
struct HelperAnswer
{
    enum class Status { BitLocker, CoreStorage, Refused };
    Status status = Status::Refused;
    QString reason; // when refused: "not-found", "not-a-block-device", "not-bitlocker-or-corestorage",
                    // "damaged", "unsupported", "unreadable"
    QList<DeviceRegion> regions;
};

// The helper's output: one JSON document naming each device asked about. Parsing is strict: anything
// malformed gives nothing.
QByteArray encodeHelperAnswers(const QList<std::pair<QString, HelperAnswer>>& answers);
std::optional<QMap<QString, HelperAnswer>> decodeHelperAnswers(const QByteArray& json);

// Reads the BitLocker or CoreStorage metadata of block devices this user may not read, through
// keyhaven-metadata-helper run by pkexec (polkit asks for an administrator's password). It is used only
// when allowed (setAllowed), only after a direct read was refused, and says first what it asks for.
class MetadataHelper
{
    Q_DECLARE_TR_FUNCTIONS(MetadataHelper)

public:
    // Off until a program turns it on: the CLI at start, the wizard when the user asks for it.
    static void setAllowed(bool allowed);
    // The helper and its launcher (pkexec) are installed.
    static bool available();
    static bool allowed();
    // Allowed, available, and not already root.
    static bool usable();
    // usable(), and `path` is a block device (the helper reads nothing else).
    static bool usableFor(const QString& path);
    // Called (on the calling thread) with the devices just before asking for administrator rights.
    static void setAnnouncer(std::function<void(const QString& message)> announcer);
    // The words the announcer gets: what is asked for, and what is not.
    static QString announcement(const QStringList& devices);
    // The same as an offer, before the person chose to ask (the wizard's button).
    static QString offer(const QStringList& devices);

    // Asks the helper about the devices at once (one password prompt); answers are kept for a few seconds.
    // Every device asked about gets a probe result: a volume, or a problem saying why not.
    static QMap<QString, ProbeResult> probe(const QStringList& devices);
    // The metadata of one device as the helper handed it back (only the regions the readers need), or
    // nothing and `problem` set.
    static std::unique_ptr<QIODevice> open(const QString& device, VolumeProblem* problem);
    // Drops the answers kept (a loop device re-attached to another image within seconds, in tests).
    static void forgetAnswers();

    // Where the helper and the launcher are: the installed helper through pkexec. Only tests and the test build
    // of keyhaven-cli change them (a helper built with the tests; an empty launcher runs it directly), so
    // production code never reads a test's environment variables for them.
    static QString helperPath();
    static QStringList launcher();
    static void setHelperCommand(const QString& helper, const QStringList& launcher);
    static void useInstalledHelper();

private:
    struct Answers
    {
        QMap<QString, HelperAnswer> answers;
        std::optional<VolumeProblem> failure; // the helper did not run, or administrator rights were not given
    };
    static Answers answers(const QStringList& devices);
    static ProbeResult probeAnswer(const QString& device, const Answers& answers);
};

} // namespace keyhaven
