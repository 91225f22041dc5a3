// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyProblem.h"
#include "keys/RecoveryKey.h"
#include "keys/SecureBytes.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace keyhaven {

class KeyGroupIndicators;

// A field for a recovery key that checks each group as it is typed and says which group is wrong: a BitLocker
// recovery password (8 groups of 6 digits) or a FileVault personal recovery key (6 groups of 4). Full-width
// input and any separators are accepted (the core folds them). Under the field, a row of small indicators (one
// per group) and the core's message about the first wrong group.
//
// The key text lives only in the inner QLineEdit; clear() overwrites it. The widget keeps no copy: every check
// reads the line edit's text and wipes what it derived from it.
class RecoveryKeyEdit : public QWidget
{
    Q_OBJECT

public:
    // How far one group is.
    enum class GroupState {
        Empty, // nothing typed yet
        Partial, // being typed
        Complete, // complete and well formed
        Warning, // complete, but with a character worth checking (FileVault look-alikes)
        Wrong, // wrong: the message says why
    };
    Q_ENUM(GroupState)

    explicit RecoveryKeyEdit(QWidget* parent = nullptr);
    ~RecoveryKeyEdit() override;

    // BitLocker recovery password or FileVault personal recovery key. An external key has no text form: it
    // is treated as a BitLocker recovery password. Changing the kind keeps the text and checks it again.
    void setKind(KeyKind kind);
    KeyKind kind() const { return m_kind; }

    bool isEmpty() const;
    // The key parses without errors (warnings allowed).
    bool isAcceptable() const { return m_acceptable; }
    // What is wrong (errors, naming the group where there is one) or worth a warning; empty when well formed.
    KeyProblems problems() const { return m_problems; }
    // The canonical form (dashed, upper case); empty when the key is not acceptable. The caller owns it.
    SecureBytes canonicalKey() const;

    int groupCount() const;
    QList<GroupState> groupStates() const { return m_states; }
    // The sentence shown under the field.
    QString feedbackText() const;

    // Shows a key that came from elsewhere (a key file), e.g. read-only.
    void setKey(const SecureBytes& key);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    // The indicators and the message; hidden for a second copy whose differences are reported elsewhere.
    void setFeedbackVisible(bool visible);
    // The name screen readers give the field; without one, it names the kind of key.
    void setKeyAccessibleName(const QString& name);

    QLineEdit* lineEdit() const { return m_edit; }

    // Overwrites the text a line edit holds (its own buffer, not a copy) and empties it with its undo history.
    static void wipeLineEdit(QLineEdit* edit);

public slots:
    // Wipes the key.
    void clear();

signals:
    // The text, and so the check, changed.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void recheck();
    void updateTexts();
    void showFeedback();

    KeyKind m_kind = KeyKind::BitLockerRecoveryPassword;
    QString m_accessibleName;
    QLineEdit* m_edit = nullptr;
    KeyGroupIndicators* m_indicators = nullptr;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QWidget* m_feedback = nullptr;

    // Derived from the text, never the text itself.
    QList<GroupState> m_states;
    QList<qreal> m_fill; // how much of each group is typed, 0..1
    KeyProblems m_problems;
    QString m_message;
    enum class Tone { Hint, Good, Warning, Error } m_tone = Tone::Hint;
    bool m_acceptable = false;
};

} // namespace keyhaven
