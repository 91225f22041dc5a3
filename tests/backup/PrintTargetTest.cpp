// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/PrintTarget.h"

#include "SheetTestSupport.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cups/cups.h>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

void useCupsServer(const QString& server)
{
    qputenv("CUPS_SERVER", server.toLocal8Bit()); // for keyhaven-cli, started from here
    cupsSetServer(server.toLocal8Bit().constData());
}

QString jobTitle(const QString& queue, int job)
{
    cups_job_t* jobs = nullptr;
    const int count = cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, queue.toUtf8().constData(), 0, CUPS_WHICHJOBS_ALL);
    QString title;
    for (int i = 0; i < count; ++i)
        if (jobs[i].id == job)
            title = QString::fromUtf8(jobs[i].title);
    cupsFreeJobs(count, jobs);
    return title;
}

} // namespace

TEST_CASE("A printed sheet reaches a real CUPS queue and the printed page decodes", "[backup][print][cups]")
{
    const ScratchDir scratch;
    const PrivateCups cups(scratch);
    useCupsServer(cups.server());
    const RecoveryKey key = sheetBitLockerKey();

    PrintTarget target(cups.queue());
    const BackupResult result = runToCompletion(target, key);
    INFO(result.message.toStdString() << cups.log().toStdString());
    REQUIRE(result.status == BackupResult::Status::Saved);
    CHECK(result.target == QStringLiteral("print"));
    CHECK(result.location == cups.queue());
    CHECK(result.checks.size() == 3);

    // The job's name is the sheet's title: the kind and the short ID, never the key.
    const QString title = jobTitle(cups.queue(), target.jobId());
    CHECK(title == QStringLiteral("BitLocker recovery key 64311DEA"));

    const QString printed = cups.waitForOutput(30);
    REQUIRE_FALSE(printed.isEmpty());
    keepSheet(printed, QStringLiteral("sheet-printed"));
    CHECK_FALSE(QFileInfo(printed).fileName().contains(QStringLiteral("235818")));
    // cups-pdf redistils the page through PostScript and Ghostscript into Type 3 fonts, so its text cannot be
    // extracted; the QR code, read by an independent decoder, is what proves the printed page.
    CHECK(zbarDecodePdf(printed, scratch) == expectedQrText(key));
}

TEST_CASE("Printing to a queue that is not there fails and says why", "[backup][print]")
{
    const ScratchDir scratch;
    useCupsServer(scratch.file(QStringLiteral("no-cupsd-here.sock")));
    PrintTarget target(QStringLiteral("NoSuchQueue"));
    const BackupResult result = runToCompletion(target, sheetBitLockerKey());
    CHECK(result.status == BackupResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("NoSuchQueue")));
    CHECK_FALSE(result.message.contains(QStringLiteral("235818")));
}

TEST_CASE("keyhaven-cli backup saves a sheet and prints one", "[backup][print][cups][cli]")
{
    const ScratchDir scratch;
    const PrivateCups cups(scratch);
    useCupsServer(cups.server());
    const RecoveryKey key = sheetFileVaultKey();
    const QString pdf = scratch.file(QStringLiteral("FileVault sheet.pdf"));

    const ProcessResult result = runCli({QStringLiteral("backup"), QStringLiteral("--to"),
                                         QStringLiteral("sheet:") + pdf, QStringLiteral("--to"),
                                         QStringLiteral("print:") + cups.queue(),
                                         QStringLiteral("--id"), key.id->toString(), QStringLiteral("--ledger"),
                                         scratch.file(QStringLiteral("ledger.json")), QStringLiteral("--json")},
                                        QByteArray(key.secret.view().data(), qsizetype(key.secret.size())) + '\n');
    INFO(result.outText().toStdString() << result.errText().toStdString() << cups.log().toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray results = result.json()[QStringLiteral("results")].toArray();
    REQUIRE(results.size() == 2);
    CHECK(results[0][QStringLiteral("target")] == QStringLiteral("sheet"));
    CHECK(results[0][QStringLiteral("status")] == QStringLiteral("saved"));
    CHECK(results[1][QStringLiteral("target")] == QStringLiteral("print"));
    CHECK(results[1][QStringLiteral("status")] == QStringLiteral("saved"));
    CHECK_FALSE(result.out.contains("7WEZ"));
    CHECK_FALSE(result.err.contains("7WEZ"));

    CHECK(zbarDecodePdf(pdf, scratch) == expectedQrText(key));
    const QString printed = cups.waitForOutput(30);
    REQUIRE_FALSE(printed.isEmpty());
    CHECK(zbarDecodePdf(printed, scratch) == expectedQrText(key));
}
