// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QString>

namespace keyhaven::test {

// Types text into a line edit the way a keyboard does: one key press (and release) per character.
inline void typeKeys(QLineEdit* edit, const QString& text)
{
    for (QChar c : text) {
        int key = Qt::Key_unknown;
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            key = c.toUpper().unicode(); // Qt::Key_0…Key_9 and Key_A…Key_Z are their ASCII codes
        else if (c == QLatin1Char('-'))
            key = Qt::Key_Minus;
        else if (c == QLatin1Char(' '))
            key = Qt::Key_Space;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(edit, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(edit, &release);
    }
}

// What an input method (e.g. Japanese) delivers when a conversion is committed.
inline void inputMethodCommit(QLineEdit* edit, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(edit, &event);
}

// The full-width form of ASCII text: ０１２…, Ａ…, －, and the ideographic space.
inline QString fullWidth(const QString& text)
{
    QString wide;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ')
            wide.append(QChar(0x3000));
        else if (u > 0x20 && u < 0x7F)
            wide.append(QChar(static_cast<char16_t>(u + 0xFEE0)));
        else
            wide.append(c);
    }
    return wide;
}

} // namespace keyhaven::test
