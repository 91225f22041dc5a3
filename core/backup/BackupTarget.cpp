// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTarget.h"

#include <QEventLoop>

namespace keyhaven {

QString backupStatusName(BackupResult::Status status)
{
    switch (status) {
    case BackupResult::Status::Saved:
        return QStringLiteral("saved");
    case BackupResult::Status::AlreadySaved:
        return QStringLiteral("already-saved");
    case BackupResult::Status::Refused:
        return QStringLiteral("refused");
    case BackupResult::Status::Pending:
        return QStringLiteral("pending");
    case BackupResult::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

BackupResult runToCompletion(BackupTarget& target, const RecoveryKey& key)
{
    BackupResult result;
    bool done = false;
    QEventLoop loop;
    const auto connection = QObject::connect(&target, &BackupTarget::finished, &loop,
                                             [&](const BackupResult& finished) {
                                                 result = finished;
                                                 done = true;
                                                 loop.quit();
                                             });
    target.start(key);
    if (!done) // a target may finish synchronously inside start()
        loop.exec();
    QObject::disconnect(connection);
    return result;
}

} // namespace keyhaven
