// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace keyhaven {

class WizardSession;

// Which folder the recovery text file goes to; the user's Documents folder unless they choose another.
// Advises against this computer's own encrypted drive (the same-volume guard refuses it when the backup runs).
class TextFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TextFilePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The folder chosen in the Browse… dialog (tests call it directly).
    void setFolder(const QString& folder);

private:
    void browse();
    void folderChanged();
    void clear();

    WizardSession& m_session;
    QLineEdit* m_folder = nullptr;
    QLabel* m_fileName = nullptr;
    QLabel* m_check = nullptr;
};

} // namespace keyhaven
