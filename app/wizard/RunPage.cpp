// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPage.h"

#include "BackupWizard.h"
#include "SummaryPage.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountTarget.h"
#include "accounts/KeychainSecretStore.h"
#include "backup/BackupRun.h"
#include "backup/PrintTarget.h"
#include "backup/SheetTarget.h"
#include "backup/TextFileTarget.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace keyhaven {

namespace {

// A place that cannot be used after all (the account was removed meanwhile): it fails at once, saying why.
class UnavailableTarget : public BackupTarget
{
public:
    UnavailableTarget(QString name, QString why)
        : m_name(std::move(name))
        , m_why(std::move(why))
    {
    }
    QString name() const override { return m_name; }
    void start(const RecoveryKey&) override
    {
        BackupResult result;
        result.status = BackupResult::Status::Failed;
        result.target = m_name;
        result.message = m_why;
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
    }

private:
    QString m_name;
    QString m_why;
};

// The object names of a row's widgets: accountProgressBar, usbProgressBar, textFileProgressBar, sheetProgressBar.
QString rowPrefix(const QString& target)
{
    if (target == QLatin1String("text"))
        return QStringLiteral("textFile");
    if (target == QLatin1String("print"))
        return QStringLiteral("sheet");
    return target;
}

} // namespace

RunPage::RunPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Saving the key"));
    setSubTitle(tr("Keyhaven saves the key to each place, one after another, and reads every copy back."));
    // The writes start on this page: once they ran there is no going back to change them.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);

    m_rows = new QWidget;
    m_rows->setObjectName(QStringLiteral("runRowsWidget"));
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setSpacing(fontMetrics().height()); // a blank line between the targets
    m_rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("runScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rows);

    m_ledgerErrors = new QLabel(this);
    m_ledgerErrors->setObjectName(QStringLiteral("ledgerErrorLabel"));
    m_ledgerErrors->setWordWrap(true);
    m_ledgerErrors->setTextFormat(Qt::PlainText);
    m_ledgerErrors->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_ledgerErrors);

    connect(&m_session, &WizardSession::wiped, this, &RunPage::clear);
}

RunPage::~RunPage()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run.reset(); // stops the target that runs and waits for a file being written
    }
}

bool RunPage::isRunning() const
{
    return m_run && m_run->isRunning();
}

void RunPage::initializePage()
{
    abandonRun();
    clearRows();
    m_done = false;
    m_session.results.clear();
    m_ledgerErrors->hide();
    // QWizard enables Back after it set up the page and whenever the page's completeness changes: the run cannot
    // be taken back, so Back stays off on this page (connected here, after QWizard's own connection).
    connect(this, &QWizardPage::completeChanged, this, &RunPage::lockBackButton, Qt::UniqueConnection);
    QTimer::singleShot(0, this, &RunPage::lockBackButton);
    start();
}

void RunPage::cleanupPage()
{
    clear();
    QWizardPage::cleanupPage();
}

void RunPage::lockBackButton()
{
    if (wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::BackButton)->setEnabled(false);
}

std::vector<std::unique_ptr<BackupTarget>> RunPage::makeTargets(const QString& sheetPdfPath) const
{
    const WizardEnvironment& environment = m_session.environment();
    std::shared_ptr<SecretStore> secrets = environment.secrets;
    if (!secrets)
        secrets = std::make_shared<KeychainSecretStore>();
    SheetOptions sheetOptions;
    sheetOptions.englishAlongside = m_session.sheetEnglishAlongside;

    std::vector<std::unique_ptr<BackupTarget>> targets;
    for (TargetKind kind : std::as_const(m_session.targets)) {
        switch (kind) {
        case TargetKind::Account:
            if (const std::optional<Account> account = AccountStore(environment.settingsFile).find(m_session.accountName))
                targets.push_back(std::make_unique<AccountTarget>(*account, secrets, environment.settingsFile));
            else
                targets.push_back(std::make_unique<UnavailableTarget>(
                    QStringLiteral("account"),
                    tr("There is no account called “%1” any more. Go back to the account page and set it up again.")
                        .arg(m_session.accountName)));
            break;
        case TargetKind::Usb:
            targets.push_back(std::make_unique<UsbTarget>(m_session.usbMountPoint, environment.locator));
            break;
        case TargetKind::TextFile:
            targets.push_back(std::make_unique<TextFileTarget>(m_session.textFolder, environment.locator));
            break;
        case TargetKind::Sheet:
            if (m_session.sheetPrint)
                targets.push_back(std::make_unique<PrintTarget>(m_session.printQueue, sheetOptions));
            else
                targets.push_back(
                    std::make_unique<SheetTarget>(sheetPdfPath, sheetOptions, environment.locator));
            break;
        }
    }
    return targets;
}

void RunPage::start()
{
    if (!m_session.key) {
        m_status->setText(tr("There is no key to save: start again and choose the key."));
        m_done = true;
        emit completeChanged();
        return;
    }
    // Each key read from the drive goes to every place; a key typed or from a file is the only one.
    std::vector<KeyedTarget> targets;
    QList<RecoveryKey> keys { m_session.keyForCopies(*m_session.key) };
    for (const RecoveryKey& more : std::as_const(m_session.moreKeys))
        keys.append(m_session.keyForCopies(more));
    for (const RecoveryKey& key : std::as_const(keys)) {
        // One sheet per key: with several, each file name says whose it is.
        QString sheetPath = m_session.sheetPdfPath;
        if (keys.size() > 1 && key.id) {
            const QFileInfo sheet(sheetPath);
            sheetPath = sheet.dir().filePath(sheet.completeBaseName() + QLatin1Char('-') + key.id->shortForm()
                                             + QLatin1Char('.') + sheet.suffix());
        }
        for (auto& target : makeTargets(sheetPath))
            targets.push_back({ key, std::move(target) });
    }
    keys.clear();
    m_run = std::make_unique<BackupRun>(std::move(targets), m_session.environment().ledgerPath);

    for (int index = 0; index < m_run->count(); ++index) {
        const QString name = m_run->target(index)->name();
        const QString prefix = rowPrefix(name);
        auto* box = new QWidget(m_rows);
        box->setObjectName(prefix + QStringLiteral("RunWidget"));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        Row row;
        row.title = new QLabel(box);
        row.title->setObjectName(prefix + QStringLiteral("TitleLabel"));
        row.title->setWordWrap(true);
        row.title->setTextFormat(Qt::PlainText);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        BackupResult place;
        place.target = name;
        place.keyId = m_run->keyId(index);
        row.title->setText(SummaryPage::placeText(m_session, place));
        row.bar = new QProgressBar(box);
        row.bar->setObjectName(prefix + QStringLiteral("ProgressBar"));
        row.bar->setAccessibleName(tr("Progress: %1").arg(row.title->text()));
        row.bar->setRange(0, 100);
        row.bar->setValue(0);
        row.bar->setFormat(tr("Waiting"));
        row.step = new QLabel(box);
        row.step->setObjectName(prefix + QStringLiteral("StepLabel"));
        row.step->setWordWrap(true);
        row.step->setTextFormat(Qt::PlainText);
        row.result = new QLabel(box);
        row.result->setObjectName(prefix + QStringLiteral("ResultLabel"));
        row.result->setWordWrap(true);
        row.result->setTextFormat(Qt::PlainText);
        row.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.result->hide();
        boxLayout->addWidget(row.title);
        boxLayout->addWidget(row.bar);
        boxLayout->addWidget(row.step);
        boxLayout->addWidget(row.result);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, box);
        m_rowWidgets.append(row);
    }
    connect(m_run.get(), &BackupRun::targetStarted, this, [this](int index, const QString&) { targetStarted(index); });
    connect(m_run.get(), &BackupRun::progress, this, &RunPage::targetProgress);
    connect(m_run.get(), &BackupRun::targetFinished, this, &RunPage::targetFinished);
    connect(m_run.get(), &BackupRun::finished, this, &RunPage::runFinished);
    m_status->setText(m_run->count() == 1 ? tr("Saving the key…")
                                          : tr("Saving the key to %1 places…").arg(m_run->count()));
    m_run->start();
    emit completeChanged();
}

void RunPage::targetStarted(int index)
{
    if (index < 0 || index >= m_rowWidgets.size())
        return;
    const Row& row = m_rowWidgets.at(index);
    row.bar->setValue(0);
    row.bar->setFormat(QStringLiteral("%p%"));
    row.step->setText(tr("Starting…"));
    m_status->setText(tr("Saving the key: %1 of %2…").arg(index + 1).arg(m_rowWidgets.size()));
}

void RunPage::targetProgress(int index, int percent, const QString& step)
{
    if (index < 0 || index >= m_rowWidgets.size())
        return;
    const Row& row = m_rowWidgets.at(index);
    row.bar->setValue(std::clamp(percent, 0, 100));
    if (!step.isEmpty())
        row.step->setText(step);
}

void RunPage::targetFinished(int index, const BackupResult& result)
{
    if (index < 0 || index >= m_rowWidgets.size())
        return;
    const Row& row = m_rowWidgets.at(index);
    row.bar->setValue(100);
    switch (result.status) {
    case BackupResult::Status::Saved:
    case BackupResult::Status::AlreadySaved:
        row.bar->setFormat(tr("Done"));
        break;
    case BackupResult::Status::Pending:
        row.bar->setFormat(tr("Waiting to upload"));
        break;
    case BackupResult::Status::Refused:
    case BackupResult::Status::Failed:
        row.bar->setFormat(tr("Not saved"));
        break;
    }
    row.title->setText(SummaryPage::placeText(m_session, result));
    // How it went, in one line; what was checked is on the summary, behind "Show details".
    QString line = SummaryPage::statusText(result);
    if (result.status == BackupResult::Status::Pending && !result.message.isEmpty())
        line += QLatin1Char('\n') + result.message;
    row.step->hide();
    row.result->setText(line);
    row.result->show();
}

void RunPage::runFinished(const QList<BackupResult>& results, const QStringList& ledgerErrors)
{
    m_session.results = results;
    m_done = true;
    if (m_stopQuestion)
        m_stopQuestion->close();
    int saved = 0;
    for (const BackupResult& result : results)
        saved += result.succeeded() ? 1 : 0;
    const int total = static_cast<int>(results.size());
    if (m_run && m_run->isCancelled())
        m_status->setText(tr("Stopped. The key is saved in %1 of %2 places.").arg(saved).arg(total));
    else if (saved == total)
        m_status->setText(SummaryPage::includesPrintedSheet(results)
                              ? tr("Done: every copy is saved. The files were read back; the printer reported the "
                                   "page done.")
                              : tr("Done: every copy is saved and was read back."));
    else
        m_status->setText(tr("Done: the key is saved in %1 of %2 places. See below what went wrong.")
                              .arg(saved)
                              .arg(total));
    if (!ledgerErrors.isEmpty()) {
        m_ledgerErrors->setText(tr("The copies are saved, but Keyhaven's list of where your copies are could not be "
                                   "updated: %1")
                                    .arg(ledgerErrors.join(QLatin1Char(' '))));
        m_ledgerErrors->show();
    }
    emit completeChanged();
}

bool RunPage::isComplete() const
{
    return m_done && !isRunning();
}

int RunPage::nextId() const
{
    return BackupWizard::SummaryPageId;
}

bool RunPage::mayClose()
{
    if (!isRunning())
        return true;
    if (m_stopQuestion)
        return false;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Stop saving the key?"),
                                tr("Keyhaven is saving the key now. If you stop, the copies already saved stay where "
                                   "they are, the one being saved now is stopped safely, and the others are not "
                                   "made."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("stopRunMessageBox"));
    box->button(QMessageBox::Yes)->setText(tr("&Stop"));
    box->button(QMessageBox::No)->setText(tr("&Keep saving"));
    box->setDefaultButton(QMessageBox::No);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes && m_run && m_run->isRunning()) {
            m_status->setText(tr("Stopping…"));
            m_run->cancel();
        }
    });
    m_stopQuestion = box;
    box->open();
    return false;
}

QMessageBox* RunPage::stopQuestion() const
{
    return m_stopQuestion.data();
}

void RunPage::abandonRun()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    if (m_run->isRunning()) {
        // Let the target that runs stop safely; the run goes once it said so.
        BackupRun* run = m_run.release();
        connect(run, &BackupRun::finished, run, &QObject::deleteLater);
        run->cancel();
    } else {
        m_run.reset();
    }
}

void RunPage::clearRows()
{
    for (const Row& row : std::as_const(m_rowWidgets))
        delete row.title->parentWidget();
    m_rowWidgets.clear();
}

void RunPage::clear()
{
    if (m_stopQuestion)
        m_stopQuestion->close();
    abandonRun();
    clearRows();
    m_status->clear();
    m_ledgerErrors->clear();
    m_ledgerErrors->hide();
    m_done = false;
}

} // namespace keyhaven
