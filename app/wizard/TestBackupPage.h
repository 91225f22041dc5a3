// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTest.h"

#include <QFutureWatcher>
#include <QList>
#include <QWizardPage>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace keyhaven {

class SecretStore;
class WizardSession;

// "Test a backup" (from the welcome page): choose a copy — a key file, a photo or scan of the recovery sheet, a
// USB flash drive, or one of the copies in the ledger — and Keyhaven reads it and, when a drive it belongs to is
// found, proves that it opens it. The answer is one sentence. The last page of its path.
class TestBackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestBackupPage(WizardSession& session, QWidget* parent = nullptr);
    ~TestBackupPage() override;

    void initializePage() override;
    int nextId() const override { return -1; }

    bool isTesting() const;
    const BackupTestAnswer& answer() const { return m_answer; }

public slots:
    // Each test runs off the UI thread; tested() says when the answer is shown.
    void testFile(const QString& path);
    void testStick(int index);
    void testLedgerCopy(int index);

signals:
    void tested();

private:
    void chooseFile();
    void fillSticks();
    void fillLedgerCopies();
    // `subject`: the copy being tested as the user knows it (a file's name, a stick's label, a copy's place).
    void start(const QString& what, const QString& subject,
               std::function<BackupTestAnswer(const QList<Volume>& volumes)> test);
    void showAnswer();
    QList<LedgerEntry> ledgerEntries() const;

    WizardSession& m_session;
    QFutureWatcher<BackupTestAnswer> m_watcher;
    BackupTestAnswer m_answer;
    std::shared_ptr<SecretStore> m_workerSecrets; // the keychain, called on this page's thread
    QList<LedgerEntry> m_copies; // as listed in the ledger box

    QPushButton* m_fileButton = nullptr;
    QComboBox* m_stickBox = nullptr;
    QPushButton* m_stickButton = nullptr;
    QComboBox* m_copyBox = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QLabel* m_answerLabel = nullptr;
};

} // namespace keyhaven
