// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTarget.h"
#include "RecoveryFileWriter.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QString>

#include <memory>

namespace keyhaven {

class PathLocator;

// Saves the recovery text file (bitlocker.md §3, filevault.md §4) in a folder, proven by reading it back.
// The work runs on a worker thread; finished() comes on the thread that called start().
class TextFileTarget : public BackupTarget
{
    Q_OBJECT

public:
    // `locator` tells the same-volume guard where paths live; the system's when null.
    explicit TextFileTarget(QString folder, std::shared_ptr<const PathLocator> locator = {}, QObject* parent = nullptr);
    // Waits for a save still running on the worker thread: it uses this object.
    ~TextFileTarget() override;

    QString name() const override { return QStringLiteral("text"); }
    void start(const RecoveryKey& key) override;
    const QString& folder() const { return m_folder; }
    // Tests: called on the worker thread after writing and before the file is moved into place.
    void setBeforeCommit(std::function<void()> hook) { m_options.beforeCommit = std::move(hook); }

protected:
    // Runs on the worker thread.
    virtual BackupResult save(const RecoveryKey& key) const;
    RecoveryFileWriter::Options m_options;

private:
    QString m_folder;
    QFutureWatcher<BackupResult> m_watcher;
};

// Saves the recovery text file to the root of a removable drive, and reminds to keep the drive away from the
// computer. The drive is named by its mount point.
class UsbTarget : public TextFileTarget
{
    Q_OBJECT

public:
    explicit UsbTarget(QString mountPoint, std::shared_ptr<const PathLocator> locator = {}, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("usb"); }

protected:
    BackupResult save(const RecoveryKey& key) const override;
};

} // namespace keyhaven
