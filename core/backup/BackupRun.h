// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTarget.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace keyhaven {

// One target and the key it saves.
struct KeyedTarget
{
    RecoveryKey key;
    std::unique_ptr<BackupTarget> target;
};

// One backup of one key (or several, each with its own targets) to several targets, as the CLI's `backup` and the wizard's run page do it: the
// targets run one after another, account uploads last (so that a sheet PDF saved in the same run can go
// up beside the text file), and every copy that was read back is recorded in the ledger.
// Asynchronous: start() returns at once; finished() comes exactly once, from the event loop.
// Keeps its own copy of the key and wipes it when the run is over.
class BackupRun : public QObject
{
    Q_OBJECT

public:
    // `ledgerPath` empty: Ledger::defaultPath().
    BackupRun(const RecoveryKey& key, std::vector<std::unique_ptr<BackupTarget>> targets, QString ledgerPath = {},
              QObject* parent = nullptr);
    // Several keys (a drive with two recovery keys): each target saves its own key; accounts still run last.
    explicit BackupRun(std::vector<KeyedTarget> targets, QString ledgerPath = {}, QObject* parent = nullptr);
    ~BackupRun() override;

    // The targets in the order they run (accounts moved last); indices in the signals refer to this order.
    int count() const { return static_cast<int>(m_targets.size()); }
    BackupTarget* target(int index) const { return m_targets.at(static_cast<std::size_t>(index)).target.get(); }
    // The ID of the key that target `index` saves.
    std::optional<KeyId> keyId(int index) const { return m_targets.at(static_cast<std::size_t>(index)).key.id; }
    QString ledgerPath() const { return m_ledgerPath; }

    void start();
    // Stops the target that runs (it still reports its result) and does not start the others: each of them
    // finishes as Failed, saying it was not started. finished() still comes.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    const QList<BackupResult>& results() const { return m_results; }
    const QStringList& ledgerErrors() const { return m_ledgerErrors; }

    // Runs the whole backup on the calling thread with a local event loop (the CLI, tests).
    void runToCompletion();

signals:
    void targetStarted(int index, const QString& name);
    void progress(int index, int percent, const QString& step);
    void targetFinished(int index, const keyhaven::BackupResult& result);
    void finished(const QList<keyhaven::BackupResult>& results, const QStringList& ledgerErrors);

private:
    void startNext();
    void targetDone(int index, const BackupResult& result);
    void record(const RecoveryKey& key, const BackupResult& result);
    void connectTargets();
    void finish();

    std::vector<KeyedTarget> m_targets;
    QString m_ledgerPath;
    QList<BackupResult> m_results;
    QStringList m_ledgerErrors;
    QString m_sheetName;
    SecureBytes m_sheetPdf;
    std::optional<KeyId> m_sheetKeyId; // the key on that sheet
    int m_current = -1;
    bool m_running = false;
    bool m_targetRunning = false; // target(m_current) was started and has not finished yet
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace keyhaven
