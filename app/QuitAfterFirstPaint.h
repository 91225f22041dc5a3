// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

namespace keyhaven {

// For developers: the start-up benchmark (tests/benchmarks/startup.sh) measures the time from starting a
// program to its first wizard page on the screen. With KEYHAVEN_QUIT_AFTER_FIRST_PAINT=1 in the environment,
// the program quits as soon as the current page's first paint has been handled (the whole window is painted
// and flushed to the screen in the same pass, before the posted quit runs). Without it, nothing is installed.
// Header-only so that the real app and the benchmark's minimal QWizard do exactly the same.
class QuitAfterFirstPaint : public QObject
{
public:
    // Installs the watch on `wizard` when the environment asks for it; false otherwise.
    static bool installIfRequested(QWizard* wizard)
    {
        if (qEnvironmentVariableIntValue("KEYHAVEN_QUIT_AFTER_FIRST_PAINT") != 1)
            return false;
        auto* watch = new QuitAfterFirstPaint(wizard);
        // The pages paint themselves (they are child widgets), so watch each of them.
        const QList<int> ids = wizard->pageIds();
        for (int id : ids)
            wizard->page(id)->installEventFilter(watch);
        return true;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched == m_wizard->currentPage()) {
            m_done = true;
            // Runs after this paint pass (and its flush to the window) is complete.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit QuitAfterFirstPaint(QWizard* wizard)
        : QObject(wizard)
        , m_wizard(wizard)
    {
    }

    QWizard* m_wizard;
    bool m_done = false;
};

} // namespace keyhaven
