// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyId.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;

namespace keyhaven {

class WizardSession;

// Find a key, step 1: the key ID the recovery screen shows, 8 or more of its characters (field "keyIdPrefix").
// Accepts what people type or paste: full-width characters, spaces, dashes, braces, lower case. Says while
// typing what is wrong (too short, a character that is not a hex digit).
class FindIdPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FindIdPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // What was typed, when it is a usable prefix.
    std::optional<KeyIdPrefix> prefix() const;

private:
    void textChanged();

    WizardSession& m_session;
    QLineEdit* m_edit = nullptr;
    QLabel* m_problemLabel = nullptr;
};

} // namespace keyhaven
