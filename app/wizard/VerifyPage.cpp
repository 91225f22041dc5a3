// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyPage.h"

#include "BackupWizard.h"
#include "VolumeLabels.h"
#include "WizardSession.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

namespace keyhaven {

VerifyPage::VerifyPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Checking the key"));
    setSubTitle(tr("Keyhaven checks the key against the drive, without unlocking or changing anything on it."));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("verifyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("verifyProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Checking the key"));
    m_progress->hide();

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("verifyIconLabel"));
    m_iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_iconLabel->hide();

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("verifyResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_iconLabel, 0, Qt::AlignTop);
    resultRow->addWidget(m_resultLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progress);
    layout->addLayout(resultRow);
    layout->addStretch(1);

    // The key may be gone while the check runs: its answer then belongs to nobody.
    connect(&m_session, &WizardSession::wiped, this, &VerifyPage::discard);
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::initializePage()
{
    verify();
}

void VerifyPage::cleanupPage()
{
    // Back: the key may change, so this answer no longer holds.
    discard();
    m_session.verification.reset();
    QWizardPage::cleanupPage();
}

void VerifyPage::discard()
{
    ++m_run;
    m_checking = false;
    m_outcome.reset();
    m_progress->hide();
    m_statusLabel->clear();
    m_resultLabel->clear();
    m_iconLabel->clear();
    m_iconLabel->hide();
    emit completeChanged();
}

void VerifyPage::verify()
{
    discard();
    m_session.verification.reset();
    const quint64 run = m_run;
    if (!m_session.key || !m_session.volume) {
        Verification nothing;
        nothing.outcome = Verification::Outcome::CannotCheck;
        nothing.message = tr("No drive was chosen, so there is nothing to check the key against.");
        showResult(nothing);
        return;
    }
    m_checking = true;
    m_progress->show();
    m_statusLabel->setText(
        tr("Checking the key against %1; this takes a moment…").arg(volumeDisplayName(*m_session.volume)));

    auto* watcher = new QFutureWatcher<Verification>(this);
    connect(watcher, &QFutureWatcher<Verification>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run != m_run)
            return; // Back, a newer check, or the session was wiped
        showResult(watcher->result());
    });
    watcher->setFuture(
        KeyVerifier::verifyInBackground(m_session.volume->path, VolumeSecret::fromRecoveryKey(*m_session.key)));
}

void VerifyPage::showResult(const Verification& verification)
{
    m_checking = false;
    m_progress->hide();
    m_outcome = verification.outcome;
    m_session.verification = verification;

    const QString drive = m_session.volume ? volumeDisplayName(*m_session.volume)
        : verification.volume              ? volumeDisplayName(*verification.volume)
                                           : tr("the drive");
    const bool external = m_session.key && m_session.key->kind == KeyKind::BitLockerExternalKey;
    QStringList lines;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (verification.outcome) {
    case Verification::Outcome::Opens: {
        m_statusLabel->setText(tr("The key is verified."));
        icon = QStyle::SP_DialogApplyButton;
        lines << tr("This key opens %1.").arg(drive);
        if (const std::optional<Protector>& protector = verification.protector) {
            lines.last() += QLatin1Char(' ')
                + (protector->type == ProtectorType::RecoveryPassword
                       ? tr("It is the drive's recovery key with the key ID %1.").arg(protector->id.toString())
                       : tr("It opened the drive through its %1, key ID %2.")
                             .arg(protectorLabel(*protector), protector->id.toString()));
            std::optional<RecoveryKey>& key = m_session.key;
            if (key && key->kind == KeyKind::BitLockerRecoveryPassword
                && protector->type == ProtectorType::RecoveryPassword && key->id != protector->id) {
                lines << (key->id ? tr("The key ID you gave, %1, is not the ID of that protector: the key ID was "
                                       "corrected to %2.")
                                        .arg(key->id->toString(), protector->id.toString())
                                  : tr("The key ID was filled in: %1.").arg(protector->id.toString()));
                key->id = protector->id;
            }
            if (protector->type == ProtectorType::RecoveryPassword)
                lines << tr("The recovery screen asks for this key when it shows a key ID starting with %1.")
                             .arg(protector->id.shortForm());
        }
        if (external)
            lines << tr("A startup key cannot be saved as text, printed or uploaded. Keep the .BEK file itself on a "
                        "USB stick, away from the computer. Press Finish to close; to back up the drive's 48-digit "
                        "recovery key as well, start again and choose the drive.");
        break;
    }
    case Verification::Outcome::DoesNotOpen:
        m_statusLabel->setText(tr("The key does not open the drive."));
        icon = QStyle::SP_MessageBoxCritical;
        lines << tr("This key does not open %1.").arg(drive);
        if (!verification.message.isEmpty())
            lines << verification.message;
        lines << tr("Go back and check the key against your copy, group by group, and its key ID. A key that does "
                    "not open the drive is no use as a backup.");
        break;
    case Verification::Outcome::CannotCheck:
        m_statusLabel->setText(tr("The key could not be checked."));
        icon = QStyle::SP_MessageBoxWarning;
        lines << tr("The key could not be checked against %1: %2").arg(drive, verification.message);
        lines << tr("The key is not verified: it is well formed, but only the drive can prove that it is right. You "
                    "can still save it, knowing that it was not verified.");
        break;
    }
    m_resultLabel->setText(lines.join(QLatin1Char('\n')));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QIcon standard = style()->standardIcon(icon, nullptr, this);
    if (!standard.isNull()) {
        m_iconLabel->setPixmap(standard.pixmap(QSize(size, size), devicePixelRatioF()));
        m_iconLabel->show();
    }
    emit completeChanged();
}

bool VerifyPage::isComplete() const
{
    return m_outcome == Verification::Outcome::Opens || m_outcome == Verification::Outcome::CannotCheck;
}

int VerifyPage::nextId() const
{
    // A startup key has nowhere to go: it cannot be saved as text. The wizard ends here for it.
    if (m_session.key && m_session.key->kind == KeyKind::BitLockerExternalKey)
        return -1;
    return BackupWizard::TargetsPageId;
}

} // namespace keyhaven
