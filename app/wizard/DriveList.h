// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "volumes/VolumeSource.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace keyhaven {

class WizardSession;

// The encrypted drives on this computer, for the source page: looked for off the UI thread, listed with their
// protectors, disk images added by hand. What could not be read is said in one plain sentence; the devices and
// the reasons are behind "Show details".
class DriveList : public QWidget
{
    Q_OBJECT

public:
    explicit DriveList(WizardSession& session, QWidget* parent = nullptr);

    const QList<Volume>& volumes() const { return m_volumes; }
    std::optional<int> chosen() const;
    bool isScanning() const { return m_scanning; }
    bool hasScanned() const { return m_scanStarted; }
    void clearChoice();

public slots:
    // Looks for encrypted drives (again), off the UI thread.
    void scan();
    // Reads a disk image (or a device) and adds it to the drives, or says in words why it is not one.
    void addImage(const QString& path);

signals:
    // The list or the chosen drive changed.
    void changed();
    // The user clicked a drive (or one was chosen for them).
    void driveChosen();
    // A drive was double-clicked or Enter pressed on it.
    void driveActivated();
    void scanFinished();

private:
    void chooseImage();
    // The person chose to let the system ask for an administrator's password to read the drives it may not.
    void readAsAdministrator();
    void showScan();
    void addVolumes(const VolumeScan& scan, bool selectAdded);
    void showProblems();

    WizardSession& m_session;
    QList<Volume> m_volumes;
    QStringList m_scanProblems; // from looking for drives
    QStringList m_addedProblems; // from disk images the user added
    QString m_elevationOffer; // what reading the unreadable drives as administrator would ask for
    bool m_scanStarted = false;
    bool m_scanning = false; // from the start of a scan until its result is shown
    QFutureWatcher<VolumeScan>* m_scanWatcher = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_rescan = nullptr;
    QPushButton* m_elevate = nullptr; // drives this user may not read: through the metadata helper
    QLabel* m_problems = nullptr;
    QPushButton* m_showDetails = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace keyhaven
