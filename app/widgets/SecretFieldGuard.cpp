// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFieldGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>

namespace keyhaven {

namespace {

bool isCopyOrCut(const QEvent* event)
{
    const auto* key = static_cast<const QKeyEvent*>(event);
    return key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut);
}

} // namespace

SecretFieldGuard* SecretFieldGuard::install(QLineEdit* edit)
{
    return new SecretFieldGuard(edit);
}

SecretFieldGuard::SecretFieldGuard(QLineEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
    edit->setDragEnabled(false);
    edit->installEventFilter(this);
    connect(QGuiApplication::clipboard(), &QClipboard::selectionChanged, this, &SecretFieldGuard::selectionChanged);
}

bool SecretFieldGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        if (isCopyOrCut(event)) {
            event->accept(); // delivered to us as a key press, where it is dropped; no other shortcut runs
            return true;
        }
        break;
    case QEvent::KeyPress:
        return isCopyOrCut(event);
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        // A left-button release copies the selection to PRIMARY, a middle click pastes PRIMARY; press and
        // double click still select.
        if (static_cast<QMouseEvent*>(event)->button() == Qt::MiddleButton)
            return true;
        return event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
    case QEvent::DragLeave:
        return false; // dropping text in is fine; dragging out is off (setDragEnabled(false))
    default:
        break;
    }
    return false;
}

void SecretFieldGuard::selectionChanged()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_edit || !clipboard->ownsSelection() || !m_edit->hasSelectedText())
        return;
    const QString selected = clipboard->text(QClipboard::Selection);
    if (!selected.isEmpty() && selected == m_edit->selectedText())
        clipboard->clear(QClipboard::Selection);
}

} // namespace keyhaven
