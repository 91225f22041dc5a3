// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFileTarget.h"

#include "platform/PathLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

TextFileTarget::TextFileTarget(QString folder, std::shared_ptr<const PathLocator> locator, QObject* parent)
    : BackupTarget(parent)
    , m_folder(std::move(folder))
{
    m_options.locator = locator ? std::move(locator) : systemPathLocator();
    connect(&m_watcher, &QFutureWatcher<BackupResult>::finished, this,
            [this] { emit finished(m_watcher.future().result()); });
}

TextFileTarget::~TextFileTarget()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void TextFileTarget::start(const RecoveryKey& key)
{
    emit progress(0, tr("Saving the key to %1").arg(m_folder));
    // The worker gets its own copy of the key, wiped when the task ends.
    m_watcher.setFuture(QtConcurrent::run([this, key] { return save(key); }));
}

BackupResult TextFileTarget::save(const RecoveryKey& key) const
{
    return RecoveryFileWriter::save(m_folder, key, m_options);
}

UsbTarget::UsbTarget(QString mountPoint, std::shared_ptr<const PathLocator> locator, QObject* parent)
    : TextFileTarget(std::move(mountPoint), std::move(locator), parent)
{
    m_options.targetName = QStringLiteral("usb");
}

BackupResult UsbTarget::save(const RecoveryKey& key) const
{
    const QString canonical = QFileInfo(folder()).canonicalFilePath();
    const std::optional<PathLocation> location = m_options.locator->locate(folder());
    if (canonical.isEmpty() || !location || QDir::cleanPath(location->mountPoint) != canonical) {
        BackupResult result;
        result.target = name();
        result.location = folder();
        result.message = tr("%1 is not where a drive is mounted. Give the folder where the USB stick appears.")
                             .arg(folder());
        return result;
    }
    BackupResult result = RecoveryFileWriter::save(canonical, key, m_options);
    if (!location->removable && location->hasBlockDevice())
        result.advice.append(tr("Keyhaven could not confirm that %1 is a removable drive.").arg(canonical));
    if (result.succeeded()) {
        result.advice.append(tr("Eject the stick safely before you pull it out, so that nothing is lost."));
        result.advice.append(tr("Keep the stick somewhere safe and away from the computer: if they are lost or "
                                "stolen together, the key goes with the computer."));
    }
    return result;
}

} // namespace keyhaven
