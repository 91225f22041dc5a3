// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindWherePage.h"

#include "BackupWizard.h"
#include "WizardSession.h"

#include "backup/Ledger.h"
#include "platform/RemovableDrives.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace keyhaven {

namespace {

QString cleanPath(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

FindWherePage::FindWherePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findWherePage"));
    setTitle(tr("Where should Keyhaven look?"));
    setSubTitle(tr("Keyhaven looks for saved recovery keys in the checked places, folders with all their "
                   "subfolders. Plug in a USB flash drive you saved a key to, and it appears here."));

    auto* label = new QLabel(tr("&Look in:"), this);
    label->setObjectName(QStringLiteral("searchPlacesLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("searchPlacesListWidget"));
    m_list->setAccessibleName(tr("Places to look in"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true); // a long path wraps rather than cut off the end of its line
    label->setBuddy(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        emit searchPathsChanged();
        emit completeChanged();
    });

    m_addFolderButton = new QPushButton(tr("&Add a folder…"), this);
    m_addFolderButton->setObjectName(QStringLiteral("addFolderPushButton"));
    m_addFolderButton->setAccessibleName(tr("Add a folder to look in"));
    connect(m_addFolderButton, &QPushButton::clicked, this, &FindWherePage::chooseFolder);

    auto* note = new QLabel(tr("Files larger than any key file are skipped, and Keyhaven tells you which."), this);
    note->setObjectName(QStringLiteral("searchNoteLabel"));
    note->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFolderButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);

    registerField(QStringLiteral("searchPaths"), this, "searchPaths", SIGNAL(searchPathsChanged()));

    m_driveTimer.setInterval(DrivePollMs);
    connect(&m_driveTimer, &QTimer::timeout, this, &FindWherePage::refreshDrives);

    // Where keys were found last time says nothing secret, but a restart starts afresh.
    connect(&m_session, &WizardSession::wiped, this, [this] {
        m_list->clear();
        m_initialized = false;
        emit searchPathsChanged();
    });
}

void FindWherePage::initializePage()
{
    if (!m_initialized) {
        m_initialized = true;
        for (const auto location : { QStandardPaths::DocumentsLocation, QStandardPaths::DesktopLocation }) {
            const QString folder = QStandardPaths::writableLocation(location);
            if (!folder.isEmpty() && QFileInfo(folder).isDir() && cleanPath(folder) != cleanPath(QDir::homePath()))
                addFolder(folder);
        }
    }
    refreshDrives(); // the sticks first: a saved file on one of them is searched with the stick
    addLedgerFiles();
}

void FindWherePage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    m_driveTimer.start();
}

void FindWherePage::hideEvent(QHideEvent* event)
{
    m_driveTimer.stop();
    QWizardPage::hideEvent(event);
}

bool FindWherePage::isComplete() const
{
    return !searchPaths().isEmpty();
}

int FindWherePage::nextId() const
{
    return BackupWizard::FindResultPageId;
}

QStringList FindWherePage::searchPaths() const
{
    QStringList paths;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            paths.append(item->data(PathRole).toString());
    }
    return paths;
}

bool FindWherePage::isInListedFolder(const QString& file) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (static_cast<PlaceKind>(item->data(KindRole).toInt()) == PlaceKind::LedgerFile)
            continue;
        const QString folder = item->data(PathRole).toString();
        if (!folder.isEmpty() && file.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/')))
            return true;
    }
    return false;
}

QListWidgetItem* FindWherePage::itemFor(const QString& path) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(PathRole).toString() == path)
            return m_list->item(row);
    return nullptr;
}

QListWidgetItem* FindWherePage::addPlace(PlaceKind kind, const QString& path, const QString& text, bool checked,
                                         int row)
{
    auto* item = new QListWidgetItem(text);
    item->setData(PathRole, path);
    item->setData(KindRole, static_cast<int>(kind));
    item->setToolTip(QDir::toNativeSeparators(path));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    const QStyle::StandardPixmap icon = kind == PlaceKind::Drive ? QStyle::SP_DriveFDIcon
        : kind == PlaceKind::Folder                              ? QStyle::SP_DirIcon
                                                                 : QStyle::SP_FileIcon;
    item->setIcon(style()->standardIcon(icon));
    const QSignalBlocker blocker(m_list);
    if (row < 0)
        m_list->addItem(item);
    else
        m_list->insertItem(row, item);
    return item;
}

void FindWherePage::addFolder(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString folder = cleanPath(path);
    if (QListWidgetItem* existing = itemFor(folder)) {
        existing->setCheckState(Qt::Checked); // emits itemChanged
        m_list->setCurrentItem(existing);
        return;
    }
    m_list->setCurrentItem(addPlace(PlaceKind::Folder, folder, QDir::toNativeSeparators(folder), true));
    emit searchPathsChanged();
    emit completeChanged();
}

void FindWherePage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder to look in"), QDir::homePath());
    addFolder(folder);
}

void FindWherePage::addLedgerFiles()
{
    const QString& path = m_session.environment().ledgerPath;
    const Ledger ledger(path.isEmpty() ? Ledger::defaultPath() : path);
    QList<LedgerEntry> entries;
    QString error;
    if (!ledger.load(&entries, &error))
        return; // the welcome page says what is wrong with the ledger
    bool added = false;
    for (const LedgerEntry& entry : std::as_const(entries)) {
        // The text files only: a sheet's PDF holds the key as a picture, which the search cannot read.
        if (entry.target != QLatin1String("text") && entry.target != QLatin1String("usb"))
            continue;
        if (entry.location.isEmpty() || !QFileInfo::exists(entry.location))
            continue;
        const QString file = cleanPath(entry.location);
        if (itemFor(file) || isInListedFolder(file))
            continue;
        addPlace(PlaceKind::LedgerFile, file,
                 entry.keyId.isEmpty()
                     ? tr("%1 (saved by Keyhaven)").arg(QDir::toNativeSeparators(file))
                     : tr("%1 (saved by Keyhaven, recovery key ID %2)").arg(QDir::toNativeSeparators(file), entry.keyId),
                 true);
        added = true;
    }
    if (added) {
        emit searchPathsChanged();
        emit completeChanged();
    }
}

void FindWherePage::refreshDrives()
{
    const std::shared_ptr<RemovableDrives>& drives = m_session.environment().drives;
    const QList<RemovableDrive> now = drives ? drives->list() : QList<RemovableDrive>();
    bool changed = false;
    // Sticks pulled out go; the checks on those still there stay as the user left them.
    for (int row = m_list->count() - 1; row >= 0; --row) {
        QListWidgetItem* item = m_list->item(row);
        if (static_cast<PlaceKind>(item->data(KindRole).toInt()) != PlaceKind::Drive)
            continue;
        const QString mountPoint = item->data(PathRole).toString();
        const bool present = std::any_of(now.cbegin(), now.cend(), [&](const RemovableDrive& drive) {
            return cleanPath(drive.mountPoint) == mountPoint;
        });
        if (!present) {
            delete m_list->takeItem(row);
            changed = true;
        }
    }
    int driveRow = 0; // drives first, in the order listed
    for (const RemovableDrive& drive : now) {
        if (drive.mountPoint.isEmpty())
            continue;
        const QString mountPoint = cleanPath(drive.mountPoint);
        if (QListWidgetItem* existing = itemFor(mountPoint)) {
            driveRow = m_list->row(existing) + 1;
            continue;
        }
        const QString where = QDir::toNativeSeparators(mountPoint);
        addPlace(PlaceKind::Drive, mountPoint,
                 drive.label.isEmpty() ? tr("USB flash drive at %1").arg(where)
                                       : tr("USB flash drive “%1” at %2").arg(drive.label, where),
                 true, driveRow++);
        changed = true;
    }
    if (changed) {
        emit searchPathsChanged();
        emit completeChanged();
    }
}

} // namespace keyhaven
