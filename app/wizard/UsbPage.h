// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QTimer;

namespace keyhaven {

class WizardSession;

// Which USB flash drive the key goes to. The list follows sticks plugged in and pulled out while the page
// is shown; each shows its label, where it is mounted, its size and free space.
class UsbPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit UsbPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Reads the drives again (the timer does it while the page is shown).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void driveChosen();
    void clear();

    WizardSession& m_session;
    QListWidget* m_drives = nullptr;
    QLabel* m_fileName = nullptr;
    QLabel* m_empty = nullptr;
    QTimer* m_poll = nullptr;
    QStringList m_signature; // what the list shows, to rebuild it only when the drives changed
};

} // namespace keyhaven
