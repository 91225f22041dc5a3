// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriveList.h"

#include "VolumeLabels.h"
#include "WizardSession.h"

#include "volumes/MetadataHelper.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

namespace {

enum Column { DriveColumn, TypeColumn, IdColumn, CreatedColumn, LocationColumn, ColumnCount };

constexpr int VolumeIndexRole = Qt::UserRole;

// Windows writes the date into a BitLocker drive's description ("DESKTOP-1 C: 7/4/2019") in its own format; the
// list shows that date once, in the Created column, in the reader's format.
QString nameWithoutDate(const Volume& volume)
{
    static const QRegularExpression trailingDate(QStringLiteral("\\s+\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}$"));
    QString name = volumeDisplayName(volume);
    if (volume.created.isValid() && !volume.description.isEmpty())
        name.remove(trailingDate);
    return name;
}

QString dateOnly(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : VolumeLabels::tr("not known");
}

} // namespace

DriveList::DriveList(WizardSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scanWatcher(new QFutureWatcher<VolumeScan>(this))
{
    setObjectName(QStringLiteral("driveList"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("volumesProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Looking for encrypted drives"));
    m_progress->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("volumesStatusLabel"));
    m_status->setWordWrap(true);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("volumesTreeWidget"));
    m_tree->setAccessibleName(tr("Encrypted drives and their protectors"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Drive"), tr("Type"), tr("ID"), tr("Created"), tr("Location") });
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    // Every column as wide as its contents and its heading; the list scrolls sideways rather than cut one off.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* addImage = new QPushButton(tr("Add a disk &image…"), this);
    addImage->setObjectName(QStringLiteral("addImagePushButton"));
    addImage->setToolTip(tr("Check a key against a disk image (or a drive) that was not found by itself."));
    m_rescan = new QPushButton(tr("Look a&gain"), this);
    m_rescan->setObjectName(QStringLiteral("rescanPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addImage);
    buttons->addWidget(m_rescan);
    m_elevate = new QPushButton(tr("&Read them as administrator…"), this);
    m_elevate->setObjectName(QStringLiteral("readAsAdministratorPushButton"));
    m_elevate->hide();
    buttons->addWidget(m_elevate);
    buttons->addStretch(1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("volumesProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();
    m_showDetails = new QPushButton(tr("Show details"), this);
    m_showDetails->setObjectName(QStringLiteral("volumesDetailsPushButton"));
    m_showDetails->setCheckable(true);
    m_showDetails->hide();
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("volumesProblemDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problems, 1);
    problemRow->addWidget(m_showDetails, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(problemRow);
    layout->addWidget(m_details);

    connect(m_scanWatcher, &QFutureWatcher<VolumeScan>::finished, this, &DriveList::showScan);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_tree->currentItem())
            emit driveChosen();
        emit changed();
    });
    connect(m_tree, &QTreeWidget::itemPressed, this, &DriveList::driveChosen); // also the current one again
    connect(m_tree, &QTreeWidget::itemActivated, this, &DriveList::driveActivated);
    connect(addImage, &QPushButton::clicked, this, &DriveList::chooseImage);
    connect(m_rescan, &QPushButton::clicked, this, &DriveList::scan);
    connect(m_elevate, &QPushButton::clicked, this, &DriveList::readAsAdministrator);
    connect(m_showDetails, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_showDetails->setText(shown ? tr("Hide details") : tr("Show details"));
    });
}

std::optional<int> DriveList::chosen() const
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

void DriveList::clearChoice()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(nullptr);
    m_tree->clearSelection();
}

void DriveList::scan()
{
    if (m_scanning)
        return;
    m_scanStarted = true;
    const std::shared_ptr<VolumeSource> source = m_session.environment().volumes;
    if (!source) {
        m_status->setText(tr("Looking for encrypted drives is not possible on this system."));
        return;
    }
    m_progress->show();
    m_status->setText(tr("Looking for encrypted drives…"));
    m_rescan->setEnabled(false);
    m_scanning = true;
    m_scanWatcher->setFuture(QtConcurrent::run([source] { return source->listVolumes(); }));
}

void DriveList::showScan()
{
    m_scanning = false;
    m_progress->hide();
    m_rescan->setEnabled(true);
    const VolumeScan scan = m_scanWatcher->result();
    m_scanProblems.clear();
    for (const VolumeProblem& problem : scan.problems)
        m_scanProblems.append(problem.message);
    // Drives this user may not read can be read through the metadata helper, when the person asks for it.
    const bool offerHelper =
        !scan.unreadableDevices.isEmpty() && !MetadataHelper::allowed() && MetadataHelper::available();
    m_elevate->setVisible(offerHelper);
    // What would be asked for is said on the page, before anyone presses the button.
    m_elevationOffer = offerHelper ? MetadataHelper::offer(scan.unreadableDevices) : QString();
    m_elevate->setToolTip(m_elevationOffer);
    addVolumes(scan, false);
    // No drive chosen yet: the first one found is the likely one.
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0) {
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    showProblems();
    emit changed();
    emit scanFinished();
}

void DriveList::readAsAdministrator()
{
    MetadataHelper::setAllowed(true);
    m_elevate->hide();
    m_elevationOffer.clear();
    scan();
}

void DriveList::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a disk image"), QString(),
                                                      tr("Disk images (*.img *.vhd *.vhdx *.dmg *.raw *.bin);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        addImage(path);
}

void DriveList::addImage(const QString& path)
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
    if (!scan.volumes.isEmpty())
        emit driveChosen();
    emit changed();
}

void DriveList::addVolumes(const VolumeScan& scan, bool selectAdded)
{
    QString selectedPath;
    if (const std::optional<int> index = chosen())
        selectedPath = m_volumes.at(*index).path;
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

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem* selected = nullptr;
    for (int i = 0; i < m_volumes.size(); ++i) {
        const Volume& volume = m_volumes.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(DriveColumn, nameWithoutDate(volume));
        item->setText(TypeColumn, volumeTypeLabel(volume));
        item->setText(IdColumn, volume.guid ? volume.guid->toString() : VolumeLabels::tr("not known"));
        item->setText(CreatedColumn, dateOnly(volume.created));
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
            child->setText(DriveColumn, tr("personal recovery key (not listed: the drive keeps it encrypted)"));
            child->setData(DriveColumn, VolumeIndexRole, i);
        }
        item->setExpanded(true);
        if (volume.path == selectedPath)
            selected = item;
    }
    if (selected)
        m_tree->setCurrentItem(selected);

    if (m_scanning)
        return;
    if (m_volumes.isEmpty())
        m_status->setText(tr("No encrypted drives were found on this computer."));
    else
        m_status->setText(tr("Found %n encrypted drive(s). Choose the one whose key you want to back up.", nullptr,
                             static_cast<int>(m_volumes.size())));
}

void DriveList::showProblems()
{
    // A disk image the user added and that cannot be read: said in full, it is what they asked about.
    QStringList lines = m_addedProblems;
    if (!m_scanProblems.isEmpty())
        lines.append(m_volumes.isEmpty()
                         ? tr("Some devices on this computer could not be read, so an encrypted drive may be missing "
                              "from the list.")
                         : tr("Some other devices on this computer could not be read. That does not matter if your "
                              "drive is in the list."));
    if (!m_elevationOffer.isEmpty())
        lines.append(m_elevationOffer);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_details->setText(m_scanProblems.join(QLatin1Char('\n')));
    m_showDetails->setVisible(!m_scanProblems.isEmpty());
    if (m_scanProblems.isEmpty())
        m_showDetails->setChecked(false);
    m_details->setVisible(m_showDetails->isChecked() && !m_scanProblems.isEmpty());
}

} // namespace keyhaven
