// SPDX-License-Identifier: GPL-3.0-or-later
// BackupRun: several targets one after another, accounts last, each read-back copy in the ledger, cancel.
#include "BackupTestKeys.h"

#include "backup/BackupRun.h"
#include "backup/Ledger.h"
#include "backup/TextFileTarget.h"
#include "formats/KeyFile.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <functional>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

// A target that answers what it is told, after a short while (or at once, inside start()), and notes
// what happened to it.
class ScriptedTarget : public BackupTarget
{
public:
    ScriptedTarget(QString name, BackupResult::Status status, QStringList* log, int delayMs = 20)
        : m_name(std::move(name))
        , m_status(status)
        , m_log(log)
        , m_delay(delayMs)
    {
    }

    QString name() const override { return m_name; }
    void start(const RecoveryKey& key) override
    {
        m_log->append(QStringLiteral("start ") + m_name);
        m_sawKey = key.secret == SecureBytes::fromUtf8(xts128Password);
        emit progress(50, QStringLiteral("half way"));
        if (m_delay < 0)
            finishNow(m_status);
        else
            m_timer = startTimer(m_delay);
    }
    void cancel() override
    {
        m_log->append(QStringLiteral("cancel ") + m_name);
        killTimer(m_timer);
        finishNow(BackupResult::Status::Failed);
    }
    bool sawKey() const { return m_sawKey; }

protected:
    void timerEvent(QTimerEvent*) override
    {
        killTimer(m_timer);
        finishNow(m_status);
    }

private:
    void finishNow(BackupResult::Status status)
    {
        BackupResult result;
        result.status = status;
        result.target = m_name;
        result.location = QStringLiteral("/somewhere/") + m_name;
        result.message = QStringLiteral("scripted");
        m_log->append(QStringLiteral("finish ") + m_name);
        emit finished(result);
    }

    QString m_name;
    BackupResult::Status m_status;
    QStringList* m_log;
    int m_delay;
    int m_timer = 0;
    bool m_sawKey = false;
};

// Runs the event loop until `done`, at most 10 s.
bool waitFor(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(10000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

std::vector<std::unique_ptr<BackupTarget>> targets(std::initializer_list<BackupTarget*> list)
{
    std::vector<std::unique_ptr<BackupTarget>> result;
    for (BackupTarget* target : list)
        result.emplace_back(target);
    return result;
}

} // namespace

TEST_CASE("backup run: targets run one after another with accounts last and each success in the ledger",
          "[backup][run]")
{
    ScratchDir dir;
    QStringList log;
    auto* account = new ScriptedTarget(QStringLiteral("account"), BackupResult::Status::Saved, &log);
    auto* text = new ScriptedTarget(QStringLiteral("text"), BackupResult::Status::Saved, &log);
    auto* usb = new ScriptedTarget(QStringLiteral("usb"), BackupResult::Status::Failed, &log, -1);
    auto* sheet = new ScriptedTarget(QStringLiteral("sheet"), BackupResult::Status::AlreadySaved, &log);
    BackupRun run(bitLockerKey(xts128Password, xts128Id), targets({ account, text, usb, sheet }),
                  dir.file(QStringLiteral("ledger.json")));
    REQUIRE(run.count() == 4);
    CHECK(run.target(0)->name() == QStringLiteral("text"));
    CHECK(run.target(3)->name() == QStringLiteral("account"));

    QStringList events;
    int finishedCount = 0;
    QList<BackupResult> reported;
    QObject::connect(&run, &BackupRun::targetStarted, [&](int index, const QString& name) {
        events.append(QStringLiteral("started %1 %2").arg(index).arg(name));
    });
    QObject::connect(&run, &BackupRun::progress, [&](int index, int percent, const QString&) {
        events.append(QStringLiteral("progress %1 %2").arg(index).arg(percent));
    });
    QObject::connect(&run, &BackupRun::targetFinished, [&](int index, const BackupResult& result) {
        events.append(QStringLiteral("finished %1 %2").arg(index).arg(backupStatusName(result.status)));
    });
    QObject::connect(&run, &BackupRun::finished, [&](const QList<BackupResult>& results, const QStringList& errors) {
        ++finishedCount;
        reported = results;
        CHECK(errors.isEmpty());
    });
    run.start();
    CHECK(events.isEmpty()); // start() returns at once
    CHECK(run.isRunning());
    REQUIRE(waitFor([&] { return finishedCount > 0; }));
    CHECK_FALSE(run.isRunning());

    CHECK(log
          == QStringList { QStringLiteral("start text"), QStringLiteral("finish text"), QStringLiteral("start usb"),
                           QStringLiteral("finish usb"), QStringLiteral("start sheet"), QStringLiteral("finish sheet"),
                           QStringLiteral("start account"), QStringLiteral("finish account") });
    CHECK(events
          == QStringList { QStringLiteral("started 0 text"), QStringLiteral("progress 0 50"),
                           QStringLiteral("finished 0 saved"), QStringLiteral("started 1 usb"),
                           QStringLiteral("progress 1 50"), QStringLiteral("finished 1 failed"),
                           QStringLiteral("started 2 sheet"), QStringLiteral("progress 2 50"),
                           QStringLiteral("finished 2 already-saved"), QStringLiteral("started 3 account"),
                           QStringLiteral("progress 3 50"), QStringLiteral("finished 3 saved") });
    CHECK(account->sawKey());
    CHECK(text->sawKey());
    REQUIRE(reported.size() == 4);
    CHECK(run.results().at(1).status == BackupResult::Status::Failed);

    // The three that succeeded are in the ledger; the failed one is not.
    const QList<LedgerEntry> entries = Ledger(dir.file(QStringLiteral("ledger.json"))).entries();
    QStringList recorded;
    for (const LedgerEntry& entry : entries) {
        recorded.append(entry.target);
        CHECK(entry.keyId == xts128Id);
        CHECK(entry.kind == QStringLiteral("bitlocker-recovery-password"));
    }
    CHECK(recorded == QStringList { QStringLiteral("text"), QStringLiteral("sheet"), QStringLiteral("account") });
}

TEST_CASE("backup run: cancel stops the running target and starts no other", "[backup][run]")
{
    ScratchDir dir;
    QStringList log;
    auto* text = new ScriptedTarget(QStringLiteral("text"), BackupResult::Status::Saved, &log, 5000);
    auto* sheet = new ScriptedTarget(QStringLiteral("sheet"), BackupResult::Status::Saved, &log);
    auto* account = new ScriptedTarget(QStringLiteral("account"), BackupResult::Status::Saved, &log);
    BackupRun run(bitLockerKey(xts128Password, xts128Id), targets({ text, sheet, account }),
                  dir.file(QStringLiteral("ledger.json")));
    int finishedCount = 0;
    QList<int> finishedIndices;
    QObject::connect(&run, &BackupRun::progress, [&](int, int, const QString&) { run.cancel(); });
    QObject::connect(&run, &BackupRun::targetFinished,
                     [&](int index, const BackupResult&) { finishedIndices.append(index); });
    QObject::connect(&run, &BackupRun::finished, [&] { ++finishedCount; });
    run.start();
    REQUIRE(waitFor([&] { return finishedCount > 0; }));
    QCoreApplication::processEvents();
    CHECK(finishedCount == 1);
    CHECK(run.isCancelled());
    CHECK(log == QStringList { QStringLiteral("start text"), QStringLiteral("cancel text"), QStringLiteral("finish text") });
    CHECK(finishedIndices == QList<int> { 0, 1, 2 });
    REQUIRE(run.results().size() == 3);
    for (const BackupResult& result : run.results())
        CHECK(result.status == BackupResult::Status::Failed);
    CHECK(run.results().at(1).target == QStringLiteral("sheet"));
    CHECK(run.results().at(1).message.contains(QStringLiteral("cancelled")));
    CHECK(Ledger(dir.file(QStringLiteral("ledger.json"))).entries().isEmpty());
}

TEST_CASE("backup run: a real text file is read back and recorded with its hash, a broken ledger is reported",
          "[backup][run]")
{
    ScratchDir dir;
    const QString folder = dir.file(QStringLiteral("keys"));
    REQUIRE(QDir().mkpath(folder));
    const RecoveryKey key = bitLockerKey(xts128Password, xts128Id);

    std::vector<std::unique_ptr<BackupTarget>> list;
    list.push_back(std::make_unique<TextFileTarget>(folder));
    BackupRun run(key, std::move(list), dir.file(QStringLiteral("data/ledger.json")));
    run.runToCompletion();
    REQUIRE(run.results().size() == 1);
    const BackupResult& result = run.results().first();
    INFO(result.message.toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    const KeyFileContents back = KeyFile::read(result.location);
    REQUIRE(back.keys.size() == 1);
    CHECK(back.keys.first().secret == key.secret);
    CHECK(run.ledgerErrors().isEmpty());
    const QList<LedgerEntry> entries = Ledger(dir.file(QStringLiteral("data/ledger.json"))).entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().location == result.location);
    CHECK(entries.first().sha256 == result.sha256);
    CHECK_FALSE(entries.first().sha256.isEmpty());

    // The ledger's folder is a file: the copy is still saved (already there), the ledger error is said.
    const QString blocked = dir.write(QStringLiteral("blocked"), "a file, not a folder");
    std::vector<std::unique_ptr<BackupTarget>> again;
    again.push_back(std::make_unique<TextFileTarget>(folder));
    BackupRun second(key, std::move(again), blocked + QStringLiteral("/ledger.json"));
    QStringList reportedErrors;
    QObject::connect(&second, &BackupRun::finished,
                     [&](const QList<BackupResult>&, const QStringList& errors) { reportedErrors = errors; });
    second.runToCompletion();
    REQUIRE(second.results().size() == 1);
    CHECK(second.results().first().status == BackupResult::Status::AlreadySaved);
    CHECK(second.ledgerErrors().size() == 1);
    CHECK(reportedErrors == second.ledgerErrors());
}

TEST_CASE("backup run: cancelled while a target is announced means that target is not started either",
          "[backup][run]")
{
    ScratchDir dir;
    QStringList log;
    auto* text = new ScriptedTarget(QStringLiteral("text"), BackupResult::Status::Saved, &log);
    BackupRun run(bitLockerKey(xts128Password, xts128Id), targets({ text }), dir.file(QStringLiteral("ledger.json")));
    QObject::connect(&run, &BackupRun::targetStarted, [&](int, const QString&) { run.cancel(); });
    run.runToCompletion();
    CHECK(log.isEmpty());
    REQUIRE(run.results().size() == 1);
    CHECK(run.results().first().status == BackupResult::Status::Failed);
    CHECK(run.results().first().message.contains(QStringLiteral("Not started")));
}

TEST_CASE("backup run: with no targets it finishes from the event loop", "[backup][run]")
{
    ScratchDir dir;
    BackupRun run(bitLockerKey(xts128Password, xts128Id), {}, dir.file(QStringLiteral("ledger.json")));
    bool finished = false;
    QObject::connect(&run, &BackupRun::finished, [&] { finished = true; });
    run.start();
    CHECK_FALSE(finished);
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(run.results().isEmpty());
}
