// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTarget.h"
#include "RecoverySheet.h"

#include <QString>
#include <QTimer>

namespace keyhaven {

// Prints the recovery sheet on a print queue (CUPS). The page is checked by decoding the QR code of its own
// rendering first; the PDF is made in memory and streamed to the queue, so no temporary file holds the key
// (Qt's own CUPS engine would spool it through one). The job's name is the sheet's title, never the key.
// "Saved" means the queue reported the job completed; a job still waiting when the time is up is Pending.
class PrintTarget : public BackupTarget
{
    Q_OBJECT

public:
    // An empty queue name means the default queue.
    explicit PrintTarget(QString queue = {}, RecoverySheet::Options options = {}, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("print"); }
    void start(const RecoveryKey& key) override;
    void cancel() override;
    // How long to wait for the queue to finish the job (default 60 s).
    void setCompletionTimeout(int milliseconds) { m_timeout = milliseconds; }
    int jobId() const { return m_job; }

private:
    void submit(const RecoveryKey& key);
    bool send(const RecoverySheet& sheet, const SecureBytes& pdf);
    void poll();
    void finish(BackupResult::Status status, const QString& message);

    QString m_queue;
    RecoverySheet::Options m_options;
    BackupResult m_result;
    QTimer m_poll;
    int m_job = 0;
    int m_timeout = 60000;
    int m_waited = 0;
    bool m_cancelled = false;
};

} // namespace keyhaven
