// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"
#include "volumes/Volume.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace keyhaven {

class RecoveryKeyEdit;

// The key page's fields for a key typed by hand (twice, each group checked as it is typed, with its key ID), or
// for a key read from a file (shown read-only). Without a drive, a BitLocker key needs its ID typed; for a drive
// that was found, the drive's protectors give the ID.
class KeyEntryPanel : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(keyhaven::KeyPage) // the key page's words

public:
    explicit KeyEntryPanel(QWidget* parent = nullptr);

    // Called whenever what isComplete() answers may have changed.
    void onChanged(std::function<void()> changed) { m_changed = std::move(changed); }

    void showTyped(KeyKind kind, const std::optional<Volume>& volume);
    void showFromFile(const RecoveryKey& key, const std::optional<Volume>& volume);
    // Sets the icon and the ID field's font: not in the constructor, which runs while the wizard starts.
    void prepare();
    void wipe();

    bool isComplete() const;
    // The typed key in canonical form; empty when it is not acceptable.
    SecureBytes typedKey() const;
    // The ID in the field, when it is a whole key ID.
    std::optional<KeyId> id() const;

    QLineEdit* idEdit() const { return m_idEdit; }
    QWidget* firstField() const;

private:
    enum class IdState { Missing, Invalid, Valid };

    void updateMismatch();
    void updateId();
    IdState idState() const;
    bool idRequired() const;
    void setIdText(const QString& text, bool readOnly);
    void changed();

    std::function<void()> m_changed;
    KeyKind m_kind = KeyKind::BitLockerRecoveryPassword;
    std::optional<Volume> m_volume;
    bool m_fromFile = false;
    QList<KeyId> m_driveIds; // the found drive's recovery key IDs

    RecoveryKeyEdit* m_keyEdit = nullptr;
    QLabel* m_keyLabel = nullptr;
    RecoveryKeyEdit* m_confirmEdit = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_mismatchIcon = nullptr; // a child of m_mismatchLabel, in its left margin
    QLabel* m_mismatchLabel = nullptr;
    QLabel* m_externalKeyLabel = nullptr;
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QLabel* m_idStatusLabel = nullptr;
};

} // namespace keyhaven
