// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Language.h"

#include <QWizard>

namespace keyhaven {

class WizardSession;

// The wizard: back up a recovery key, or find one by its key ID. Built like Qt's licensewizard: page ids,
// nextId() on each page, registered fields, validatePage() for deeper checks, a commit page for the writes.
class BackupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
        SourcePageId,
        KeyPageId,
        VerifyPageId,
        TargetsPageId,
        AccountPageId,
        UsbPageId,
        TextFilePageId,
        SheetPageId,
        RunPageId,
        SummaryPageId,
        FindIdPageId,
        FindWherePageId,
        FindResultPageId,
        TestBackupPageId,
    };
    Q_ENUM(PageId)

    explicit BackupWizard(WizardSession& session, QWidget* parent = nullptr);
    ~BackupWizard() override;

    WizardSession& session() const { return m_session; }

    // Wipes every secret and goes back to the welcome page (the idle timeout, "start again").
    void restartWiped();

signals:
    // The language was changed on the welcome page. The pages do not retranslate: the owner of the wizard
    // installs the language and builds a new wizard (see app/WizardWindow.h).
    void languageChangeRequested(keyhaven::i18n::Language language);

protected:
    void done(int result) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateButtons();

    WizardSession& m_session;
};

} // namespace keyhaven
