// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardSession.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QTimer;

namespace keyhaven {

class MacNameField;

// Where the key goes: to the user's account, a USB flash drive, a file, a printed sheet. Each place that
// cannot be used now is disabled and says why beside it; the USB choice follows sticks plugged in or
// pulled out while the page is shown. At least one place; a warning (not a block) when only one.
class TargetsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TargetsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The page of the first target in `session.targets` that comes after `after` (all when nothing), in the
    // order Account, Usb, TextFile, Sheet; the run page when there is none. Each target page's nextId().
    static int pageAfter(const WizardSession& session, std::optional<TargetKind> after = std::nullopt);
    static int pageOf(TargetKind kind);
    // On a target page: its Next button says "Save the key" when the run page (which starts the writes) is next.
    static void labelNextButton(QWizardPage& page, int nextId);

    // Reads the accounts and the drives again (the timer does it while the page is shown).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Choice
    {
        TargetKind kind;
        QCheckBox* checkBox = nullptr;
        QLabel* reason = nullptr;
        bool touched = false; // the user ticked or unticked it: refresh() leaves it alone
    };
    Choice& choice(TargetKind kind);
    void setAvailable(Choice& choice, const QString& whyNot);
    void chosenChanged();
    void clear();

    WizardSession& m_session;
    QList<Choice> m_choices;
    QWidget* m_onePlaceWarning = nullptr;
    QLabel* m_onePlaceWarningIcon = nullptr;
    QTimer* m_poll = nullptr;
    // A FileVault key that names no Mac: asked here, before any place, since every copy is named after it.
    MacNameField* m_mac = nullptr;
    bool m_updating = false;
};

} // namespace keyhaven
