// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/KeyFinder.h"
#include "keys/KeyId.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QWidget;

namespace keyhaven {

class SecretClipboard;
class WizardSession;

// Find a key, step 3 (the last page): searches the chosen places off the UI thread, then shows the outcome.
// One key ID matched: the key, large, grouped and monospaced, its full ID with the first 8 characters
// emphasised, what kind it is and every file it was found in, with "Copy" (concealed, cleared after 30 s).
// Several IDs matched: lists them and asks for more characters of the ID, narrowing the list as they are typed.
// None: says so, where Keyhaven looked, and where else to look. The keys found are in session.foundKeys only.
class FindResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FindResultPage(WizardSession& session, QWidget* parent = nullptr);
    ~FindResultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isSearching() const;
    // The last search's outcome, without the keys (those are in the session).
    int filesSearched() const { return m_filesSearched; }
    SecretClipboard* clipboard() const { return m_clipboard; }

public slots:
    // Copies the key shown (concealed; cleared after the countdown).
    void copyKey();

signals:
    void searchFinished();

private:
    void startSearch();
    void searchDone();
    void showMatches();
    void fitListHeight();
    void showKey(const QList<const RecoveryKey*>& keys);
    void showNoMatch();
    void moreDigitsChanged();
    void idActivated();
    void clearDisplay();
    void setUpFonts();
    void onWiped();
    QString kindText(KeyKind kind) const;

    WizardSession& m_session;
    int m_generation = 0;
    QFutureWatcher<KeyFinder::Result>* m_watcher = nullptr;
    std::optional<KeyIdPrefix> m_prefix; // what the previous page asked for
    QStringList m_paths;
    QStringList m_problems; // skipped files and missing places, translated
    int m_filesSearched = 0;
    std::optional<int> m_shownKey; // index into session.foundKeys of the key shown
    bool m_fontsSetUp = false;

    QScrollArea* m_scroll = nullptr;
    QPushButton* m_searchAgainButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QWidget* m_ambiguousBox = nullptr;
    QLabel* m_ambiguousLabel = nullptr;
    QLineEdit* m_moreDigitsEdit = nullptr;
    QLabel* m_moreDigitsProblemLabel = nullptr;
    QListWidget* m_idsList = nullptr;
    QWidget* m_keyBox = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLabel* m_idLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_whereLabel = nullptr;
    QLabel* m_howToLabel = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_clipboardLabel = nullptr;
    QLabel* m_noMatchLabel = nullptr;
    QLabel* m_skippedLabel = nullptr;
    SecretClipboard* m_clipboard = nullptr;
};

} // namespace keyhaven
