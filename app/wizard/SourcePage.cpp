// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcePage.h"

#include "BackupWizard.h"
#include "DriveList.h"
#include "KeyFileChoice.h"
#include "KeyFileDialog.h"
#include "WizardSession.h"

#include "formats/KeyFile.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMimeData>
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

QString localFileOf(const QMimeData* data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl& url : data->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

} // namespace

SourcePage::SourcePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("Where is the key?"));
    setSubTitle(tr("Choose the encrypted drive whose recovery key you want to back up, type a key, or open a file "
                   "that holds one."));
    setAcceptDrops(true);

    auto* layout = new QVBoxLayout(this);
    m_sourceGroup = new QButtonGroup(this);

    // (a) The drives found on this computer.
    m_volumeRadio = new QRadioButton(tr("The recovery key of an &encrypted drive on this computer"), this);
    m_volumeRadio->setObjectName(QStringLiteral("volumeRadioButton"));
    m_volumeRadio->setAccessibleName(tr("An encrypted drive on this computer"));
    m_sourceGroup->addButton(m_volumeRadio, static_cast<int>(Source::Volume));
    layout->addWidget(m_volumeRadio);
    m_drives = new DriveList(session, this);
    indentedUnder(m_volumeRadio, layout)->addWidget(m_drives, 1);

    // (b) A typed key, with no drive to check it against.
    auto* typeRow = new QHBoxLayout;
    m_typeRadio = new QRadioButton(tr("&Type the key:"), this);
    m_typeRadio->setObjectName(QStringLiteral("typeKeyRadioButton"));
    m_typeRadio->setAccessibleName(tr("Type the key"));
    m_sourceGroup->addButton(m_typeRadio, static_cast<int>(Source::Typed));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("keyKindComboBox"));
    m_kindCombo->setAccessibleName(tr("Kind of key"));
    m_kindCombo->addItem(tr("BitLocker recovery key (48 digits)"),
                         static_cast<int>(KeyKind::BitLockerRecoveryPassword));
    m_kindCombo->addItem(tr("FileVault personal recovery key (24 characters)"),
                         static_cast<int>(KeyKind::FileVaultPersonalRecoveryKey));
    typeRow->addWidget(m_typeRadio);
    typeRow->addWidget(m_kindCombo);
    typeRow->addStretch(1);
    layout->addLayout(typeRow);

    // (c) A key file.
    auto* fileRow = new QHBoxLayout;
    m_fileRadio = new QRadioButton(tr("A key fi&le (open it, or drop it on this page):"), this);
    m_fileRadio->setObjectName(QStringLiteral("keyFileRadioButton"));
    m_fileRadio->setAccessibleName(tr("A key file"));
    m_sourceGroup->addButton(m_fileRadio, static_cast<int>(Source::KeyFile));
    m_openFileButton = new QPushButton(tr("&Open a key file…"), this);
    m_openFileButton->setObjectName(QStringLiteral("openKeyFilePushButton"));
    fileRow->addWidget(m_fileRadio);
    fileRow->addWidget(m_openFileButton);
    fileRow->addStretch(1);
    layout->addLayout(fileRow);
    m_keyFile = new KeyFileChoice([this]() -> const QList<Volume>& { return m_drives->volumes(); },
                                  [this] { return m_drives->isScanning(); }, this);
    indentedUnder(m_fileRadio, layout)->addWidget(m_keyFile);

    registerField(QStringLiteral("typedKeyKind"), m_kindCombo, "currentData", SIGNAL(currentIndexChanged(int)));

    connect(m_sourceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit completeChanged();
    });
    connect(m_drives, &DriveList::driveChosen, m_volumeRadio, [this] { m_volumeRadio->setChecked(true); });
    connect(m_drives, &DriveList::changed, this, &SourcePage::drivesChanged);
    connect(m_drives, &DriveList::scanFinished, this, [this] {
        // Nothing chosen yet and a drive found: that drive (the first) is chosen.
        if (m_sourceGroup->checkedId() < 0 && m_drives->chosen())
            m_volumeRadio->setChecked(true);
    });
    connect(m_drives, &DriveList::driveActivated, this, [this] {
        if (isComplete() && wizard())
            wizard()->next();
    });
    connect(m_kindCombo, &QComboBox::activated, m_typeRadio, [this] { m_typeRadio->setChecked(true); });
    connect(m_openFileButton, &QPushButton::clicked, this, &SourcePage::chooseKeyFile);
    connect(m_keyFile, &KeyFileChoice::changed, this, [this] {
        if (!m_keyFile->isEmpty() || !m_keyFile->path().isEmpty())
            m_fileRadio->setChecked(true);
        emit completeChanged();
    });
    connect(&m_session, &WizardSession::wiped, this, &SourcePage::onWiped);
}

SourcePage::~SourcePage() = default;

void SourcePage::initializePage()
{
    // Looking for drives waits until the page is shown: starting the program stays fast.
    if (!m_drives->hasScanned())
        m_drives->scan();
}

SourcePage::Source SourcePage::source() const
{
    const int id = m_sourceGroup->checkedId();
    return id < 0 ? Source::Volume : static_cast<Source>(id);
}

bool SourcePage::isScanning() const
{
    return m_drives->isScanning();
}

const QList<Volume>& SourcePage::volumes() const
{
    return m_drives->volumes();
}

void SourcePage::addVolumeImage(const QString& path)
{
    m_drives->addImage(path);
}

void SourcePage::scanVolumes()
{
    m_drives->scan();
}

void SourcePage::drivesChanged()
{
    // An opened key file may belong to a drive found only now.
    m_keyFile->refresh();
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    switch (m_sourceGroup->checkedId()) {
    case static_cast<int>(Source::Volume):
        return m_drives->chosen().has_value();
    case static_cast<int>(Source::Typed):
        return true;
    case static_cast<int>(Source::KeyFile): {
        const std::optional<int> chosen = m_keyFile->chosen();
        return chosen && m_keyFile->isUsable(m_keyFile->keys().at(*chosen));
    }
    default:
        return false;
    }
}

bool SourcePage::validatePage()
{
    switch (source()) {
    case Source::Volume: {
        const std::optional<int> index = m_drives->chosen();
        if (!index)
            return false;
        m_session.volume = m_drives->volumes().at(*index);
        m_session.key.reset();
        m_session.verification.reset();
        return true;
    }
    case Source::Typed:
        m_session.volume.reset();
        m_session.key.reset();
        m_session.verification.reset();
        return true;
    case Source::KeyFile:
        break;
    }

    const std::optional<int> index = m_keyFile->chosen();
    if (!index)
        return false;
    // The key itself is read now, straight into the session.
    const QString path = m_keyFile->path();
    KeyFileContents contents = KeyFile::read(path);
    const KeyFileChoice::FileKey expected = m_keyFile->keys().at(*index);
    if (contents.status != KeyFileContents::Status::Ok || contents.keys.size() != m_keyFile->keys().size()
        || contents.keys.at(*index).kind != expected.kind || contents.keys.at(*index).id != expected.id) {
        openKeyFile(path);
        m_keyFile->prependNote(tr("The file changed after it was opened, so it was read again: check the key and "
                                  "press Next again."));
        return false;
    }
    RecoveryKey key = std::move(contents.keys[*index]);
    contents.keys.clear();
    const std::optional<int> volume = m_keyFile->volumeOf(expected);
    if (volume) {
        m_session.volume = m_drives->volumes().at(*volume);
        if (!key.volumeGuid)
            key.volumeGuid = m_session.volume->guid;
        if (key.volumeLabel.isEmpty())
            key.volumeLabel = m_session.volume->description;
    } else {
        m_session.volume.reset();
    }
    m_session.key = std::move(key);
    m_session.verification.reset();
    return true;
}

int SourcePage::nextId() const
{
    return BackupWizard::KeyPageId;
}

void SourcePage::chooseKeyFile()
{
    const QString path = KeyFileDialog::ask(this);
    if (!path.isEmpty())
        openKeyFile(path);
}

void SourcePage::openKeyFile(const QString& path)
{
    m_keyFile->open(path);
    m_fileRadio->setChecked(true);
    emit completeChanged();
}

void SourcePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SourcePage::dropEvent(QDropEvent* event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Far larger than any key file: a disk image.
    if (QFileInfo(path).size() > KeyFile::MaximumSize)
        addVolumeImage(path);
    else
        openKeyFile(path);
}

void SourcePage::onWiped()
{
    m_keyFile->clear();
    m_drives->clearChoice();
    m_sourceGroup->setExclusive(false);
    for (QAbstractButton* button : m_sourceGroup->buttons())
        button->setChecked(false);
    m_sourceGroup->setExclusive(true);
    emit completeChanged();
}

} // namespace keyhaven
