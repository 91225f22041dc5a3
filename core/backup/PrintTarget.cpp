// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintTarget.h"

#include <QRegularExpression>

#ifdef KEYHAVEN_HAVE_CUPS
#include <cups/cups.h>
#endif

namespace keyhaven {

namespace {

constexpr int PollInterval = 250;

} // namespace

PrintTarget::PrintTarget(QString queue, RecoverySheet::Options options, QObject* parent)
    : BackupTarget(parent)
    , m_queue(std::move(queue))
    , m_options(std::move(options))
{
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &PrintTarget::poll);
}

void PrintTarget::start(const RecoveryKey& key)
{
    m_cancelled = false;
    m_job = 0;
    m_waited = 0;
    m_result = BackupResult();
    m_result.target = name();
    m_result.location = m_queue;
    emit progress(0, tr("Drawing the recovery sheet"));
    // The queued call holds its own copy of the key; it is wiped when the call ends.
    QTimer::singleShot(0, this, [this, key] { submit(key); });
}

void PrintTarget::cancel()
{
    m_cancelled = true;
#ifdef KEYHAVEN_HAVE_CUPS
    if (m_job > 0 && m_poll.isActive()) {
        cupsCancelJob2(CUPS_HTTP_DEFAULT, m_queue.toUtf8().constData(), m_job, 0);
        finish(BackupResult::Status::Failed, tr("The print job was cancelled."));
    }
#endif
}

void PrintTarget::submit(const RecoveryKey& key)
{
    if (m_cancelled)
        return finish(BackupResult::Status::Failed, tr("Cancelled: nothing was printed."));
    const RecoverySheet sheet(key, m_options);
    if (!sheet.isValid())
        return finish(BackupResult::Status::Failed,
                      tr("This kind of key has no text form, so it cannot go on a recovery sheet."));
    emit progress(20, tr("Checking the QR code on the rendered page"));
    const RecoverySheet::Check check = sheet.verifyQrCode();
    if (!check.passed)
        return finish(BackupResult::Status::Failed,
                      tr("The recovery sheet failed its own check, so nothing was printed: %1").arg(check.problem));
    m_result.checks.append(tr("the QR code on the rendered page was decoded and holds exactly this key and key ID"));
    const SecureBytes pdf = sheet.toPdf();
    if (pdf.isEmpty())
        return finish(BackupResult::Status::Failed, tr("The page could not be made."));
    emit progress(50, tr("Sending the page to the printer"));
    if (send(sheet, pdf))
        m_poll.start();
}

#ifdef KEYHAVEN_HAVE_CUPS

namespace {

// Debian 12's cupsd (2.4.2-3+deb12u10) crashes on a document name with white space in it, so the
// document gets a file-like name, as lp sends; the job keeps the readable title.
QString documentFileName(const QString& title)
{
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    return title.split(whiteSpace, Qt::SkipEmptyParts).join(QLatin1Char('-')) + QStringLiteral(".pdf");
}

} // namespace

bool PrintTarget::send(const RecoverySheet& sheet, const SecureBytes& pdf)
{
    cups_dest_t* dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, m_queue.isEmpty() ? nullptr : m_queue.toUtf8().constData(),
                                         nullptr);
    if (!dest) {
        finish(BackupResult::Status::Failed, m_queue.isEmpty()
                                                 ? tr("There is no default printer. Name a print queue.")
                                                 : tr("There is no print queue named “%1”.").arg(m_queue));
        return false;
    }
    m_queue = QString::fromUtf8(dest->name);
    m_result.location = m_queue;
    cupsFreeDests(1, dest);

    const QByteArray queue = m_queue.toUtf8();
    const QString titleText = sheet.documentTitle(); // the kind and the short ID: never the key
    const QByteArray title = titleText.toUtf8();
    const QByteArray documentName = documentFileName(titleText).toUtf8();
    const bool letter = sheet.pageLayout().pageSize().id() == QPageSize::Letter;
    cups_option_t* options = nullptr;
    const int optionCount = cupsAddOption("media", letter ? "na_letter_8.5x11in" : "iso_a4_210x297mm", 0, &options);
    m_job = cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), title.constData(), optionCount, options);
    cupsFreeOptions(optionCount, options);
    bool sent = m_job > 0
        && cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), m_job, documentName.constData(), CUPS_FORMAT_PDF, 1)
            == HTTP_STATUS_CONTINUE;
    sent = sent
        && cupsWriteRequestData(CUPS_HTTP_DEFAULT, reinterpret_cast<const char*>(pdf.data()), pdf.size())
            == HTTP_STATUS_CONTINUE;
    sent = cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData()) == IPP_STATUS_OK && sent;
    if (!sent) {
        if (m_job > 0)
            cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), m_job, 0);
        const QString reason = QString::fromUtf8(cupsLastErrorString());
        finish(BackupResult::Status::Failed, tr("The print queue “%1” did not take the page: %2").arg(m_queue, reason));
        return false;
    }
    m_result.checks.append(tr("the print queue “%1” accepted the page as job %2").arg(m_queue).arg(m_job));
    emit progress(70, tr("Waiting for the printer (job %1)").arg(m_job));
    return true;
}

void PrintTarget::poll()
{
    cups_job_t* jobs = nullptr;
    const int count = cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, m_queue.toUtf8().constData(), 0, CUPS_WHICHJOBS_ALL);
    ipp_jstate_t state = IPP_JSTATE_PENDING;
    for (int i = 0; i < count; ++i)
        if (jobs[i].id == m_job)
            state = jobs[i].state;
    cupsFreeJobs(count, jobs);

    m_waited += PollInterval;
    if (state == IPP_JSTATE_COMPLETED) {
        m_result.checks.append(tr("the print queue reported the job completed"));
        m_result.advice.append(tr("Check that the page came out whole and the key is readable, then keep it "
                                  "somewhere safe, away from the computer."));
        finish(BackupResult::Status::Saved, tr("The recovery sheet was printed on “%1”.").arg(m_queue));
    } else if (state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_ABORTED) {
        finish(BackupResult::Status::Failed, tr("The printer “%1” stopped job %2 without printing it.")
                                                 .arg(m_queue).arg(m_job));
    } else if (m_waited >= m_timeout) {
        m_result.advice.append(tr("When the page comes out, check that it is whole and readable."));
        finish(BackupResult::Status::Pending,
               tr("Job %1 is still waiting in the print queue “%2”; it prints when the printer is ready.")
                   .arg(m_job)
                   .arg(m_queue));
    }
}

#else

bool PrintTarget::send(const RecoverySheet&, const SecureBytes&)
{
    finish(BackupResult::Status::Failed, tr("Printing from here needs CUPS. Save the sheet as a PDF and print that."));
    return false;
}

void PrintTarget::poll() { }

#endif

void PrintTarget::finish(BackupResult::Status status, const QString& message)
{
    m_poll.stop();
    m_result.status = status;
    m_result.message = message;
    emit finished(m_result);
}

} // namespace keyhaven
