// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace keyhaven {

class DriveKeyPanel;
class KeyEntryPanel;
class WizardSession;

// The key itself. For a BitLocker drive that was found, the first choice reads it from the drive (DriveKeyPanel:
// with the drive's password, its startup key, or nothing) and goes straight on to the targets; the other choice is
// typing it (KeyEntryPanel: twice, each group checked as it is typed; the drive gives its ID). Without a drive the
// key is typed with its ID; a key from a file is shown read-only.
class KeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit KeyPage(WizardSession& session, QWidget* parent = nullptr);
    ~KeyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The kind of key being typed (from the chosen drive, or chosen on the source page).
    KeyKind kind() const { return m_kind; }
    // True when the key came from a file and is shown read-only.
    bool keyFromFile() const;
    // True when "Read the key from this drive" is the choice.
    bool readingFromDrive() const;
    DriveKeyPanel* drivePanel() const { return m_drivePanel; }

public slots:
    // Reads the key for the chosen drive from a key file (the page's "Open a key file…" button).
    void openKeyFile(const QString& path);
    // Back to typing the key by hand.
    void typeInstead();

private:
    enum Choice { ReadFromDrive, TypeKey };

    void chooseKeyFile();
    void showChoices();
    void showTyped();
    void showFromFile();
    void choiceChanged();
    void wipeFields();

    WizardSession& m_session;
    KeyKind m_kind = KeyKind::BitLockerRecoveryPassword;

    QLabel* m_intro = nullptr;
    QButtonGroup* m_choice = nullptr;
    QRadioButton* m_readRadio = nullptr;
    QRadioButton* m_typeRadio = nullptr;
    DriveKeyPanel* m_drivePanel = nullptr;
    KeyEntryPanel* m_entryPanel = nullptr;
    QPushButton* m_openFileButton = nullptr;
    QPushButton* m_typeInsteadButton = nullptr;
    QLabel* m_fileProblemLabel = nullptr;
};

} // namespace keyhaven
