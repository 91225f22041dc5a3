// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QMimeData;

namespace keyhaven {

// Puts a secret on the clipboard for a short time. The data is marked concealed, so that clipboard managers
// and clipboard histories leave it out (KDE's "x-kde-passwordManagerHint", Windows'
// "ExcludeClipboardContentFromMonitorProcessing" and friends, macOS' org.nspasteboard.ConcealedType where Qt
// lets us name it). After the countdown (30 s) the clipboard is cleared, but only if it still holds what we
// put there: something the user copied meanwhile is left alone. Cleared too on wipe() and on destruction.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearAfterMs = 30 * 1000;

    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    // How long the secret stays on the clipboard (tests make it short).
    void setClearAfter(int milliseconds);
    int clearAfter() const { return m_clearAfterMs; }

    // Copies `secret` (UTF-8 text) and starts the countdown; a previous copy of ours is replaced.
    void copy(const SecureBytes& secret);
    // Whether the clipboard still holds what we put there and the countdown runs.
    bool isActive() const { return !m_copied.isEmpty(); }
    // Whole seconds left before the clipboard is cleared; 0 when not active.
    int secondsLeft() const;
    // What to show next to the Copy button ("Copied — cleared in 30 s", "The clipboard was cleared.").
    QString statusText() const { return m_status; }

    // The concealed-data markers put beside the text (exposed for tests).
    static void markConcealed(QMimeData& mime);

public slots:
    // Clears the clipboard now if it still holds our secret, and forgets the secret.
    void wipe();

signals:
    // The status text changed: each second of the countdown, when cleared, when replaced by the user.
    void statusChanged(const QString& text);

private:
    void tick();
    void timeUp();
    void clipboardChanged();
    bool clipboardHoldsOurs() const;
    void clearIfOurs();
    void clearClipboard();
    void forget(const QString& status);

    int m_clearAfterMs = DefaultClearAfterMs;
    SecureBytes m_copied;
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_since;
    QString m_status;
    bool m_settingClipboard = false;
};

} // namespace keyhaven
