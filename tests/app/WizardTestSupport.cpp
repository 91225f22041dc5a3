// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardTestSupport.h"

#include "AccountServers.h"
#include "DriveKeyPanel.h"
#include "KeyPage.h"
#include "KeyTyping.h"
#include "SourcePage.h"
#include "VerifyPage.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "backup/QrReader.h"
#include "formats/KeyFile.h"
#include "support/Process.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QRadioButton>
#include <QThread>
#include <QTreeWidget>

namespace keyhaven::test {

WizardFixture::WizardFixture(QStringList images)
    : WizardFixture(std::make_shared<ImageVolumeSource>(std::move(images)))
{
}

WizardFixture::WizardFixture(std::shared_ptr<VolumeSource> volumes)
    : drives(std::make_shared<FolderDrives>())
{
    WizardEnvironment environment;
    environment.volumes = std::move(volumes);
    environment.drives = drives;
    environment.locator = drives;
    environment.secrets = std::make_shared<KeychainSecretStore>();
    environment.settingsFile = settingsFile();
    environment.ledgerPath = ledgerPath();
    session = std::make_unique<WizardSession>(std::move(environment));
    wizard = std::make_unique<BackupWizard>(*session);
    wizard->show();
}

WizardFixture::~WizardFixture()
{
    wizard.reset();
    session.reset();
}

QString WizardFixture::settingsFile() const
{
    return scratch.file(QStringLiteral("config/keyhaven.conf"));
}

QString WizardFixture::ledgerPath() const
{
    return scratch.file(QStringLiteral("data/ledger.json"));
}

void WizardFixture::next()
{
    const int before = wizard->currentId();
    QAbstractButton* button = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                  : QWizard::NextButton);
    INFO("page " << before);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    button->click();
    QCoreApplication::processEvents();
    REQUIRE(wizard->currentId() != before);
}

void WizardFixture::failMissing(const QString& objectName)
{
    FAIL("no widget named " << objectName.toStdString());
    std::abort();
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}


SourcePage* openSourcePage(WizardFixture& fixture)
{
    REQUIRE(fixture.currentId() == BackupWizard::WelcomePageId);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::SourcePageId);
    auto* page = fixture.find<SourcePage>(QStringLiteral("sourcePage"));
    REQUIRE(waitUntil([page] { return !page->isScanning(); }));
    return page;
}

QTreeWidgetItem* volumeItem(WizardFixture& fixture, const QString& path)
{
    auto* tree = fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(4) == QDir::toNativeSeparators(path))
            return tree->topLevelItem(i);
    FAIL("no drive " << path.toStdString() << " in the list");
    return nullptr;
}

void chooseVolume(WizardFixture& fixture, const QString& path)
{
    auto* tree = fixture.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"));
    tree->setCurrentItem(volumeItem(fixture, path));
    CHECK(fixture.find<QRadioButton>(QStringLiteral("volumeRadioButton"))->isChecked());
}

void openReadFromDrivePage(WizardFixture& fixture, const QString& path)
{
    openSourcePage(fixture);
    chooseVolume(fixture, path);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::KeyPageId);
}

void openKeyPageOf(WizardFixture& fixture, const QString& path)
{
    openReadFromDrivePage(fixture, path);
    auto* type = fixture.find<QRadioButton>(QStringLiteral("typeKeyChoiceRadioButton"));
    if (!type->isHidden() && !type->isChecked())
        type->click();
    waitForDriveRead(fixture); // a clear-key drive is read at once; the answer must not come while typing
}

void waitForDriveRead(WizardFixture& fixture)
{
    auto* page = fixture.find<KeyPage>(QStringLiteral("keyPage"));
    REQUIRE(waitUntil([page] { return !page->drivePanel()->isReading(); }, 60000));
}

QLineEdit* keyLine(WizardFixture& fixture)
{
    return fixture.find<QLineEdit>(QStringLiteral("recoveryKeyLineEdit"));
}

QLineEdit* confirmLine(WizardFixture& fixture)
{
    return fixture.find<QLineEdit>(QStringLiteral("confirmKeyLineEdit"));
}

QLineEdit* idLine(WizardFixture& fixture)
{
    return fixture.find<QLineEdit>(QStringLiteral("keyIdLineEdit"));
}

void typeKey(WizardFixture& fixture, const QString& key, const QString& confirm, const QString& id)
{
    typeKeys(keyLine(fixture), key);
    typeKeys(confirmLine(fixture), confirm);
    if (!id.isNull()) {
        idLine(fixture)->clear();
        typeKeys(idLine(fixture), id);
    }
}

Verification::Outcome verifyNow(WizardFixture& fixture)
{
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::VerifyPageId);
    auto* page = fixture.find<VerifyPage>(QStringLiteral("verifyPage"));
    REQUIRE(waitUntil([page] { return page->outcome().has_value(); }, 60000));
    REQUIRE(fixture.session->verification);
    return *page->outcome();
}

void setChecked(QCheckBox* box, bool checked)
{
    REQUIRE(box->isEnabled());
    if (box->isChecked() != checked)
        box->click();
    REQUIRE(box->isChecked() == checked);
}

void waitForRun(WizardFixture& fixture)
{
    REQUIRE(fixture.currentId() == BackupWizard::RunPageId);
    REQUIRE(waitUntil([&] { return fixture.wizard->currentPage()->isComplete(); }, 90000));
}

void addWebDavAccount(WizardFixture& fixture, const QString& name, const QString& url, const QString& caBundle)
{
    Account account;
    account.name = name;
    account.kind = AccountKind::WebDav;
    account.url = QUrl(url);
    account.user = davUser;
    account.caBundle = caBundle;
    account.folder = QString(Account::DefaultFolder);
    REQUIRE(AccountStore(fixture.settingsFile()).save(account));
    const SecretStore::Result stored = fixture.session->environment().secrets->write(
        SecretStore::accountPasswordKey(name), SecureBytes::fromUtf8(davPassword));
    INFO(stored.error.toStdString());
    REQUIRE(stored.ok());
}

void checkKeyFile(const QString& path, const QString& secret, const QString& id)
{
    INFO(path.toStdString());
    const KeyFileContents contents = KeyFile::read(path);
    REQUIRE(contents.status == KeyFileContents::Status::Ok);
    REQUIRE(contents.keys.size() == 1);
    CHECK(contents.keys.first().secret == SecureBytes::fromUtf8(secret));
    if (!id.isEmpty()) {
        REQUIRE(contents.keys.first().id);
        CHECK(contents.keys.first().id->toString() == id.toUpper());
    }
}

std::vector<SecureBytes> qrCodesOfPdf(const QString& pdf, const ScratchDir& scratch)
{
    REQUIRE(haveProgram(QStringLiteral("pdftoppm")));
    const QString prefix = scratch.file(QStringLiteral("page"));
    const ProcessResult rendered = run(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("150"),
                                                                     QStringLiteral("-gray"), QStringLiteral("-png"),
                                                                     QStringLiteral("-singlefile"), pdf, prefix });
    INFO(rendered.errText().toStdString());
    REQUIRE(rendered.exitCode == 0);
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    std::vector<SecureBytes> codes = readQrCodes(image);
    image.fill(Qt::white);
    QFile::remove(prefix + QStringLiteral(".png"));
    return codes;
}

RecoveryKey accountRecoveryKey()
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(accountKeyId);
    key.secret = SecureBytes::fromUtf8(accountKey);
    return key;
}

void startAtTargets(WizardFixture& fixture)
{
    fixture.session->key = accountRecoveryKey();
    fixture.wizard->setStartId(BackupWizard::TargetsPageId);
    fixture.wizard->restart();
    REQUIRE(fixture.currentId() == BackupWizard::TargetsPageId);
}

} // namespace keyhaven::test
