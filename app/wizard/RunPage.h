// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardSession.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <vector>

class QLabel;
class QMessageBox;
class QProgressBar;
class QVBoxLayout;

namespace keyhaven {

class BackupRun;

// Saves the key to every chosen place, one after another, and shows each one's progress and read-back
// result. The writes start as soon as the page is shown; it is the wizard's commit page, so there is no way
// back once they ran. Next is enabled when every target has finished.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(WizardSession& session, QWidget* parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    // Asked before the wizard closes. True when nothing runs. While the key is being saved it asks (without
    // blocking) whether to stop; stopping cancels the run and stays on the page to show what was saved.
    bool mayClose();
    QMessageBox* stopQuestion() const; // the question while it is asked

private:
    struct Row
    {
        QLabel* title = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* step = nullptr;
        QLabel* result = nullptr;
    };
    void start();
    // The chosen places for one key; its sheet goes to `sheetPdfPath`.
    std::vector<std::unique_ptr<BackupTarget>> makeTargets(const QString& sheetPdfPath) const;
    void targetStarted(int index);
    void targetProgress(int index, int percent, const QString& step);
    void targetFinished(int index, const BackupResult& result);
    void runFinished(const QList<BackupResult>& results, const QStringList& ledgerErrors);
    void abandonRun();
    void clearRows();
    void lockBackButton();
    void clear();

    WizardSession& m_session;
    QLabel* m_status = nullptr;
    QLabel* m_ledgerErrors = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QWidget* m_rows = nullptr;
    QList<Row> m_rowWidgets;
    std::unique_ptr<BackupRun> m_run;
    QPointer<QMessageBox> m_stopQuestion;
    bool m_done = false;
};

} // namespace keyhaven
