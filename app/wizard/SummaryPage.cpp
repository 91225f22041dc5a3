// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "WizardSession.h"

#include <QDir>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace keyhaven {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString nativePath(const QString& path)
{
    return path.contains(QLatin1String("://")) ? path : QDir::toNativeSeparators(path);
}

QString list(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

SummaryPage::SummaryPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Where your recovery key is now"));
    setSubTitle(tr("Where each copy went, whether it was read back, and what to do with it now."));
    setFinalPage(true);

    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("summaryTextBrowser"));
    m_summary->setAccessibleName(tr("Summary of the backup"));
    m_summary->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);

    connect(&m_session, &WizardSession::wiped, this, &SummaryPage::clear);
}

QString SummaryPage::statusText(const BackupResult& result)
{
    switch (result.status) {
    case BackupResult::Status::Saved:
        // Paper cannot be read back: the printer's word is all there is.
        return isPrinted(result) ? tr("printed: the printer reported the page done") : tr("saved and read back");
    case BackupResult::Status::AlreadySaved:
        return tr("already there");
    case BackupResult::Status::Pending:
        return tr("waiting to upload — Keyhaven will retry");
    case BackupResult::Status::Refused:
        return tr("refused: %1").arg(result.message);
    case BackupResult::Status::Failed:
        break;
    }
    return tr("failed: %1").arg(result.message);
}

QString SummaryPage::placeText(const WizardSession& session, const BackupResult& result)
{
    const QString& target = result.target;
    if (target == QLatin1String("account"))
        return result.location.isEmpty() ? tr("Your account “%1”").arg(session.accountName)
                                         : tr("Your account “%1”: %2").arg(session.accountName, result.location);
    if (target == QLatin1String("usb"))
        return tr("USB flash drive: %1")
            .arg(nativePath(result.location.isEmpty() ? session.usbMountPoint : result.location));
    if (target == QLatin1String("text"))
        return tr("File: %1").arg(nativePath(result.location.isEmpty() ? session.textFolder : result.location));
    if (target == QLatin1String("sheet"))
        return tr("Recovery sheet (PDF): %1")
            .arg(nativePath(result.location.isEmpty() ? session.sheetPdfPath : result.location));
    if (target == QLatin1String("print")) {
        const QString queue = result.location.isEmpty() ? session.printQueue : result.location;
        return queue.isEmpty() ? tr("Printed recovery sheet (default printer)")
                               : tr("Printed recovery sheet: printer %1").arg(queue);
    }
    return result.location.isEmpty() ? target : result.location;
}

QStringList SummaryPage::adviceFor(const BackupResult& result)
{
    switch (result.status) {
    case BackupResult::Status::Failed:
        return { tr("Nothing was saved here. Fix what the message says and run the wizard again, or choose another "
                    "place.") };
    case BackupResult::Status::Refused:
        return { tr("Nothing was saved here. Choose a place on another drive: a USB flash drive, another disk or a "
                    "network share.") };
    case BackupResult::Status::Pending:
        return { tr("The key is not on the server yet. It waits in the system keychain (never in a file) and "
                    "Keyhaven tries the upload again: start Keyhaven later, or run “keyhaven-cli pending --retry”.") };
    case BackupResult::Status::Saved:
    case BackupResult::Status::AlreadySaved:
        break;
    }
    const QString& target = result.target;
    if (target == QLatin1String("usb")) // the USB target's own advice says it already
        return result.advice.isEmpty() ? QStringList { tr("Keep the USB stick away from the computer, somewhere safe.") }
                                       : QStringList();
    if (target == QLatin1String("text"))
        return { tr("If this folder is on this computer, copy the file to a place you can reach without it: another "
                    "device, a USB flash drive or a network share.") };
    if (target == QLatin1String("sheet"))
        return { tr("Print the PDF and store the printed sheet somewhere safe, not with the computer. Then delete the "
                    "PDF, or keep it only where the computer is not.") };
    if (target == QLatin1String("print"))
        return { tr("Store the printed sheet somewhere safe, not with the computer.") };
    if (target == QLatin1String("account"))
        return { tr("You can get the key back by signing in to the account from another device.") };
    return {};
}

bool SummaryPage::isPrinted(const BackupResult& result)
{
    return result.target == QLatin1String("print");
}

bool SummaryPage::includesPrintedSheet(const QList<BackupResult>& results)
{
    return std::any_of(results.cbegin(), results.cend(), &SummaryPage::isPrinted);
}

QString SummaryPage::savedHeadline(const QList<BackupResult>& saved)
{
    if (saved.size() == 1)
        return isPrinted(saved.constFirst())
            ? tr("Your recovery key was printed. Check that the page came out whole and readable.")
            : tr("Your recovery key is saved in one place, and the copy was read back.");
    return includesPrintedSheet(saved)
        ? tr("Your recovery key is saved in %1 places. The files were read back; check the printed page yourself.")
              .arg(saved.size())
        : tr("Your recovery key is saved in %1 places, and every copy was read back.").arg(saved.size());
}

// Core messages end with a full stop in their own language (“.” or “。”); short phrases get one here.
QString SummaryPage::asSentence(const QString& text)
{
    static const QString sentenceEnds = QStringLiteral(".!?\u3002\uFF01\uFF1F");
    if (!text.isEmpty() && sentenceEnds.contains(text.back()))
        return text;
    return tr("%1.", "adds the full stop a sentence lacks").arg(text);
}

QString SummaryPage::verificationText() const
{
    if (!m_session.verification)
        return tr("not checked against a drive: no drive was chosen, so only the key's form was checked");
    const Verification& verification = *m_session.verification;
    const QString drive = verification.volume
        ? (verification.volume->description.isEmpty() ? nativePath(verification.volume->path)
                                                       : verification.volume->description)
        : QString();
    switch (verification.outcome) {
    case Verification::Outcome::Opens:
        return drive.isEmpty() ? tr("opens the drive") : tr("opens the drive %1").arg(drive);
    case Verification::Outcome::DoesNotOpen:
        return tr("does NOT open the drive %1: %2").arg(drive, verification.message);
    case Verification::Outcome::CannotCheck:
        break;
    }
    return tr("not checked against a drive: %1").arg(verification.message);
}

void SummaryPage::initializePage()
{
    const QList<BackupResult>& results = m_session.results;
    QList<BackupResult> trouble;
    QList<BackupResult> saved;
    for (const BackupResult& result : results)
        (result.succeeded() ? saved : trouble).append(result);

    QString html;
    if (results.isEmpty())
        html += QStringLiteral("<h3>") + escaped(tr("The key was not saved anywhere.")) + QStringLiteral("</h3>");
    else if (trouble.isEmpty())
        html += QStringLiteral("<h3>")
            + escaped(savedHeadline(saved))
            + QStringLiteral("</h3>");
    else
        html += QStringLiteral("<h3>")
            + escaped(tr("Your recovery key is saved in %1 of %2 places.")
                          .arg(saved.size())
                          .arg(results.size()))
            + QStringLiteral("</h3>");

    if (m_session.key && m_session.key->id) {
        const QString id = m_session.key->id->toString();
        html += QStringLiteral("<p>")
            + escaped(tr("Key ID %1. The recovery screen shows its first 8 characters: %2."))
                  .arg(escaped(id), QStringLiteral("<b>") + escaped(id.left(8)) + QStringLiteral("</b>"))
            + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>") + escaped(tr("The key itself: %1").arg(asSentence(verificationText())))
        + QStringLiteral("</p>");

    if (!trouble.isEmpty()) {
        html += QStringLiteral("<h3>") + escaped(tr("Needs your attention")) + QStringLiteral("</h3>");
        for (const BackupResult& result : std::as_const(trouble)) {
            html += QStringLiteral("<p><b>") + escaped(placeText(m_session, result)) + QStringLiteral("</b><br>")
                + QStringLiteral("<b>") + escaped(statusText(result)) + QStringLiteral("</b>");
            if (result.status == BackupResult::Status::Pending && !result.message.isEmpty())
                html += QStringLiteral("<br>") + escaped(result.message);
            html += QStringLiteral("</p>") + list(adviceFor(result) + result.advice);
        }
    }

    if (!saved.isEmpty()) {
        html += QStringLiteral("<h3>") + escaped(tr("Saved")) + QStringLiteral("</h3>");
        for (const BackupResult& result : std::as_const(saved)) {
            html += QStringLiteral("<p><b>") + escaped(placeText(m_session, result)) + QStringLiteral("</b><br>")
                + escaped(statusText(result)) + QStringLiteral("</p>");
            QStringList details;
            for (const QString& check : result.checks)
                details.append(tr("Checked: %1").arg(check));
            details += result.advice;
            details += adviceFor(result);
            html += list(details);
        }
    }
    m_summary->setHtml(html);
}

void SummaryPage::clear()
{
    m_summary->clear();
}

} // namespace keyhaven
