// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcePage.h"

#include "BackupWizard.h"
#include "KeyFileDialog.h"
#include "VolumeLabels.h"
#include "WizardSession.h"

#include "formats/KeyFile.h"
#include "volumes/KeyBelonging.h"
#include "volumes/MetadataHelper.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

namespace {

enum Column { DriveColumn, TypeColumn, IdColumn, CreatedColumn, LocationColumn, ColumnCount };

constexpr int VolumeIndexRole = Qt::UserRole;

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
    , m_scanWatcher(new QFutureWatcher<VolumeScan>(this))
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
    QVBoxLayout* volumeLayout = indentedUnder(m_volumeRadio, layout);

    auto* scanRow = new QHBoxLayout;
    m_scanProgress = new QProgressBar(this);
    m_scanProgress->setObjectName(QStringLiteral("volumesProgressBar"));
    m_scanProgress->setRange(0, 0);
    m_scanProgress->setTextVisible(false);
    m_scanProgress->setAccessibleName(tr("Looking for encrypted drives"));
    m_scanProgress->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_scanProgress->hide();
    m_scanLabel = new QLabel(this);
    m_scanLabel->setObjectName(QStringLiteral("volumesStatusLabel"));
    m_scanLabel->setWordWrap(true);
    scanRow->addWidget(m_scanProgress);
    scanRow->addWidget(m_scanLabel, 1);
    volumeLayout->addLayout(scanRow);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("volumesTreeWidget"));
    m_tree->setAccessibleName(tr("Encrypted drives and their protectors"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Drive"), tr("Type"), tr("ID"), tr("Created"), tr("Location") });
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    volumeLayout->addWidget(m_tree, 1);

    auto* volumeButtons = new QHBoxLayout;
    m_addImageButton = new QPushButton(tr("Add a disk &image…"), this);
    m_addImageButton->setObjectName(QStringLiteral("addImagePushButton"));
    m_addImageButton->setToolTip(tr("Check a key against a disk image (or a drive) that was not found by itself."));
    m_rescanButton = new QPushButton(tr("Look a&gain"), this);
    m_rescanButton->setObjectName(QStringLiteral("rescanPushButton"));
    volumeButtons->addWidget(m_addImageButton);
    volumeButtons->addWidget(m_rescanButton);
    m_elevateButton = new QPushButton(tr("&Read them as administrator…"), this);
    m_elevateButton->setObjectName(QStringLiteral("readAsAdministratorPushButton"));
    m_elevateButton->hide();
    volumeButtons->addWidget(m_elevateButton);
    volumeButtons->addStretch(1);
    volumeLayout->addLayout(volumeButtons);

    m_volumesProblemLabel = new QLabel(this);
    m_volumesProblemLabel->setObjectName(QStringLiteral("volumesProblemLabel"));
    m_volumesProblemLabel->setWordWrap(true);
    m_volumesProblemLabel->setTextFormat(Qt::PlainText);
    m_volumesProblemLabel->hide();
    volumeLayout->addWidget(m_volumesProblemLabel);

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
    QVBoxLayout* fileLayout = indentedUnder(m_fileRadio, layout);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("keyFileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->hide();
    fileLayout->addWidget(m_fileLabel);
    m_fileKeyList = new QListWidget(this);
    m_fileKeyList->setObjectName(QStringLiteral("keyFileKeysListWidget"));
    m_fileKeyList->setAccessibleName(tr("Keys in the file"));
    m_fileKeyList->hide();
    fileLayout->addWidget(m_fileKeyList);

    registerField(QStringLiteral("typedKeyKind"), m_kindCombo, "currentData", SIGNAL(currentIndexChanged(int)));

    connect(m_scanWatcher, &QFutureWatcher<VolumeScan>::finished, this, &SourcePage::scanFinished);
    connect(m_sourceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit completeChanged();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SourcePage::selectionChanged);
    connect(m_tree, &QTreeWidget::itemPressed, this, &SourcePage::selectionChanged); // also the current one again
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (isComplete() && wizard())
            wizard()->next();
    });
    connect(m_addImageButton, &QPushButton::clicked, this, &SourcePage::chooseVolumeImage);
    connect(m_rescanButton, &QPushButton::clicked, this, &SourcePage::scanVolumes);
    connect(m_elevateButton, &QPushButton::clicked, this, &SourcePage::readAsAdministrator);
    connect(m_kindCombo, &QComboBox::activated, m_typeRadio, [this] { m_typeRadio->setChecked(true); });
    connect(m_openFileButton, &QPushButton::clicked, this, &SourcePage::chooseKeyFile);
    connect(m_fileKeyList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_fileKeys.isEmpty())
            m_fileRadio->setChecked(true);
        emit completeChanged();
    });
    connect(&m_session, &WizardSession::wiped, this, &SourcePage::onWiped);
}

SourcePage::~SourcePage() = default;

void SourcePage::initializePage()
{
    // Looking for drives waits until the page is shown: starting the program stays fast.
    if (!m_scanStarted)
        scanVolumes();
}

SourcePage::Source SourcePage::source() const
{
    const int id = m_sourceGroup->checkedId();
    return id < 0 ? Source::Volume : static_cast<Source>(id);
}

bool SourcePage::isScanning() const
{
    return m_scanning;
}

bool SourcePage::isComplete() const
{
    switch (m_sourceGroup->checkedId()) {
    case static_cast<int>(Source::Volume):
        return chosenVolume().has_value();
    case static_cast<int>(Source::Typed):
        return true;
    case static_cast<int>(Source::KeyFile): {
        const std::optional<int> chosen = chosenFileKey();
        if (!chosen)
            return false;
        // A startup key cannot be saved; it is only worth anything checked against its drive.
        const FileKey& key = m_fileKeys.at(*chosen);
        return key.kind != KeyKind::BitLockerExternalKey || volumeForKey(key).has_value();
    }
    default:
        return false;
    }
}

bool SourcePage::validatePage()
{
    switch (source()) {
    case Source::Volume: {
        const std::optional<int> index = chosenVolume();
        if (!index)
            return false;
        m_session.volume = m_volumes.at(*index);
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

    const std::optional<int> index = chosenFileKey();
    if (!index)
        return false;
    // The key itself is read now, straight into the session.
    KeyFileContents contents = KeyFile::read(m_keyFilePath);
    const FileKey expected = m_fileKeys.at(*index);
    if (contents.status != KeyFileContents::Status::Ok || contents.keys.size() != m_fileKeys.size()
        || contents.keys.at(*index).kind != expected.kind || contents.keys.at(*index).id != expected.id) {
        openKeyFile(m_keyFilePath);
        m_fileLabel->setText(tr("The file changed after it was opened, so it was read again: check the key "
                                "and press Next again.")
                             + QLatin1Char('\n') + m_fileLabel->text());
        return false;
    }
    RecoveryKey key = std::move(contents.keys[*index]);
    contents.keys.clear();
    const std::optional<int> volume = volumeForKey(expected);
    if (volume) {
        m_session.volume = m_volumes.at(*volume);
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

// --- drives -------------------------------------------------------------------------------------------------------

void SourcePage::scanVolumes()
{
    if (m_scanning)
        return;
    m_scanStarted = true;
    const std::shared_ptr<VolumeSource> source = m_session.environment().volumes;
    if (!source) {
        m_scanLabel->setText(tr("Looking for encrypted drives is not possible on this system."));
        return;
    }
    m_scanProgress->show();
    m_scanLabel->setText(tr("Looking for encrypted drives…"));
    m_rescanButton->setEnabled(false);
    m_scanning = true;
    m_scanWatcher->setFuture(QtConcurrent::run([source] { return source->listVolumes(); }));
}

void SourcePage::scanFinished()
{
    m_scanning = false;
    m_scanProgress->hide();
    m_rescanButton->setEnabled(true);
    const VolumeScan scan = m_scanWatcher->result();
    m_scanProblems.clear();
    for (const VolumeProblem& problem : scan.problems)
        m_scanProblems.append(problem.message);
    // Drives this user may not read can be read through the metadata helper, when the person asks for it.
    const bool offerHelper = !scan.unreadableDevices.isEmpty() && !MetadataHelper::allowed() && MetadataHelper::available();
    m_elevateButton->setVisible(offerHelper);
    if (offerHelper) {
        m_scanProblems.append(MetadataHelper::offer(scan.unreadableDevices));
        m_elevateButton->setToolTip(MetadataHelper::offer(scan.unreadableDevices));
    }

    const bool firstChoice = m_sourceGroup->checkedId() < 0;
    addVolumes(scan, false);
    if (scan.volumes.isEmpty())
        m_scanLabel->setText(tr("No encrypted drives were found on this computer."));
    else
        m_scanLabel->setText(tr("Found %n encrypted drive(s). Choose the one whose key you want to back up.", nullptr,
                                static_cast<int>(scan.volumes.size())));
    // One drive and no choice made yet: that drive is most likely the one.
    if (firstChoice && m_volumes.size() == 1 && m_tree->topLevelItemCount() == 1)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    // An opened key file may belong to a drive found only now.
    if (!m_fileKeys.isEmpty()) {
        const int row = m_fileKeyList->currentRow();
        showKeyFile();
        if (m_fileKeyList->count() > row)
            m_fileKeyList->setCurrentRow(row);
    }
    showProblems();
    emit completeChanged();
}

void SourcePage::readAsAdministrator()
{
    MetadataHelper::setAllowed(true);
    m_elevateButton->hide();
    scanVolumes();
}

void SourcePage::chooseVolumeImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a disk image"), QString(),
                                                      tr("Disk images (*.img *.vhd *.vhdx *.dmg *.raw *.bin);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        addVolumeImage(path);
}

void SourcePage::addVolumeImage(const QString& path)
{
    if (path.isEmpty())
        return;
    const std::shared_ptr<VolumeSource> source = m_session.environment().volumes;
    // Reading an image's metadata takes a few kilobytes: quick enough to do here.
    const VolumeScan scan = source ? source->readPaths({ path }) : createVolumeSource()->readPaths({ path });
    m_addedProblems.clear();
    for (const VolumeProblem& problem : scan.problems)
        m_addedProblems.append(problem.message);
    if (scan.volumes.isEmpty() && m_addedProblems.isEmpty())
        m_addedProblems.append(tr("%1 is not a BitLocker or FileVault volume.").arg(QDir::toNativeSeparators(path)));
    addVolumes(scan, true);
    showProblems();
    emit completeChanged();
}

void SourcePage::addVolumes(const VolumeScan& scan, bool selectAdded)
{
    QString selectedPath;
    if (const std::optional<int> chosen = chosenVolume())
        selectedPath = m_volumes.at(*chosen).path;
    for (const Volume& volume : scan.volumes) {
        auto same = std::find_if(m_volumes.begin(), m_volumes.end(),
                                 [&volume](const Volume& known) { return known.path == volume.path; });
        if (same != m_volumes.end())
            *same = volume;
        else
            m_volumes.append(volume);
        if (selectAdded)
            selectedPath = volume.path;
    }

    m_tree->clear();
    QTreeWidgetItem* selected = nullptr;
    for (int i = 0; i < m_volumes.size(); ++i) {
        const Volume& volume = m_volumes.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(DriveColumn, volumeDisplayName(volume));
        item->setText(TypeColumn, volumeTypeLabel(volume));
        item->setText(IdColumn, volume.guid ? volume.guid->toString() : tr("not known"));
        item->setText(CreatedColumn, dateLabel(volume.created));
        item->setText(LocationColumn, QDir::toNativeSeparators(volume.path));
        QStringList tip { QDir::toNativeSeparators(volume.path) };
        if (!volume.encryption.isEmpty())
            tip << tr("Encryption: %1").arg(volume.encryption);
        tip << volume.notes;
        item->setToolTip(DriveColumn, tip.join(QLatin1Char('\n')));
        item->setData(DriveColumn, VolumeIndexRole, i);
        for (const Protector& protector : volume.protectors) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(DriveColumn, protectorLabel(protector));
            child->setText(IdColumn, protector.id.toString());
            child->setData(DriveColumn, VolumeIndexRole, i);
        }
        if (volume.protectors.isEmpty() && volume.type == VolumeType::FileVault) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(DriveColumn, tr("personal recovery key (not listed: kept in encrypted metadata)"));
            child->setData(DriveColumn, VolumeIndexRole, i);
        }
        item->setExpanded(true);
        if (volume.path == selectedPath)
            selected = item;
    }
    if (selected)
        m_tree->setCurrentItem(selected);
}

void SourcePage::showProblems()
{
    const QStringList problems = m_scanProblems + m_addedProblems;
    m_volumesProblemLabel->setText(problems.join(QLatin1Char('\n')));
    m_volumesProblemLabel->setVisible(!problems.isEmpty());
}

void SourcePage::selectionChanged()
{
    if (m_tree->currentItem())
        m_volumeRadio->setChecked(true);
    emit completeChanged();
}

std::optional<int> SourcePage::chosenVolume() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    bool ok = false;
    const int index = item->data(DriveColumn, VolumeIndexRole).toInt(&ok);
    if (!ok || index < 0 || index >= m_volumes.size())
        return std::nullopt;
    return index;
}

// --- key files ----------------------------------------------------------------------------------------------------

void SourcePage::chooseKeyFile()
{
    const QString path = KeyFileDialog::ask(this);
    if (!path.isEmpty())
        openKeyFile(path);
}

void SourcePage::openKeyFile(const QString& path)
{
    clearKeyFile();
    m_keyFilePath = path;
    KeyFileContents contents = KeyFile::read(path);
    for (const RecoveryKey& key : std::as_const(contents.keys))
        m_fileKeys.append({ key.kind, key.id, key.volumeGuid });
    contents.keys.clear(); // the keys themselves are read again, into the session, on Next
    m_fileProblems = contents.problems;
    m_fileRadio->setChecked(true);
    showKeyFile();
    emit completeChanged();
}

QString SourcePage::describe(const FileKey& key) const
{
    QString text;
    switch (key.kind) {
    case KeyKind::BitLockerRecoveryPassword:
        text = key.id ? tr("BitLocker recovery key with key ID %1").arg(key.id->toString())
                      : tr("BitLocker recovery key without a key ID");
        break;
    case KeyKind::BitLockerExternalKey:
        text = key.id ? tr("BitLocker startup key (.BEK) for protector %1").arg(key.id->toString())
                      : tr("BitLocker startup key (.BEK)");
        break;
    case KeyKind::FileVaultPersonalRecoveryKey:
        text = key.id ? tr("FileVault personal recovery key for volume %1").arg(key.id->toString())
                      : tr("FileVault personal recovery key");
        break;
    }
    if (const std::optional<int> volume = volumeForKey(key))
        text = tr("%1 — belongs to %2").arg(text, volumeDisplayName(m_volumes.at(*volume)));
    return text;
}

void SourcePage::showKeyFile()
{
    const QString name = QDir::toNativeSeparators(m_keyFilePath);
    QStringList lines;
    m_fileKeyList->clear();
    if (m_fileKeys.isEmpty()) {
        lines << tr("No key could be read from %1.").arg(name);
    } else if (m_fileKeys.size() == 1) {
        lines << tr("%1 holds one key: %2.").arg(name, describe(m_fileKeys.first()));
    } else {
        lines << tr("%1 holds %n keys. Choose the one to back up:", nullptr, static_cast<int>(m_fileKeys.size()))
                     .arg(name);
    }
    lines << m_fileProblems;

    bool externalWithoutDrive = false;
    bool external = false;
    for (const FileKey& key : std::as_const(m_fileKeys)) {
        if (key.kind != KeyKind::BitLockerExternalKey)
            continue;
        external = true;
        externalWithoutDrive = externalWithoutDrive || !volumeForKey(key);
    }
    if (external)
        lines << tr("A startup key (.BEK file) can be checked against its drive, but it has no text form: Keyhaven "
                    "cannot save it as text, print it or upload it. Keep the .BEK file itself on a USB stick, "
                    "away from the computer, and back up the drive's 48-digit recovery key as well.");
    if (externalWithoutDrive)
        lines << (isScanning() ? tr("Still looking for the drive this startup key belongs to…")
                               : tr("None of the drives found here has this startup key, so it cannot be checked. "
                                    "Add the drive's disk image to check it."));
    m_fileLabel->setText(lines.join(QLatin1Char('\n')));
    m_fileLabel->show();

    if (m_fileKeys.size() > 1) {
        for (const FileKey& key : std::as_const(m_fileKeys)) {
            auto* item = new QListWidgetItem(describe(key), m_fileKeyList);
            if (key.kind == KeyKind::BitLockerExternalKey && !volumeForKey(key)) {
                // Nothing to do with it here: it cannot be saved, nor checked without its drive.
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                item->setToolTip(tr("A startup key cannot be saved as text, and its drive was not found."));
            }
        }
        m_fileKeyList->setCurrentRow(-1);
        m_fileKeyList->show();
    } else {
        m_fileKeyList->hide();
    }
}

void SourcePage::clearKeyFile()
{
    m_keyFilePath.clear();
    m_fileKeys.clear();
    m_fileProblems.clear();
    m_fileKeyList->clear();
    m_fileKeyList->hide();
    m_fileLabel->clear();
    m_fileLabel->hide();
}

std::optional<int> SourcePage::chosenFileKey() const
{
    if (m_fileKeys.size() == 1)
        return 0;
    const int row = m_fileKeyList->currentRow();
    if (row < 0 || row >= m_fileKeys.size())
        return std::nullopt;
    const QListWidgetItem* item = m_fileKeyList->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return row;
}

std::optional<int> SourcePage::volumeForKey(const FileKey& key) const
{
    RecoveryKey described; // no secret: only what decides where it belongs
    described.kind = key.kind;
    described.id = key.id;
    described.volumeGuid = key.volumeGuid;
    for (int i = 0; i < m_volumes.size(); ++i)
        if (keyBelongsTo(described, m_volumes.at(i)))
            return i;
    return std::nullopt;
}

// --- drag and drop ------------------------------------------------------------------------------------------------

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
    clearKeyFile();
    m_tree->setCurrentItem(nullptr);
    m_tree->clearSelection();
    m_sourceGroup->setExclusive(false);
    for (QAbstractButton* button : m_sourceGroup->buttons())
        button->setChecked(false);
    m_sourceGroup->setExclusive(true);
    emit completeChanged();
}

} // namespace keyhaven
