// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackupPage.h"

#include "MainThreadSecretStore.h"
#include "WizardSession.h"

#include "accounts/AccountCopyCheck.h"
#include "platform/RemovableDrives.h"
#include "volumes/VolumeSource.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

namespace {

QString targetWord(const QString& target)
{
    if (target == QLatin1String("text"))
        return TestBackupPage::tr("file");
    if (target == QLatin1String("usb"))
        return TestBackupPage::tr("USB flash drive");
    if (target == QLatin1String("sheet"))
        return TestBackupPage::tr("recovery sheet (PDF)");
    if (target == QLatin1String("print"))
        return TestBackupPage::tr("printed recovery sheet");
    if (target == QLatin1String("account"))
        return TestBackupPage::tr("account");
    return target;
}

} // namespace

TestBackupPage::TestBackupPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("testBackupPage"));
    setTitle(tr("Test a backup"));
    setSubTitle(tr("Choose a copy of your recovery key. Keyhaven reads it and, when the drive it belongs to is "
                   "connected, proves that it opens it. Nothing is changed."));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_fileButton = new QPushButton(tr("Choose a file or a &photo of the sheet…"), this);
    m_fileButton->setObjectName(QStringLiteral("chooseCopyFilePushButton"));
    m_fileButton->setToolTip(tr("A recovery key file, or a photo or scan of the recovery sheet (PNG, JPEG) or its "
                                "PDF: Keyhaven reads the sheet's QR code."));
    connect(m_fileButton, &QPushButton::clicked, this, &TestBackupPage::chooseFile);
    auto* fileLabel = new QLabel(tr("A file:"), this);
    form->addRow(fileLabel, m_fileButton);

    auto* stickRow = new QHBoxLayout;
    m_stickBox = new QComboBox(this);
    m_stickBox->setObjectName(QStringLiteral("testStickComboBox"));
    m_stickBox->setAccessibleName(tr("USB flash drive to test"));
    m_stickButton = new QPushButton(tr("Test the &stick"), this);
    m_stickButton->setObjectName(QStringLiteral("testStickPushButton"));
    connect(m_stickButton, &QPushButton::clicked, this, [this] { testStick(m_stickBox->currentIndex()); });
    stickRow->addWidget(m_stickBox, 1);
    stickRow->addWidget(m_stickButton);
    auto* stickLabel = new QLabel(tr("A USB flash &drive:"), this);
    stickLabel->setBuddy(m_stickBox);
    form->addRow(stickLabel, stickRow);

    auto* copyRow = new QHBoxLayout;
    m_copyBox = new QComboBox(this);
    m_copyBox->setObjectName(QStringLiteral("ledgerCopyComboBox"));
    m_copyBox->setAccessibleName(tr("Copy Keyhaven made, to test"));
    m_copyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_copyBox->setMinimumContentsLength(20);
    m_copyButton = new QPushButton(tr("Test this &copy"), this);
    m_copyButton->setObjectName(QStringLiteral("testLedgerCopyPushButton"));
    connect(m_copyButton, &QPushButton::clicked, this, [this] { testLedgerCopy(m_copyBox->currentIndex()); });
    copyRow->addWidget(m_copyBox, 1);
    copyRow->addWidget(m_copyButton);
    auto* copyLabel = new QLabel(tr("A copy Keyhaven &made:"), this);
    copyLabel->setBuddy(m_copyBox);
    form->addRow(copyLabel, copyRow);
    layout->addLayout(form);

    m_subjectLabel = new QLabel(this);
    m_subjectLabel->setObjectName(QStringLiteral("testedCopyLabel"));
    m_subjectLabel->setWordWrap(true);
    m_subjectLabel->setTextFormat(Qt::PlainText);
    m_subjectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subjectLabel->setForegroundRole(QPalette::PlaceholderText);
    m_answerLabel = new QLabel(this);
    m_answerLabel->setObjectName(QStringLiteral("testAnswerLabel"));
    m_answerLabel->setWordWrap(true);
    m_answerLabel->setTextFormat(Qt::PlainText);
    m_answerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_answerLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_answerLabel->setFont(font);
    layout->addSpacing(12);
    layout->addWidget(m_subjectLabel);
    layout->addWidget(m_answerLabel);
    layout->addStretch();

    connect(&m_watcher, &QFutureWatcher<BackupTestAnswer>::finished, this, &TestBackupPage::showAnswer);
    connect(&m_session, &WizardSession::wiped, this, [this] {
        m_answer = {};
        m_subjectLabel->clear();
        m_answerLabel->clear();
    });
}

TestBackupPage::~TestBackupPage()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void TestBackupPage::initializePage()
{
    m_answer = {};
    m_subjectLabel->clear();
    m_answerLabel->clear();
    fillSticks();
    fillLedgerCopies();
}

bool TestBackupPage::isTesting() const
{
    return m_watcher.isRunning();
}

QList<LedgerEntry> TestBackupPage::ledgerEntries() const
{
    const QString& path = m_session.environment().ledgerPath;
    return Ledger(path.isEmpty() ? Ledger::defaultPath() : path).entries();
}

void TestBackupPage::fillSticks()
{
    m_stickBox->clear();
    if (const auto& drives = m_session.environment().drives)
        for (const RemovableDrive& drive : drives->list())
            m_stickBox->addItem(
                drive.label.isEmpty() ? drive.mountPoint : tr("%1 (%2)").arg(drive.label, drive.mountPoint),
                QStringList { drive.mountPoint, drive.label.isEmpty() ? drive.mountPoint : drive.label });
    if (m_stickBox->count() == 0)
        m_stickBox->addItem(tr("No USB flash drive is plugged in"));
    m_stickBox->setEnabled(!m_stickBox->itemData(0).isNull());
    m_stickButton->setEnabled(m_stickBox->isEnabled());
}

void TestBackupPage::fillLedgerCopies()
{
    m_copyBox->clear();
    m_copies = ledgerEntries();
    for (const LedgerEntry& entry : std::as_const(m_copies))
        m_copyBox->addItem(tr("%1, %2: %3").arg(entry.keyId.left(8), targetWord(entry.target), entry.location));
    if (m_copies.isEmpty())
        m_copyBox->addItem(tr("Keyhaven has made no copies yet"));
    m_copyBox->setEnabled(!m_copies.isEmpty());
    m_copyButton->setEnabled(!m_copies.isEmpty());
}

void TestBackupPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a copy of the recovery key"), QString(),
        tr("Key files and photos of the sheet (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml *.png *.PNG *.jpg *.JPG "
           "*.jpeg *.JPEG *.pdf *.PDF);;All files (*)"));
    if (!path.isEmpty())
        testFile(path);
}

void TestBackupPage::testFile(const QString& path)
{
    const QList<LedgerEntry> ledger = ledgerEntries();
    start(tr("Reading %1…").arg(QFileInfo(path).fileName()), QDir::toNativeSeparators(path),
          [path, ledger](const QList<Volume>& volumes) { return BackupTest(volumes, ledger).testFile(path); });
}

void TestBackupPage::testStick(int index)
{
    const QStringList stick = m_stickBox->itemData(index).toStringList();
    if (stick.size() != 2)
        return;
    const QList<LedgerEntry> ledger = ledgerEntries();
    start(tr("Reading the USB flash drive “%1”…").arg(stick[1]), m_stickBox->itemText(index),
          [stick, ledger](const QList<Volume>& volumes) {
              return BackupTest(volumes, ledger).testStick(stick[0], stick[1]);
          });
}

void TestBackupPage::testLedgerCopy(int index)
{
    if (index < 0 || index >= m_copies.size())
        return;
    const LedgerEntry entry = m_copies[index];
    if (!m_workerSecrets && m_session.environment().secrets)
        m_workerSecrets = std::make_shared<MainThreadSecretStore>(m_session.environment().secrets, this);
    const std::shared_ptr<SecretStore> secrets = m_workerSecrets;
    const WizardEnvironment& environment = m_session.environment();
    start(tr("Checking the copy at %1…").arg(entry.location), m_copyBox->itemText(index),
          [entry, secrets, locator = environment.locator,
           settings = environment.settingsFile](const QList<Volume>& volumes) {
              CopyChecker checker(volumes, locator);
              const AccountCopyCheck accounts(secrets, settings);
              checker.setAccountCheck(
                  [&accounts](const LedgerEntry& copy, RecoveryKey* found) { return accounts.check(copy, found); });
              return BackupTest::testLedgerCopy(checker, entry);
          });
}

void TestBackupPage::start(const QString& what, const QString& subject,
                           std::function<BackupTestAnswer(const QList<Volume>& volumes)> test)
{
    if (isTesting())
        return;
    m_subjectLabel->setText(subject);
    m_answerLabel->setText(what);
    for (QWidget* widget : { static_cast<QWidget*>(m_fileButton), static_cast<QWidget*>(m_stickButton),
                             static_cast<QWidget*>(m_copyButton) })
        widget->setEnabled(false);
    const std::shared_ptr<VolumeSource> source = m_session.environment().volumes;
    m_watcher.setFuture(QtConcurrent::run([source, test = std::move(test)] {
        const QList<Volume> volumes = source ? source->listVolumes().volumes : QList<Volume>();
        return test(volumes);
    }));
}

void TestBackupPage::showAnswer()
{
    m_answer = m_watcher.result();
    m_answerLabel->setText(m_answer.sentence);
    m_fileButton->setEnabled(true);
    m_stickButton->setEnabled(m_stickBox->isEnabled());
    m_copyButton->setEnabled(m_copyBox->isEnabled());
    emit tested();
}

} // namespace keyhaven
