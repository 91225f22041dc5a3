// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupWizard.h"
#include "WizardSession.h"

#include "platform/RemovableDrives.h"
#include "support/TestData.h"
#include "volumes/VolumeSource.h"

#include <QAbstractButton>
#include <QStringList>

#include <functional>
#include <memory>

namespace keyhaven::test {

// Stands in for the computer's encrypted volumes: the given image files, read for real.
class ImageVolumeSource : public VolumeSource
{
public:
    explicit ImageVolumeSource(QStringList images)
        : m_images(std::move(images))
    {
    }
    VolumeScan listVolumes() override { return readPaths(m_images); }

private:
    QStringList m_images;
};

// Stands in for USB sticks: folders that the test says are mounted removable drives. The list can change
// while the wizard runs (a stick plugged in).
class FolderDrives : public RemovableDrives
{
public:
    QString backendName() const override { return QStringLiteral("test"); }
    QList<RemovableDrive> list() const override { return m_drives; }
    bool eject(const QString& mountPoint, QString* error) override;

    void plugIn(const QString& folder, const QString& label);
    void pullOut(const QString& folder);
    QStringList ejected;

private:
    QList<RemovableDrive> m_drives;
};

// One wizard over real files in a scratch folder: settings, ledger and data folders of its own, the
// real keychain of the test's own D-Bus session (run-with-keyring.sh), the given images as the
// computer's volumes, and folders as USB sticks.
class WizardFixture
{
public:
    explicit WizardFixture(QStringList images = {});
    ~WizardFixture();

    ScratchDir scratch;
    std::shared_ptr<FolderDrives> drives;
    std::unique_ptr<WizardSession> session;
    std::unique_ptr<BackupWizard> wizard;

    QString settingsFile() const;
    QString ledgerPath() const;

    // The page's widget of that object name, failing the test when there is none.
    template <typename Widget>
    Widget* find(const QString& objectName) const
    {
        auto* widget = wizard->findChild<Widget*>(objectName);
        if (!widget)
            failMissing(objectName);
        return widget;
    }

    // Presses Next (or Commit) and fails the test when the button is disabled or the page did not change.
    void next();
    int currentId() const { return wizard->currentId(); }

private:
    [[noreturn]] static void failMissing(const QString& objectName);
};

// Runs the event loop until `done` is true; false when `timeoutMs` passed first.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000);

} // namespace keyhaven::test
