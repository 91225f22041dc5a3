// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"
#include "volumes/VolumeSource.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace keyhaven {

class WizardSession;

// Where the key comes from: one of the encrypted drives found on this computer (its key is typed or opened on
// the next page), a key typed without a drive, or a key file (opened with the button or dropped on the page).
//
// The page keeps no key material: for a key file it remembers what the file holds (kinds and IDs) and reads the
// chosen key into the session when Next is pressed.
class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Source { Volume, Typed, KeyFile };

    explicit SourcePage(WizardSession& session, QWidget* parent = nullptr);
    ~SourcePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    Source source() const;
    bool isScanning() const;
    const QList<Volume>& volumes() const { return m_volumes; }

public slots:
    // Reads a disk image (or a device) and adds it to the drives, or says in words why it is not one.
    void addVolumeImage(const QString& path);
    // Reads a key file of any supported format; a file with several keys lets the user pick one.
    void openKeyFile(const QString& path);
    // Looks for encrypted drives (again), off the UI thread.
    void scanVolumes();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // What one key in the opened file is, without the key itself.
    struct FileKey
    {
        KeyKind kind = KeyKind::BitLockerRecoveryPassword;
        std::optional<KeyId> id;
        std::optional<KeyId> volumeGuid;
    };

    void chooseVolumeImage();
    void chooseKeyFile();
    void scanFinished();
    // The person chose to let the system ask for an administrator's password to read the drives it may not.
    void readAsAdministrator();
    void addVolumes(const VolumeScan& scan, bool selectAdded);
    void showProblems();
    void selectionChanged();
    void showKeyFile();
    void clearKeyFile();
    std::optional<int> chosenVolume() const;
    std::optional<int> chosenFileKey() const;
    std::optional<int> volumeForKey(const FileKey& key) const;
    QString describe(const FileKey& key) const;
    void onWiped();

    WizardSession& m_session;
    QList<Volume> m_volumes;
    QStringList m_scanProblems; // from looking for drives
    QStringList m_addedProblems; // from disk images the user added
    bool m_scanStarted = false;
    bool m_scanning = false; // from the start of a scan until its result is shown
    QFutureWatcher<VolumeScan>* m_scanWatcher = nullptr;

    QString m_keyFilePath;
    QList<FileKey> m_fileKeys;
    QStringList m_fileProblems;

    QButtonGroup* m_sourceGroup = nullptr;
    QRadioButton* m_volumeRadio = nullptr;
    QRadioButton* m_typeRadio = nullptr;
    QRadioButton* m_fileRadio = nullptr;
    QProgressBar* m_scanProgress = nullptr;
    QLabel* m_scanLabel = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_addImageButton = nullptr;
    QPushButton* m_rescanButton = nullptr;
    QPushButton* m_elevateButton = nullptr; // drives this user may not read: through the metadata helper
    QLabel* m_volumesProblemLabel = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QPushButton* m_openFileButton = nullptr;
    QLabel* m_fileLabel = nullptr;
    QListWidget* m_fileKeyList = nullptr;
};

} // namespace keyhaven
