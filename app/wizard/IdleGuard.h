// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTimer>

class QDialog;
class QLabel;
class QPushButton;

namespace keyhaven {

class BackupWizard;

// Forgets the key when nobody is at the computer. Watches the user's input to the whole application (keys,
// input methods, mouse, wheel, touch, tablet); after `idleMs` without any it shows a warning that counts
// down `countdownMs` ("Keyhaven will forget the key in 60 s", with "Keep working"); any input or the button
// stops it; at zero it calls BackupWizard::restartWiped(): every secret wiped, back to the welcome page.
// Nothing happens while the wizard has not left the welcome page since it was last wiped (nothing to forget).
class IdleGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIdleMs = 5 * 60 * 1000;
    static constexpr int DefaultCountdownMs = 60 * 1000;

    explicit IdleGuard(BackupWizard* wizard, int idleMs = DefaultIdleMs, int countdownMs = DefaultCountdownMs,
                       QObject* parent = nullptr);
    ~IdleGuard() override;

    bool isWarning() const;
    // The warning dialog, created on first use (objectName "idleWarningDialog"); null before.
    QDialog* warningDialog() const { return m_dialog; }

public slots:
    // Input, or "Keep working": back to a full idle period.
    void keepWorking();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void idleCheck();
    void showWarning();
    void updateCountdown();
    void countdownEnded();
    void hideWarning();
    bool hasSomethingToForget() const;
    void createDialog();

    QPointer<BackupWizard> m_wizard;
    int m_idleMs;
    int m_countdownMs;
    bool m_armed = false; // the wizard went past the welcome page since the last wipe
    QElapsedTimer m_lastInput;
    QPointF m_lastMousePosition;
    QTimer m_idleTimer;
    QTimer m_countdownTimer; // the end of the countdown
    QTimer m_tickTimer; // the seconds shown
    QElapsedTimer m_countdownSince;
    QPointer<QDialog> m_dialog;
    QLabel* m_countdownLabel = nullptr;
    QPushButton* m_keepWorkingButton = nullptr;
};

} // namespace keyhaven
