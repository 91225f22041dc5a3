// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "volumes/RecoveryKeyReader.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace keyhaven {

class RecoveryKeyEdit;
class WizardSession;

// "Read the key from this drive": the recovery keys of a BitLocker drive that was found, read back from the drive
// itself with its password, its startup key file, or nothing at all when it has a clear key (bitlocker.md §5b).
// Each key is proven by the core before it is shown, large and grouped, with its ID; with several keys, each has
// a tick (all ticked) that decides whether it is backed up. The first key read also goes into the session at once,
// so that the idle guard knows there is a key to forget.
class DriveKeyPanel : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(keyhaven::KeyPage) // the key page's words

public:
    DriveKeyPanel(WizardSession& session, QWidget* parent = nullptr);
    ~DriveKeyPanel() override;

    void onChanged(std::function<void()> changed) { m_changed = std::move(changed); }

    // Shows what this drive needs; a drive with a clear key is read at once.
    void setVolume(const Volume& volume);
    // Whether this drive's keys can be read here at all (a recovery key, and a password, startup key or clear key).
    bool canRead() const { return m_systemKeys ? m_access.hasRecoveryKey : m_access.readable(); }
    void wipe();

    bool isReading() const { return m_reading; }
    // At least one key was read and proven, and at least one is ticked.
    bool isComplete() const;
    // The ticked keys, in the drive's order.
    QList<RecoveryKey> chosenKeys() const;
    // The protector of the first chosen key, which it was proven to open.
    std::optional<Protector> chosenProtector() const;
    // False when the system handed the keys over and they could not also be checked against the drive.
    bool keysProven() const { return m_proven; }

    // Reads with the password typed in the field (or with nothing, for a clear-key drive).
    void readKey();
    // Reads with the startup key in a .BEK file.
    void readWithStartupKey(const QString& path);

    QWidget* firstField() const;

private:
    void chooseStartupKey();
    void read(const std::optional<VolumeSecret>& secret);
    void startReading(QFuture<RecoveredKeys> reading, bool withPassword);
    void showResult(const RecoveredKeys& recovered, bool withPassword);
    void showKeys();
    void clearKeys();
    void setStatus(const QString& text, bool problem);
    void changed();

    WizardSession& m_session;
    std::function<void()> m_changed;
    std::optional<Volume> m_volume;
    RecoveryKeyAccess m_access;
    bool m_systemKeys = false; // the system hands the keys over (Windows): nothing to ask for
    bool m_proven = true;
    QList<RecoveryKey> m_keys;        // every key read and proven, in the drive's order
    QList<Protector> m_keyProtectors; // the protector of each key read, in order
    bool m_reading = false;
    quint64 m_run = 0; // answers of older reads are ignored

    QLabel* m_intro = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_readButton = nullptr;
    QPushButton* m_startupKeyButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_keysBox = nullptr;
    QVBoxLayout* m_keysLayout = nullptr;
    QList<QCheckBox*> m_ticks;
    QList<RecoveryKeyEdit*> m_keyEdits;
};

} // namespace keyhaven
