// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "WizardSession.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
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
    m_summary->setFrameShape(QFrame::NoFrame);
    m_showDetails = new QPushButton(tr("Show &details"), this);
    m_showDetails->setObjectName(QStringLiteral("showDetailsPushButton"));
    m_showDetails->setCheckable(true);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("summaryDetailsTextBrowser"));
    m_details->setAccessibleName(tr("What was checked for each copy"));
    m_details->setOpenLinks(false);
    m_details->hide();
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_showDetails);
    buttonRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 2);
    layout->addLayout(buttonRow);
    layout->addWidget(m_details, 3);
    connect(m_showDetails, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_showDetails->setText(shown ? tr("Hide &details") : tr("Show &details"));
    });

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

QList<KeyId> SummaryPage::savedKeyIds(const WizardSession& session)
{
    QList<KeyId> ids;
    if (session.key && session.key->id)
        ids.append(*session.key->id);
    for (const RecoveryKey& more : session.moreKeys)
        if (more.id && !ids.contains(*more.id))
            ids.append(*more.id);
    return ids;
}

QString SummaryPage::placeText(const WizardSession& session, const BackupResult& result)
{
    const QString place = placeOnly(session, result);
    if (result.keyId && !session.moreKeys.isEmpty())
        return tr("%1 — the key with ID %2").arg(place, result.keyId->shortForm());
    return place;
}

QString SummaryPage::placeOnly(const WizardSession& session, const BackupResult& result)
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

QString SummaryPage::whatToDo(const BackupResult& result)
{
    switch (result.status) {
    case BackupResult::Status::Failed:
        return tr("Nothing was saved here. Fix what the message says and run the wizard again, or choose another "
                  "place.");
    case BackupResult::Status::Refused:
        return tr("Nothing was saved here. Choose a place on another drive: a USB flash drive, another disk or a "
                  "network share.");
    case BackupResult::Status::Pending:
        return tr("The key is not on the server yet. It waits in the system keychain (never in a file) and "
                  "Keyhaven tries the upload again while it is open and each time it starts.");
    case BackupResult::Status::Saved:
    case BackupResult::Status::AlreadySaved:
        break;
    }
    const QString& target = result.target;
    if (target == QLatin1String("usb"))
        return tr("Eject the stick, then keep it somewhere safe, away from the computer.");
    if (target == QLatin1String("text"))
        return tr("If this folder is on this computer, copy the file to another device as well.");
    if (target == QLatin1String("sheet"))
        return tr("Print it, keep the page away from the computer, then delete the PDF.");
    if (target == QLatin1String("print"))
        return tr("Keep the page somewhere safe, away from the computer.");
    if (target == QLatin1String("account"))
        return tr("You can get the key back by signing in to the account from another device.");
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

QString SummaryPage::savedHeadline(const QList<BackupResult>& saved, int keyCount)
{
    if (keyCount > 1)
        return includesPrintedSheet(saved)
            ? tr("Your %n recovery keys are saved, %1 copies in all. The files were read back; check the printed "
                 "pages yourself.",
                 nullptr, keyCount)
                  .arg(saved.size())
            : tr("Your %n recovery keys are saved, %1 copies in all, and every copy was read back.", nullptr,
                 keyCount)
                  .arg(saved.size());
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
            + escaped(savedHeadline(saved, static_cast<int>(savedKeyIds(m_session).size())))
            + QStringLiteral("</h3>");
    else
        html += QStringLiteral("<h3>")
            + escaped(tr("Your recovery key is saved in %1 of %2 places.")
                          .arg(saved.size())
                          .arg(results.size()))
            + QStringLiteral("</h3>");

    html += keyIdsHtml();
    html += QStringLiteral("<p>") + escaped(tr("The key itself: %1").arg(asSentence(verificationText())))
        + QStringLiteral("</p>");

    // One line per copy: where it is, how it went, the one thing to do. What was checked is in the details.
    auto copyLine = [this](const BackupResult& result) -> QString {
        return QStringLiteral("<p><b>") + escaped(placeText(m_session, result)) + QStringLiteral("</b> \u2014 ")
            + escaped(tr("%1 %2", "how a copy went as a sentence, then the one thing to do with it")
                          .arg(asSentence(statusText(result)), whatToDo(result)))
            + QStringLiteral("</p>");
    };
    if (!trouble.isEmpty()) {
        html += QStringLiteral("<h3>") + escaped(tr("Needs your attention")) + QStringLiteral("</h3>");
        for (const BackupResult& result : std::as_const(trouble))
            html += copyLine(result);
    }
    if (!saved.isEmpty()) {
        html += QStringLiteral("<h3>") + escaped(tr("Saved")) + QStringLiteral("</h3>");
        for (const BackupResult& result : std::as_const(saved))
            html += copyLine(result);
    }
    m_details->setHtml(detailsHtml());
    m_summary->setHtml(html);
}

// Every key the run saved, by its ID: a drive can have two recovery keys, and both went to each place.
QString SummaryPage::keyIdsHtml() const
{
    const QList<KeyId> ids = savedKeyIds(m_session);
    auto line = [](const KeyId& keyId) {
        const QString id = keyId.toString();
        return escaped(tr("Key ID %1. The recovery screen shows its first 8 characters: %2."))
            .arg(escaped(id), QStringLiteral("<b>") + escaped(keyId.shortForm()) + QStringLiteral("</b>"));
    };
    if (ids.isEmpty())
        return {};
    if (ids.size() == 1)
        return QStringLiteral("<p>") + line(ids.first()) + QStringLiteral("</p>");
    QString html = QStringLiteral("<p>")
        + escaped(tr("This run saved %n recovery keys of the drive:", nullptr, static_cast<int>(ids.size())))
        + QStringLiteral("</p><ul>");
    for (const KeyId& id : ids)
        html += QStringLiteral("<li>") + line(id) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString SummaryPage::detailsHtml() const
{
    QString html;
    for (const BackupResult& result : std::as_const(m_session.results)) {
        html += QStringLiteral("<p><b>") + escaped(placeText(m_session, result)) + QStringLiteral("</b></p>");
        QStringList lines;
        if (!result.message.isEmpty())
            lines.append(result.message);
        for (const QString& check : result.checks)
            lines.append(tr("Checked: %1").arg(check));
        for (const QString& advice : result.advice)
            if (!lines.contains(advice))
                lines.append(advice);
        html += list(lines);
    }
    return html;
}

void SummaryPage::clear()
{
    m_summary->clear();
    m_details->clear();
    m_showDetails->setChecked(false);
}

} // namespace keyhaven
