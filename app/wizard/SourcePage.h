// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"
#include "volumes/VolumeSource.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QComboBox;
class QPushButton;
class QRadioButton;

namespace keyhaven {

class DriveList;
class KeyFileChoice;
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
    const QList<Volume>& volumes() const;

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
    void chooseKeyFile();
    void drivesChanged();
    void onWiped();

    WizardSession& m_session;
    QButtonGroup* m_sourceGroup = nullptr;
    QRadioButton* m_volumeRadio = nullptr;
    QRadioButton* m_typeRadio = nullptr;
    QRadioButton* m_fileRadio = nullptr;
    DriveList* m_drives = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QPushButton* m_openFileButton = nullptr;
    KeyFileChoice* m_keyFile = nullptr;
};

} // namespace keyhaven
