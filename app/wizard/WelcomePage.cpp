// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "BackupWizard.h"
#include "CopyCheckPanel.h"
#include "MainThreadSecretStore.h"
#include "WizardSession.h"

#include "accounts/PendingUploads.h"
#include "volumes/VolumeSource.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace keyhaven {

namespace {

// A big choice: the radio button in a larger, bold font, and what it does in a word-wrapped line below it.
QRadioButton* addChoice(QVBoxLayout* layout, QWidget* parent, const QString& objectName, const QString& text,
                        const QString& description)
{
    auto* radio = new QRadioButton(text, parent);
    radio->setObjectName(objectName);
    QFont font = radio->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    radio->setFont(font);
    layout->addWidget(radio);

    auto* label = new QLabel(description, parent);
    label->setObjectName(objectName.chopped(int(qstrlen("RadioButton"))) + QStringLiteral("DescriptionLabel"));
    label->setWordWrap(true);
    label->setBuddy(radio);
    const int indent = radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
        + radio->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, radio);
    label->setContentsMargins(indent, 0, 0, 0);
    layout->addWidget(label);
    radio->setAccessibleDescription(description);
    return radio;
}

} // namespace

WelcomePage::WelcomePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to Keyhaven"));
    setSubTitle(tr("Keyhaven keeps a copy of your disk-encryption recovery key somewhere safe, before the day your "
                   "computer asks for it, and finds the key again when it does."));

    auto* layout = new QVBoxLayout(this);
    m_idleResetLabel = new QLabel(tr("Keyhaven went back to the start because it was not used for a while, and "
                                     "forgot the key you had entered, as a precaution. The copies already saved are "
                                     "where they were."),
                                  this);
    m_idleResetLabel->setObjectName(QStringLiteral("idleResetLabel"));
    m_idleResetLabel->setWordWrap(true);
    m_idleResetLabel->setFrameShape(QFrame::StyledPanel);
    m_idleResetLabel->setMargin(style()->pixelMetric(QStyle::PM_LayoutTopMargin));
    m_idleResetLabel->hide();
    layout->addWidget(m_idleResetLabel);
    m_backupRadio = addChoice(layout, this, QStringLiteral("backupRadioButton"), tr("&Back up a recovery key"),
                              tr("Save your BitLocker recovery key or FileVault personal recovery key to your "
                                 "account, a USB flash drive, a file or a printed sheet. Keyhaven checks the key "
                                 "and reads every copy back."));
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    m_findRadio = addChoice(layout, this, QStringLiteral("findRadioButton"), tr("&Find a recovery key"),
                            tr("Is a computer showing the recovery screen? Enter the recovery key ID it shows, and "
                               "Keyhaven looks for the key in your files and on your USB flash drives."));
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    m_testRadio = addChoice(layout, this, QStringLiteral("testRadioButton"), tr("&Test a backup"),
                            tr("Choose a copy of your key — a file, a USB flash drive, a photo of the recovery "
                               "sheet, or one of the copies Keyhaven made — and Keyhaven proves that it still "
                               "opens your drive."));
    m_backupRadio->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_backupRadio);
    group->addButton(m_findRadio);
    group->addButton(m_testRadio);
    registerField(QStringLiteral("findMode"), m_findRadio);

    // Notices, hidden while there is nothing to say.
    m_noticesFrame = new QFrame(this);
    m_noticesFrame->setObjectName(QStringLiteral("noticesFrame"));
    m_noticesFrame->setFrameShape(QFrame::StyledPanel);
    m_noticesFrame->setBackgroundRole(QPalette::AlternateBase);
    m_noticesFrame->setAutoFillBackground(true);
    auto* notices = new QVBoxLayout(m_noticesFrame);

    m_staleLabel = new QLabel(m_noticesFrame);
    m_staleLabel->setObjectName(QStringLiteral("staleNoticeLabel"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setTextFormat(Qt::PlainText);
    m_staleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notices->addWidget(m_staleLabel);

    m_pendingLabel = new QLabel(m_noticesFrame);
    m_pendingLabel->setObjectName(QStringLiteral("pendingNoticeLabel"));
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->setTextFormat(Qt::PlainText);
    m_pendingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notices->addWidget(m_pendingLabel);

    auto* retryRow = new QHBoxLayout;
    m_retryButton = new QPushButton(tr("&Retry now"), m_noticesFrame);
    m_retryButton->setObjectName(QStringLiteral("retryNowPushButton"));
    m_retryButton->setAccessibleName(tr("Retry the waiting uploads now"));
    connect(m_retryButton, &QPushButton::clicked, this, &WelcomePage::retryPendingNow);
    retryRow->addWidget(m_retryButton);
    retryRow->addStretch();
    notices->addLayout(retryRow);

    m_retryResultLabel = new QLabel(m_noticesFrame);
    m_retryResultLabel->setObjectName(QStringLiteral("retryResultLabel"));
    m_retryResultLabel->setWordWrap(true);
    m_retryResultLabel->setTextFormat(Qt::PlainText);
    m_retryResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notices->addWidget(m_retryResultLabel);

    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(m_noticesFrame);
    m_copyCheckPanel = new CopyCheckPanel(m_session, this);
    layout->addWidget(m_copyCheckPanel);
    connect(this, &WelcomePage::ledgerChecked, m_copyCheckPanel, &CopyCheckPanel::refresh);
    layout->addStretch();

    auto* languageRow = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setObjectName(QStringLiteral("languageLabel"));
    QComboBox* languageBox = makeLanguageBox();
    languageLabel->setBuddy(languageBox);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(languageBox);
    languageRow->addStretch();
    layout->addLayout(languageRow);
    for (QWidget* widget : { static_cast<QWidget*>(m_staleLabel), static_cast<QWidget*>(m_pendingLabel),
                             static_cast<QWidget*>(m_retryButton), static_cast<QWidget*>(m_retryResultLabel) })
        widget->hide();
    m_noticesFrame->hide();

    m_autoRetryTimer.setInterval(DefaultAutoRetryMs);
    connect(&m_autoRetryTimer, &QTimer::timeout, this, &WelcomePage::autoRetry);
    m_autoRetryTimer.start();

    connect(&m_session, &WizardSession::wiped, this, [this] { m_backupRadio->setChecked(true); });
}

WelcomePage::~WelcomePage() = default;

// Each language by its own name, so that a reader of it finds it whatever language is shown now.
QComboBox* WelcomePage::makeLanguageBox()
{
    auto* box = new QComboBox(this);
    box->setObjectName(QStringLiteral("languageComboBox"));
    box->setAccessibleName(tr("Language"));
    const i18n::Language current = i18n::currentLanguage().language;
    for (const i18n::Language language : i18n::languages()) {
        box->addItem(i18n::nativeLanguageName(language), i18n::languageCode(language));
        if (language == current)
            box->setCurrentIndex(box->count() - 1);
    }
    connect(box, &QComboBox::activated, this, [this, box](int index) {
        const std::optional<i18n::Language> language = i18n::parseLanguage(box->itemData(index).toString());
        if (language && *language != i18n::currentLanguage().language)
            emit languageChosen(*language);
    });
    return box;
}

void WelcomePage::showIdleResetNotice()
{
    m_idleResetLabel->show();
}

bool WelcomePage::validatePage()
{
    m_idleResetLabel->hide();
    return true;
}

int WelcomePage::nextId() const
{
    if (m_testRadio->isChecked())
        return BackupWizard::TestBackupPageId;
    return m_findRadio->isChecked() ? BackupWizard::FindIdPageId : BackupWizard::SourcePageId;
}

void WelcomePage::initializePage()
{
    // The first time, the check waits for the first paint (see event()); afterwards, it runs at once.
    if (m_painted)
        refreshNotices();
}

bool WelcomePage::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint is on the screen: nothing slow stands between starting Keyhaven and its first page.
        QMetaObject::invokeMethod(this, &WelcomePage::refreshNotices, Qt::QueuedConnection);
    }
    return QWizardPage::event(event);
}

QString WelcomePage::ledgerPath() const
{
    const QString& path = m_session.environment().ledgerPath;
    return path.isEmpty() ? Ledger::defaultPath() : path;
}

bool WelcomePage::isCheckingLedger() const
{
    return m_ledgerWatcher && m_ledgerWatcher->isRunning();
}

bool WelcomePage::isRetrying() const
{
    return m_retryWatcher && m_retryWatcher->isRunning();
}

void WelcomePage::setAutoRetryInterval(int milliseconds)
{
    m_autoRetryTimer.start(qMax(1, milliseconds));
}

void WelcomePage::refreshNotices()
{
    refreshPending();
    startLedgerCheck();
}

void WelcomePage::startLedgerCheck()
{
    if (isCheckingLedger()) {
        m_refreshAgain = true;
        return;
    }
    if (!m_ledgerWatcher) {
        m_ledgerWatcher = new QFutureWatcher<LedgerCheck>(this);
        connect(m_ledgerWatcher, &QFutureWatcher<LedgerCheck>::finished, this, &WelcomePage::ledgerCheckFinished);
    }
    const std::shared_ptr<VolumeSource> volumes = m_session.environment().volumes;
    m_ledgerWatcher->setFuture(QtConcurrent::run([volumes, path = ledgerPath()] {
        LedgerCheck check;
        QList<LedgerEntry> entries;
        if (!Ledger(path).load(&entries, &check.error) || entries.isEmpty() || !volumes)
            return check; // no copies: no need to look at the volumes at all
        const VolumeScan scan = volumes->listVolumes();
        for (const LedgerEntry& entry : std::as_const(entries))
            if (Ledger::freshness(entry, scan.volumes) == Ledger::Freshness::Stale)
                check.stale.append(entry);
        return check;
    }));
}

QString WelcomePage::describeKeyId(const PendingUpload& upload)
{
    return upload.keyId ? upload.keyId->toString() : tr("(no key ID)");
}

QString WelcomePage::describeTarget(const QString& target)
{
    if (target == QLatin1String("text"))
        return tr("file");
    if (target == QLatin1String("usb"))
        return tr("USB flash drive");
    if (target == QLatin1String("sheet"))
        return tr("recovery sheet (PDF)");
    if (target == QLatin1String("print"))
        return tr("printed recovery sheet");
    if (target == QLatin1String("account"))
        return tr("account");
    return target;
}

void WelcomePage::ledgerCheckFinished()
{
    const LedgerCheck check = m_ledgerWatcher->result();
    QString text;
    if (!check.error.isEmpty()) {
        text = tr("Keyhaven could not check your saved copies: %1").arg(check.error);
    } else if (!check.stale.isEmpty()) {
        text = tr("%n saved copy/copies no longer unlock their drive: the drive's recovery keys changed after "
                  "they were saved. Back up the drive's current recovery key again, and destroy these old copies:",
                  nullptr, static_cast<int>(check.stale.size()));
        for (const LedgerEntry& entry : check.stale)
            text += QLatin1Char('\n')
                + tr("• recovery key ID %1, %2: %3").arg(entry.keyId, describeTarget(entry.target), entry.location);
    }
    m_staleLabel->setText(text);
    m_staleLabel->setVisible(!text.isEmpty());
    updateNoticesVisibility();
    emit ledgerChecked();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        startLedgerCheck();
    }
}

void WelcomePage::refreshPending()
{
    QList<PendingUpload> uploads;
    if (m_session.environment().secrets) // reads only the settings: no keychain prompt, cheap
        uploads = PendingUploads(*m_session.environment().secrets, m_session.environment().settingsFile).list();
    QString text;
    if (!uploads.isEmpty()) {
        text = tr("%n upload(s) to your accounts could not finish yet. The keys wait in the system keychain, and "
                  "Keyhaven tries again every few minutes while it runs:",
                  nullptr, static_cast<int>(uploads.size()));
        for (const PendingUpload& upload : std::as_const(uploads)) {
            text += QLatin1Char('\n') + tr("• recovery key ID %1 to “%2”").arg(describeKeyId(upload), upload.account);
            if (!upload.lastProblem.isEmpty())
                text += tr(" (last problem: %1)").arg(upload.lastProblem);
        }
    }
    m_pendingLabel->setText(text);
    m_pendingLabel->setVisible(!text.isEmpty());
    m_retryButton->setVisible(!uploads.isEmpty() || isRetrying());
    m_retryButton->setEnabled(!isRetrying());
    if (uploads.isEmpty() && !isRetrying() && m_retryResultLabel->text().isEmpty())
        m_retryResultLabel->hide();
    updateNoticesVisibility();
}

void WelcomePage::retryPendingNow()
{
    startRetry(false);
}

void WelcomePage::autoRetry()
{
    if (isRetrying() || !m_session.environment().secrets)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<PendingUpload> uploads
        = PendingUploads(*m_session.environment().secrets, m_session.environment().settingsFile).list();
    const bool due = std::any_of(uploads.cbegin(), uploads.cend(), [&](const PendingUpload& upload) {
        return !upload.nextRetry.isValid() || upload.nextRetry <= now;
    });
    if (due)
        startRetry(true);
}

void WelcomePage::startRetry(bool onlyDue)
{
    if (isRetrying() || !m_session.environment().secrets)
        return;
    if (!m_retryWatcher) {
        m_retryWatcher = new QFutureWatcher<QList<PendingRetry::Outcome>>(this);
        connect(m_retryWatcher, &QFutureWatcher<QList<PendingRetry::Outcome>>::finished, this, &WelcomePage::retryDone);
    }
    m_automaticRetry = onlyDue;
    if (!onlyDue) {
        m_retryResultLabel->setText(tr("Trying the waiting uploads again…"));
        m_retryResultLabel->show();
    }
    m_retryButton->setEnabled(false);
    // The network and the files on a worker thread (PendingRetry blocks until each upload ends); the keychain
    // calls it makes hop back to this thread, where QtKeychain runs its jobs.
    if (!m_workerSecrets)
        m_workerSecrets = std::make_shared<MainThreadSecretStore>(m_session.environment().secrets, this);
    const std::shared_ptr<SecretStore> secrets = m_workerSecrets;
    const WizardEnvironment& environment = m_session.environment();
    m_retryWatcher->setFuture(
        QtConcurrent::run([secrets, onlyDue, settings = environment.settingsFile, ledger = environment.ledgerPath] {
            return PendingRetry::run(secrets, onlyDue, settings, ledger);
        }));
}

void WelcomePage::retryDone()
{
    const QList<PendingRetry::Outcome> outcomes = m_retryWatcher->result();
    QStringList lines;
    for (const PendingRetry::Outcome& outcome : outcomes) {
        QString line = tr("Recovery key ID %1 to “%2”: %3")
                           .arg(describeKeyId(outcome.upload), outcome.upload.account, outcome.result.message);
        for (const QString& advice : outcome.result.advice)
            line += QLatin1Char(' ') + advice;
        lines.append(line);
    }
    if (lines.isEmpty() && !m_automaticRetry)
        lines.append(tr("No uploads were waiting."));
    if (!lines.isEmpty()) {
        m_retryResultLabel->setText(lines.join(QLatin1Char('\n')));
        m_retryResultLabel->show();
    }
    refreshPending();
    emit retryFinished();
}

void WelcomePage::updateNoticesVisibility()
{
    const bool any = !m_staleLabel->text().isEmpty() || !m_pendingLabel->text().isEmpty()
        || (m_retryResultLabel->isVisibleTo(m_noticesFrame) && !m_retryResultLabel->text().isEmpty());
    m_noticesFrame->setVisible(any);
}

} // namespace keyhaven
