// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPage.h"

#include "BackupWizard.h"
#include "DriveKeyPanel.h"
#include "KeyEntryPanel.h"
#include "DriveKeyFile.h"
#include "KeyFileDialog.h"
#include "VolumeLabels.h"
#include "WizardSession.h"

#include <QButtonGroup>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keyhaven {

namespace {

// Indents what belongs to a radio button under its text.
QVBoxLayout* indentedUnder(QRadioButton* radio, QVBoxLayout* parent)
{
    auto* layout = new QVBoxLayout;
    const int indent = radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
        + radio->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, radio);
    layout->setContentsMargins(indent, 0, 0, 0);
    parent->addLayout(layout);
    return layout;
}

} // namespace

KeyPage::KeyPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("keyPage"));
    setTitle(tr("The recovery key"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("keyIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_choice = new QButtonGroup(this);
    m_readRadio = new QRadioButton(tr("Read the key from this &drive"), this);
    m_readRadio->setObjectName(QStringLiteral("readFromDriveRadioButton"));
    m_typeRadio = new QRadioButton(tr("T&ype the key from your copy"), this);
    m_typeRadio->setObjectName(QStringLiteral("typeKeyChoiceRadioButton"));
    m_choice->addButton(m_readRadio, ReadFromDrive);
    m_choice->addButton(m_typeRadio, TypeKey);

    m_drivePanel = new DriveKeyPanel(session, this);
    m_drivePanel->setObjectName(QStringLiteral("driveKeyPanel"));
    m_entryPanel = new KeyEntryPanel(this);
    m_entryPanel->setObjectName(QStringLiteral("keyEntryPanel"));

    m_openFileButton = new QPushButton(tr("Open a key &file for this drive…"), this);
    m_openFileButton->setObjectName(QStringLiteral("keyPageOpenKeyFilePushButton"));
    m_typeInsteadButton = new QPushButton(tr("&Type the key instead"), this);
    m_typeInsteadButton->setObjectName(QStringLiteral("typeKeyInsteadPushButton"));
    m_fileProblemLabel = new QLabel(this);
    m_fileProblemLabel->setObjectName(QStringLiteral("keyFileProblemLabel"));
    m_fileProblemLabel->setWordWrap(true);
    m_fileProblemLabel->setTextFormat(Qt::PlainText);
    m_fileProblemLabel->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openFileButton);
    buttons->addWidget(m_typeInsteadButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_readRadio);
    indentedUnder(m_readRadio, layout)->addWidget(m_drivePanel);
    layout->addWidget(m_typeRadio);
    indentedUnder(m_typeRadio, layout)->addWidget(m_entryPanel);
    layout->addLayout(buttons);
    layout->addWidget(m_fileProblemLabel);
    layout->addStretch(1);

    registerField(QStringLiteral("keyId"), m_entryPanel->idEdit());

    m_entryPanel->onChanged([this] { emit completeChanged(); });
    m_drivePanel->onChanged([this] { emit completeChanged(); });
    connect(m_choice, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            choiceChanged();
    });
    connect(m_openFileButton, &QPushButton::clicked, this, &KeyPage::chooseKeyFile);
    connect(m_typeInsteadButton, &QPushButton::clicked, this, &KeyPage::typeInstead);
    connect(&m_session, &WizardSession::wiped, this, [this] {
        wipeFields();
        showTyped();
    });
    showTyped();
}

KeyPage::~KeyPage() = default;

bool KeyPage::keyFromFile() const
{
    // Keys the drive panel read are in the session too (for the idle guard), with the drive as their source.
    return m_session.key && !m_session.key->source.isEmpty() && !readingFromDrive()
        && m_session.key->format != QLatin1String("volume");
}

bool KeyPage::readingFromDrive() const
{
    return !m_readRadio->isHidden() && m_readRadio->isChecked();
}

void KeyPage::initializePage()
{
    m_entryPanel->prepare();
    wipeFields();
    const std::optional<Volume>& volume = m_session.volume;
    if (volume)
        m_kind = volume->type == VolumeType::FileVault ? KeyKind::FileVaultPersonalRecoveryKey
                                                       : KeyKind::BitLockerRecoveryPassword;
    else
        m_kind = static_cast<KeyKind>(field(QStringLiteral("typedKeyKind")).toInt());
    if (m_kind == KeyKind::BitLockerExternalKey)
        m_kind = KeyKind::BitLockerRecoveryPassword;
    if (keyFromFile())
        showFromFile();
    else if (volume && volume->type == VolumeType::BitLocker)
        showChoices();
    else
        showTyped();
}

void KeyPage::cleanupPage()
{
    // Going back to choose another source: nothing typed or read here stays.
    wipeFields();
    m_session.key.reset();
    m_session.moreKeys.clear();
    m_session.verification.reset();
    QWizardPage::cleanupPage();
}

void KeyPage::wipeFields()
{
    m_entryPanel->wipe();
    m_drivePanel->wipe();
    m_fileProblemLabel->clear();
    m_fileProblemLabel->hide();
}

// A BitLocker drive that was found: reading its key comes first, typing it second.
void KeyPage::showChoices()
{
    const Volume& volume = *m_session.volume;
    m_readRadio->show();
    m_typeRadio->show();
    m_typeInsteadButton->hide();
    m_openFileButton->show();
    m_drivePanel->setVolume(volume);
    m_readRadio->setEnabled(m_drivePanel->canRead());
    setSubTitle(tr("The recovery key of %1.").arg(volumeDisplayName(volume)));
    m_intro->setText(tr("The drive itself keeps its recovery key: Keyhaven can read it from there, or you can type "
                        "it from your copy."));
    m_entryPanel->showTyped(m_kind, m_session.volume);
    (m_drivePanel->canRead() ? m_readRadio : m_typeRadio)->setChecked(true);
    choiceChanged();
}

void KeyPage::choiceChanged()
{
    const bool isReading = readingFromDrive();
    // A drive whose key cannot be read here keeps saying why under its (disabled) choice.
    m_drivePanel->setVisible(!m_readRadio->isHidden() && (isReading || !m_drivePanel->canRead()));
    // The session holds the keys read from the drive only while that is the choice: a typed key replaces them.
    const QList<RecoveryKey> read = m_drivePanel->chosenKeys();
    if (isReading && !read.isEmpty())
        m_session.key = read.first();
    else if (!isReading)
        m_session.key.reset();
    m_session.moreKeys.clear();
    m_entryPanel->setVisible(!isReading);
    emit completeChanged();
}

void KeyPage::showTyped()
{
    const std::optional<Volume>& volume = m_session.volume;
    m_readRadio->hide();
    m_typeRadio->hide();
    m_drivePanel->hide();
    m_entryPanel->show();
    m_typeInsteadButton->hide();
    m_openFileButton->setVisible(volume.has_value());
    m_entryPanel->showTyped(m_kind, volume);
    const bool fileVault = m_kind == KeyKind::FileVaultPersonalRecoveryKey;
    if (volume) {
        const QString drive = volumeDisplayName(*volume);
        setSubTitle(fileVault ? tr("Type the personal recovery key of %1.").arg(drive)
                              : tr("Type the recovery key of %1.").arg(drive));
        m_intro->setText(fileVault
                             ? tr("Type the 24-character personal recovery key from your copy, then type it again. "
                                  "Each group is checked as you type; next, the key is checked against the drive.")
                             : tr("Type the 48-digit recovery key from your copy (a printout, a file or your "
                                  "account), then type it again. Each group is checked as you type; next, the key "
                                  "is checked against the drive."));
    } else {
        setSubTitle(fileVault ? tr("Type the FileVault personal recovery key.")
                              : tr("Type the BitLocker recovery key and its key ID."));
        m_intro->setText(
            tr("Type the key from your copy, then type it again. Each group is checked as you type. Without its "
               "drive, Keyhaven can only catch typing mistakes: it cannot prove that this is the right key."));
    }
    emit completeChanged();
}

void KeyPage::showFromFile()
{
    const RecoveryKey& key = *m_session.key;
    const std::optional<Volume>& volume = m_session.volume;
    m_readRadio->hide();
    m_typeRadio->hide();
    m_drivePanel->hide();
    m_entryPanel->show();
    m_openFileButton->hide();
    m_typeInsteadButton->setVisible(volume.has_value());
    QString intro = tr("The key was read from %1. It was not typed, so it needs no second copy.")
                        .arg(QDir::toNativeSeparators(key.source));
    if (volume)
        intro += QLatin1Char(' ') + tr("Next, it is checked against %1.").arg(volumeDisplayName(*volume));
    else
        intro += QLatin1Char(' ')
            + tr("None of the drives found here has this key, so it can only be checked for its form, not proven "
                 "to be right.");
    m_intro->setText(intro);
    setSubTitle(tr("The key from the file."));
    m_entryPanel->showFromFile(key, volume);
    emit completeChanged();
}

void KeyPage::chooseKeyFile()
{
    const QString path = KeyFileDialog::ask(this);
    if (!path.isEmpty())
        openKeyFile(path);
}

void KeyPage::openKeyFile(const QString& path)
{
    m_fileProblemLabel->hide();
    const std::optional<Volume>& volume = m_session.volume;
    DriveKeyFile::Chosen chosen = DriveKeyFile::choose(path, volume);
    if (!chosen.key) {
        m_fileProblemLabel->setText(chosen.problem);
        m_fileProblemLabel->show();
        return;
    }
    RecoveryKey key = std::move(*chosen.key);
    chosen.key.reset();
    if (volume) {
        if (!key.volumeGuid)
            key.volumeGuid = volume->guid;
        if (key.volumeLabel.isEmpty())
            key.volumeLabel = volume->description;
    }
    wipeFields();
    m_session.key = std::move(key);
    m_session.moreKeys.clear();
    m_session.verification.reset();
    showFromFile();
}

void KeyPage::typeInstead()
{
    wipeFields();
    m_session.key.reset();
    m_session.moreKeys.clear();
    m_session.verification.reset();
    if (m_session.volume && m_session.volume->type == VolumeType::BitLocker) {
        showChoices();
        m_typeRadio->setChecked(true);
    } else {
        showTyped();
    }
}

bool KeyPage::isComplete() const
{
    if (readingFromDrive())
        return m_drivePanel->isComplete();
    if (keyFromFile())
        return m_entryPanel->isComplete()
            && (m_session.key->kind != KeyKind::BitLockerExternalKey || m_session.volume.has_value());
    return m_entryPanel->isComplete();
}

bool KeyPage::validatePage()
{
    if (!isComplete())
        return false;
    const std::optional<Volume>& volume = m_session.volume;
    m_session.moreKeys.clear();
    m_session.verification.reset();
    if (readingFromDrive()) {
        // Read from the drive and proven there: nothing to check again. Keys Windows handed over are not proven.
        QList<RecoveryKey> keys = m_drivePanel->chosenKeys();
        Verification proven;
        proven.volume = volume;
        if (m_drivePanel->keysProven()) {
            proven.outcome = Verification::Outcome::Opens;
            proven.protector = m_drivePanel->chosenProtector();
            proven.protectorsTried = 1;
            proven.message = tr("The key was read from %1 and opens it.").arg(volumeDisplayName(*volume));
        } else {
            proven.outcome = Verification::Outcome::CannotCheck;
            proven.message = tr("Windows handed the key over; it was not also checked against the drive here.");
        }
        m_session.key = keys.takeFirst();
        m_session.moreKeys = std::move(keys);
        m_session.verification = proven;
        return true;
    }
    const std::optional<KeyId> id = m_entryPanel->id();
    if (keyFromFile()) {
        if (id)
            m_session.key->id = id;
    } else {
        RecoveryKey key;
        key.kind = m_kind;
        key.secret = m_entryPanel->typedKey();
        if (key.secret.isEmpty())
            return false;
        key.id = id;
        m_session.key = std::move(key);
    }
    if (volume) {
        if (!m_session.key->volumeGuid)
            m_session.key->volumeGuid = volume->guid;
        if (m_session.key->volumeLabel.isEmpty())
            m_session.key->volumeLabel = volume->description;
        if (m_session.key->kind == KeyKind::FileVaultPersonalRecoveryKey && !m_session.key->id)
            m_session.key->id = volume->guid;
    }
    return true;
}

int KeyPage::nextId() const
{
    if (readingFromDrive())
        return BackupWizard::TargetsPageId;
    return m_session.volume ? BackupWizard::VerifyPageId : BackupWizard::TargetsPageId;
}

} // namespace keyhaven
