// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "volumes/KeyVerifier.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;

namespace keyhaven {

class WizardSession;

// Checks the key against the chosen drive, off the UI thread, and says honestly what came out: it opens the
// drive (naming the protector it unlocked), it does not (Next stays disabled), or it could not be checked here
// (Next allowed, saying the key is not verified).
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyPage(WizardSession& session, QWidget* parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isChecking() const { return m_checking; }
    // The answer, once there is one.
    std::optional<Verification::Outcome> outcome() const { return m_outcome; }

public slots:
    // Checks the key again (also done each time the page is entered).
    void verify();

private:
    void showResult(const Verification& verification);
    void discard();

    WizardSession& m_session;
    quint64 m_run = 0; // answers of older runs are ignored
    bool m_checking = false;
    std::optional<Verification::Outcome> m_outcome;

    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace keyhaven
