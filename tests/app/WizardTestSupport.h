// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupWizard.h"
#include "StandIns.h"
#include "WizardSession.h"

#include "support/TestData.h"

#include <QAbstractButton>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QLineEdit;
class QTreeWidgetItem;

namespace keyhaven {
class SourcePage;
class VolumeSource;
}

namespace keyhaven::test {

// One wizard over real files in a scratch folder: settings, ledger and data folders of its own, the
// real keychain of the test's own D-Bus session (run-with-keyring.sh), the given images as the
// computer's volumes, and folders as USB sticks.
class WizardFixture
{
public:
    explicit WizardFixture(QStringList images = {});
    // With another source of drives (one that reports drives it could not read, or Windows' over recorded
    // PowerShell output).
    explicit WizardFixture(std::shared_ptr<VolumeSource> volumes);
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

// Driving the pages as a user does, shared by the page tests and the end-to-end flows.

// Next on the welcome page, then waits until the source page has looked for the drives.
SourcePage* openSourcePage(WizardFixture& fixture);
// The source page's row of the volume at `path`, failing the test when it is not listed.
QTreeWidgetItem* volumeItem(WizardFixture& fixture, const QString& path);
// Clicks the volume's row on the source page.
void chooseVolume(WizardFixture& fixture, const QString& path);
// From the welcome page to the key page of the volume at `path`, choosing to type the key (for a BitLocker drive,
// reading it from the drive is the first choice).
void openKeyPageOf(WizardFixture& fixture, const QString& path);
// The same, staying with the first choice: "Read the key from this drive".
void openReadFromDrivePage(WizardFixture& fixture, const QString& path);
// On "Read the key from this drive": waits for the reading under way to end.
void waitForDriveRead(WizardFixture& fixture);

// The key page's fields: the key, the key typed again, the key ID.
QLineEdit* keyLine(WizardFixture& fixture);
QLineEdit* confirmLine(WizardFixture& fixture);
QLineEdit* idLine(WizardFixture& fixture);
// Types the key twice (and the ID, when given) on the key page.
void typeKey(WizardFixture& fixture, const QString& key, const QString& confirm, const QString& id = {});
// Next on the key page, then waits for the verify page's answer.
Verification::Outcome verifyNow(WizardFixture& fixture);

// Clicks the check box (when needed) so that it ends up `checked`.
void setChecked(QCheckBox* box, bool checked);
// Waits for the run page to finish every target.
void waitForRun(WizardFixture& fixture);

// A WebDAV account called `name` at `url`, set up as `keyhaven-cli account add` does: the settings in the
// wizard's settings file, the password (davPassword of davUser) in the keychain.
// The account tests' recovery key (AccountServers.h), as a key a page would have put in the session.
RecoveryKey accountRecoveryKey();
// Starts the wizard at the targets page with that key.
void startAtTargets(WizardFixture& fixture);

void addWebDavAccount(WizardFixture& fixture, const QString& name, const QString& url, const QString& caBundle);

// The file parses with the core's reader to exactly one key: `secret` (canonical text), with the ID `id`
// (when not empty).
void checkKeyFile(const QString& path, const QString& secret, const QString& id);
// The QR codes on the first page of a PDF, rendered with pdftoppm and decoded with the core's reader.
std::vector<SecureBytes> qrCodesOfPdf(const QString& pdf, const ScratchDir& scratch);

} // namespace keyhaven::test
