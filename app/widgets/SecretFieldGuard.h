// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QLineEdit;

namespace keyhaven {

// Keeps a line edit that holds a key from handing it to other programs behind the user's back: Copy and Cut
// (Ctrl+C, Ctrl+X, Ctrl+Insert, Shift+Delete: every binding of QKeySequence::Copy and ::Cut) do nothing,
// the text cannot be dragged out, and selecting text does not publish it as X11's PRIMARY selection (which
// any program could read, and a middle click anywhere would paste). Copying a key on purpose goes through
// SecretClipboard, which marks it concealed and clears it. Typing, pasting in and selecting still work.
class SecretFieldGuard : public QObject
{
    Q_OBJECT

public:
    // Installs a guard on `edit`, owned by it.
    static SecretFieldGuard* install(QLineEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit SecretFieldGuard(QLineEdit* edit);
    // Whatever still reached the PRIMARY selection from this field (keyboard selection) is taken back.
    void selectionChanged();

    QPointer<QLineEdit> m_edit;
};

} // namespace keyhaven
