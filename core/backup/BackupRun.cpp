// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRun.h"

#include "Ledger.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace keyhaven {

namespace {

bool isAccount(const BackupTarget& target)
{
    return target.name() == QLatin1String("account");
}

// The sheet PDF just saved and read back, for WebDAV accounts to upload too; empty when unreadable.
SecureBytes readSheet(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    return SecureBytes::takeFrom(bytes);
}

} // namespace

static std::vector<KeyedTarget> withKey(const RecoveryKey& key, std::vector<std::unique_ptr<BackupTarget>> targets)
{
    std::vector<KeyedTarget> keyed;
    for (auto& target : targets)
        keyed.push_back({ key, std::move(target) });
    return keyed;
}

BackupRun::BackupRun(const RecoveryKey& key, std::vector<std::unique_ptr<BackupTarget>> targets, QString ledgerPath,
                     QObject* parent)
    : BackupRun(withKey(key, std::move(targets)), std::move(ledgerPath), parent)
{
}

BackupRun::BackupRun(std::vector<KeyedTarget> targets, QString ledgerPath, QObject* parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_ledgerPath(ledgerPath.isEmpty() ? Ledger::defaultPath() : std::move(ledgerPath))
{
    m_targets.erase(std::remove_if(m_targets.begin(), m_targets.end(),
                                   [](const KeyedTarget& keyed) { return !keyed.target; }),
                    m_targets.end());
    // Account uploads go last, so that a sheet saved in the same run can go up beside the text file.
    std::stable_partition(m_targets.begin(), m_targets.end(),
                          [](const KeyedTarget& keyed) { return !isAccount(*keyed.target); });
    connectTargets();
}

void BackupRun::connectTargets()
{
    for (int index = 0; index < count(); ++index) {
        BackupTarget* target = this->target(index);
        connect(target, &BackupTarget::progress, this, [this, index](int percent, const QString& step) {
            if (index == m_current)
                emit progress(index, percent, step);
        });
        connect(target, &BackupTarget::finished, this,
                [this, index](const BackupResult& result) { targetDone(index, result); });
    }
}

BackupRun::~BackupRun()
{
    for (const KeyedTarget& keyed : m_targets)
        keyed.target->disconnect(this);
    if (m_targetRunning)
        target(m_current)->cancel();
}

void BackupRun::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &BackupRun::startNext);
}

void BackupRun::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_targetRunning)
        target(m_current)->cancel();
}

void BackupRun::startNext()
{
    ++m_current;
    if (m_current < count() && !m_cancelled) {
        BackupTarget* next = target(m_current);
        const RecoveryKey& key = m_targets.at(static_cast<std::size_t>(m_current)).key;
        if (!m_sheetPdf.isEmpty() && m_sheetKeyId == key.id)
            next->setSheet(m_sheetName, m_sheetPdf);
        emit targetStarted(m_current, next->name());
        if (!m_cancelled) { // a listener may have cancelled
            m_targetRunning = true;
            next->start(key);
            return;
        }
    }
    for (; m_current < count(); ++m_current) {
        BackupResult skipped;
        skipped.status = BackupResult::Status::Failed;
        skipped.target = target(m_current)->name();
        skipped.keyId = keyId(m_current);
        skipped.message = tr("Not started: the backup was cancelled. Nothing was written here.");
        m_results.append(skipped);
        emit targetFinished(m_current, skipped);
    }
    finish();
}

void BackupRun::targetDone(int index, const BackupResult& finished)
{
    if (index != m_current || !m_targetRunning)
        return; // not the running target, or it already reported
    m_targetRunning = false;
    BackupResult result = finished;
    if (result.target.isEmpty())
        result.target = target(index)->name();
    result.keyId = keyId(index);
    if (result.succeeded() && result.target == QLatin1String("sheet")) {
        m_sheetPdf = readSheet(result.location);
        m_sheetName = QFileInfo(result.location).fileName();
        m_sheetKeyId = m_targets.at(static_cast<std::size_t>(index)).key.id;
    }
    m_results.append(result);
    if (result.succeeded())
        record(m_targets.at(static_cast<std::size_t>(index)).key, result);
    emit targetFinished(index, result);
    // Not from inside the target's signal: a target may finish synchronously inside start().
    QTimer::singleShot(0, this, &BackupRun::startNext);
}

void BackupRun::record(const RecoveryKey& key, const BackupResult& result)
{
    LedgerEntry entry;
    entry.keyId = key.id ? key.id->toString() : QString();
    entry.kind = keyKindName(key.kind);
    entry.volumeGuid = key.volumeGuid;
    entry.target = result.target;
    entry.location = result.location;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sha256 = result.sha256;
    QString error;
    if (!Ledger(m_ledgerPath).record(entry, &error))
        m_ledgerErrors.append(error);
}

void BackupRun::finish()
{
    m_running = false;
    m_finished = true;
    for (KeyedTarget& keyed : m_targets)
        keyed.key = RecoveryKey(); // SecureBytes: the old secret is overwritten
    m_sheetPdf.clear();
    m_sheetName.clear();
    emit finished(m_results, m_ledgerErrors);
}

void BackupRun::runToCompletion()
{
    if (m_finished)
        return;
    QEventLoop loop;
    const auto connection = connect(this, &BackupRun::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec();
    disconnect(connection);
}

} // namespace keyhaven
