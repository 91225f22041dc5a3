// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keyhaven {

class RecoveryKeyEdit;
class WizardSession;

// The key itself: typed twice (each group checked as it is typed) with its key ID, or shown read-only when it
// came from a key file. Next stays disabled while a group is wrong, the two copies differ or the ID is missing.
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

public slots:
    // Reads the key for the chosen drive from a key file (the page's "Open a key file…" button).
    void openKeyFile(const QString& path);
    // Back to typing the key by hand.
    void typeInstead();

private:
    enum class IdState { Missing, Invalid, Valid };

    void chooseKeyFile();
    void showTyped();
    void showFromFile();
    void updateMismatch();
    void updateId();
    IdState idState() const;
    bool idRequired() const;
    void setIdText(const QString& text, bool readOnly);
    void wipeFields();

    WizardSession& m_session;
    KeyKind m_kind = KeyKind::BitLockerRecoveryPassword;

    QLabel* m_intro = nullptr;
    QLabel* m_keyLabel = nullptr;
    RecoveryKeyEdit* m_keyEdit = nullptr;
    QLabel* m_confirmLabel = nullptr;
    RecoveryKeyEdit* m_confirmEdit = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_mismatchIcon = nullptr;
    QLabel* m_mismatchLabel = nullptr;
    QLabel* m_externalKeyLabel = nullptr;
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QLabel* m_idStatusLabel = nullptr;
    QPushButton* m_openFileButton = nullptr;
    QPushButton* m_typeInsteadButton = nullptr;
    QLabel* m_fileProblemLabel = nullptr;
};

} // namespace keyhaven
