// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleGuard.h"

#include "BackupWizard.h"
#include "WizardSession.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyhaven {

IdleGuard::IdleGuard(BackupWizard* wizard, int idleMs, int countdownMs, QObject* parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_idleMs(qMax(1, idleMs))
    , m_countdownMs(qMax(1, countdownMs))
{
    setObjectName(QStringLiteral("idleGuard"));
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleGuard::idleCheck);
    m_countdownTimer.setSingleShot(true);
    connect(&m_countdownTimer, &QTimer::timeout, this, &IdleGuard::countdownEnded);
    m_tickTimer.setInterval(qMin(1000, m_countdownMs));
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleGuard::updateCountdown);

    if (m_wizard) {
        connect(m_wizard, &QWizard::currentIdChanged, this, [this](int id) {
            if (id != BackupWizard::WelcomePageId && id != -1)
                m_armed = true;
        });
        connect(&m_wizard->session(), &WizardSession::wiped, this, [this] { m_armed = false; });
        m_armed = m_wizard->currentId() != BackupWizard::WelcomePageId && m_wizard->currentId() != -1;
    }
    qApp->installEventFilter(this);
    m_lastInput.start();
    m_idleTimer.start(m_idleMs);
}

IdleGuard::~IdleGuard()
{
    qApp->removeEventFilter(this);
    if (m_dialog && m_wizard) // the wizard owns the dialog; without a wizard it is gone already
        m_dialog->hide();
}

bool IdleGuard::isWarning() const
{
    return m_dialog && m_dialog->isVisible();
}

bool IdleGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::InputMethod:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        keepWorking();
        break;
    case QEvent::MouseMove:
        // Only a real move: windows appearing under a still mouse get synthetic moves, which are no one's input.
        if (event->spontaneous()) {
            const QPointF position = static_cast<QMouseEvent*>(event)->globalPosition();
            if (position != m_lastMousePosition) {
                m_lastMousePosition = position;
                keepWorking();
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleGuard::keepWorking()
{
    m_lastInput.restart();
    if (isWarning())
        hideWarning();
    if (!m_idleTimer.isActive())
        m_idleTimer.start(m_idleMs);
}

bool IdleGuard::hasSomethingToForget() const
{
    if (!m_wizard || !m_wizard->isVisible())
        return false;
    const WizardSession& session = m_wizard->session();
    return m_armed || session.key.has_value() || !session.foundKeys.isEmpty();
}

void IdleGuard::idleCheck()
{
    const qint64 idle = m_lastInput.elapsed();
    if (idle < m_idleMs) {
        m_idleTimer.start(static_cast<int>(m_idleMs - idle));
        return;
    }
    if (!hasSomethingToForget()) {
        m_idleTimer.start(m_idleMs);
        return;
    }
    showWarning();
}

void IdleGuard::createDialog()
{
    m_dialog = new QDialog(m_wizard);
    m_dialog->setObjectName(QStringLiteral("idleWarningDialog"));
    m_dialog->setWindowTitle(tr("Are you still there?"));
    m_dialog->setModal(false); // shown, never exec()'d: the countdown and the wizard keep running

    auto* explanation = new QLabel(m_dialog);
    explanation->setObjectName(QStringLiteral("idleExplanationLabel"));
    explanation->setWordWrap(true);
    explanation->setText(tr("Nobody has used Keyhaven for a while. To keep the recovery key safe, Keyhaven wipes "
                            "it from memory and starts again, unless you keep working."));
    // Wide enough for the sentence in a few lines, whatever the font size and the language.
    explanation->setMinimumWidth(explanation->fontMetrics().averageCharWidth() * 45);

    m_countdownLabel = new QLabel(m_dialog);
    m_countdownLabel->setObjectName(QStringLiteral("idleCountdownLabel"));
    m_countdownLabel->setWordWrap(true);
    QFont bigger = m_countdownLabel->font();
    bigger.setBold(true);
    m_countdownLabel->setFont(bigger);

    auto* buttons = new QDialogButtonBox(m_dialog);
    m_keepWorkingButton = buttons->addButton(tr("&Keep working"), QDialogButtonBox::AcceptRole);
    m_keepWorkingButton->setObjectName(QStringLiteral("keepWorkingPushButton"));
    m_keepWorkingButton->setDefault(true);
    connect(m_keepWorkingButton, &QPushButton::clicked, this, &IdleGuard::keepWorking);
    connect(m_dialog, &QDialog::rejected, this, &IdleGuard::keepWorking); // Esc, or the window closed

    auto* layout = new QVBoxLayout(m_dialog);
    layout->addWidget(explanation);
    layout->addWidget(m_countdownLabel);
    layout->addWidget(buttons);
}

void IdleGuard::showWarning()
{
    if (!m_dialog)
        createDialog();
    m_countdownSince.start();
    m_countdownTimer.start(m_countdownMs);
    m_tickTimer.start();
    updateCountdown();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_keepWorkingButton->setFocus();
}

void IdleGuard::updateCountdown()
{
    if (!m_dialog)
        return;
    const qint64 left = qMax<qint64>(0, m_countdownMs - m_countdownSince.elapsed());
    const int seconds = static_cast<int>((left + 999) / 1000);
    m_countdownLabel->setText(tr("Keyhaven will forget the key in %n s.", nullptr, qMax(1, seconds)));
}

void IdleGuard::hideWarning()
{
    m_countdownTimer.stop();
    m_tickTimer.stop();
    if (m_dialog)
        m_dialog->hide();
}

void IdleGuard::countdownEnded()
{
    hideWarning();
    if (m_wizard)
        m_wizard->restartWiped();
    m_lastInput.restart();
    m_idleTimer.start(m_idleMs);
}

} // namespace keyhaven
