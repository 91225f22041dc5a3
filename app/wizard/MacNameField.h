// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;

namespace keyhaven {

class WizardSession;

// "Which Mac is this key for?", on the targets page (before any place, so that every copy gets the same name):
// shown for a FileVault key that names no Mac (typed, without its volume). What is typed becomes the key's device
// name, which names the text file in a folder, on a stick or on a WebDAV account (so two Macs' keys never share a
// name) and shows on the sheet. (A Crypt Server files keys under this computer's serial number, not a file name.)
class MacNameField : public QWidget
{
    Q_OBJECT

public:
    // `editName`: the line edit's object name (each page has its own, for tests and screen readers).
    MacNameField(WizardSession& session, const QString& editName, QWidget* parent = nullptr);

    // Shown when needed, with the name given so far (on a Mac: this Mac's name at first).
    void refresh();
    bool isNeeded() const;
    // Needed and still empty: the page waits for it.
    bool isMissing() const;

signals:
    void changed();

private:
    void typed();

    WizardSession& m_session;
    QLineEdit* m_edit = nullptr;
};

} // namespace keyhaven
