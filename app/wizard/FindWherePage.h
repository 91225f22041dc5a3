// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTimer>
#include <QWizardPage>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace keyhaven {

class WizardSession;

// Find a key, step 2: where to look. A checklist of the USB flash drives plugged in (updated while the page is
// shown), folders (Documents and Desktop to begin with; more with "Add a folder…") and the files Keyhaven saved
// keys to, as the ledger lists them. The checked places are the field "searchPaths"; the next page searches them.
class FindWherePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QStringList searchPaths READ searchPaths NOTIFY searchPathsChanged)

public:
    enum class PlaceKind { Drive, Folder, LedgerFile };
    static constexpr int PathRole = Qt::UserRole;
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int DrivePollMs = 1500;

    explicit FindWherePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The checked places, in the order shown.
    QStringList searchPaths() const;

public slots:
    // Adds a folder (checked); the "Add a folder…" dialog ends here, and tests call it.
    void addFolder(const QString& path);
    // Lists the USB flash drives again (done every DrivePollMs while the page is shown).
    void refreshDrives();

signals:
    void searchPathsChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void chooseFolder();
    void addLedgerFiles();
    QListWidgetItem* itemFor(const QString& path) const;
    // A file inside a folder or on a drive that is listed already: searched with it, not listed on its own.
    bool isInListedFolder(const QString& file) const;
    QListWidgetItem* addPlace(PlaceKind kind, const QString& path, const QString& text, bool checked, int row = -1);

    WizardSession& m_session;
    bool m_initialized = false;
    QTimer m_driveTimer;
    QListWidget* m_list = nullptr;
    QPushButton* m_addFolderButton = nullptr;
};

} // namespace keyhaven
