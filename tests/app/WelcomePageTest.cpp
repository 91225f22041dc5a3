// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page: the two choices, and its notices about stale copies and waiting uploads.
#include "AccountServers.h"
#include "WelcomePage.h"
#include "WizardTestSupport.h"

#include "accounts/Account.h"
#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/PendingUploads.h"
#include "backup/Ledger.h"
#include "keys/PersonalRecoveryKey.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QThread>

#include <atomic>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString staleId = QStringLiteral("0BADC0DE-1111-4222-8333-444455556666");
const QString staleLocation = QStringLiteral("/media/me/OLDSTICK/BitLocker Recovery Key 0BADC0DE.TXT");

WelcomePage* welcomePage(WizardFixture& fixture)
{
    return fixture.find<WelcomePage>(QStringLiteral("welcomePage"));
}

// Two copies of keys of the image's volume: one of a key the volume still has, one of a key it no longer has.
void recordCopies(const QString& ledgerPath, const BitLockerImage& image)
{
    LedgerEntry current;
    current.keyId = image.recoveryPasswordVmk.toUpper();
    current.kind = QStringLiteral("bitlocker-recovery-password");
    current.volumeGuid = KeyId::parse(image.guid);
    REQUIRE(current.volumeGuid);
    current.target = QStringLiteral("text");
    current.location = QStringLiteral("/home/me/Documents/BitLocker Recovery Key current.TXT");
    current.time = QDateTime::currentDateTimeUtc();
    LedgerEntry stale = current;
    stale.keyId = staleId;
    stale.target = QStringLiteral("usb");
    stale.location = staleLocation;
    QString error;
    REQUIRE(Ledger(ledgerPath).record(current, &error));
    REQUIRE(Ledger(ledgerPath).record(stale, &error));
}

// The image's volume, counting the calls and noting the thread they came on.
class CountingVolumeSource : public ImageVolumeSource
{
public:
    using ImageVolumeSource::ImageVolumeSource;
    VolumeScan listVolumes() override
    {
        onUiThread = QThread::currentThread() == qApp->thread();
        ++calls;
        return ImageVolumeSource::listVolumes();
    }
    std::atomic<int> calls = 0;
    std::atomic<bool> onUiThread = false;
};

RecoveryKey fileVaultKey()
{
    const auto parsed = PersonalRecoveryKey::parse(QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
    REQUIRE(parsed.key);
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.id = KeyId::parse(QStringLiteral("9E4A3B2C-1D0F-4E8A-9B7C-6D5E4F3A2B1C"));
    key.secret = parsed.key->canonical();
    return key;
}

// A WebDAV account in the settings and its password in the keychain, as `keyhaven-cli account add` leaves them.
void saveWebDavAccount(const QString& settingsFile, SecretStore& keychain, const Account& account,
                       const QString& password)
{
    REQUIRE(AccountStore(settingsFile).save(account));
    REQUIRE(keychain.write(SecretStore::accountPasswordKey(account.name), SecureBytes::fromUtf8(password)).ok());
}

// An upload of `key` to `account` that an earlier run could not finish.
PendingUpload addPendingUpload(PendingUploads& pending, const QString& account, const RecoveryKey& key)
{
    QString error;
    const std::optional<PendingUpload> upload
        = pending.add(account, key, QStringLiteral("The server did not answer."), &error);
    INFO(error.toStdString());
    REQUIRE(upload);
    return *upload;
}

// The computer without drives, with this keychain, settings and ledger.
WizardEnvironment environmentWithoutDrives(std::shared_ptr<SecretStore> keychain, const QString& settingsFile,
                                          const QString& ledgerPath)
{
    WizardEnvironment environment;
    environment.volumes = std::make_shared<ImageVolumeSource>(QStringList());
    environment.drives = std::make_shared<FolderDrives>();
    environment.secrets = std::move(keychain);
    environment.settingsFile = settingsFile;
    environment.ledgerPath = ledgerPath;
    return environment;
}

} // namespace

TEST_CASE("Welcome: back up is the default, find leads to the key ID page", "[wizard][welcome]")
{
    WizardFixture fixture;
    auto* backup = fixture.find<QRadioButton>(QStringLiteral("backupRadioButton"));
    auto* find = fixture.find<QRadioButton>(QStringLiteral("findRadioButton"));
    CHECK(backup->isChecked());
    CHECK_FALSE(fixture.wizard->field(QStringLiteral("findMode")).toBool());
    CHECK(welcomePage(fixture)->nextId() == BackupWizard::SourcePageId);
    CHECK(backup->text().contains(QLatin1Char('&')));
    CHECK(find->text().contains(QLatin1Char('&')));

    find->click();
    CHECK(fixture.wizard->field(QStringLiteral("findMode")).toBool());
    CHECK(welcomePage(fixture)->nextId() == BackupWizard::FindIdPageId);
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::FindIdPageId);
    fixture.wizard->back();
    backup->click();
    fixture.next();
    CHECK(fixture.currentId() == BackupWizard::SourcePageId);

    // Nothing to say: no notices shown.
    fixture.wizard->restartWiped();
    CHECK(backup->isChecked());
    REQUIRE(waitUntil([&] { return !welcomePage(fixture)->isCheckingLedger(); }));
    CHECK(fixture.find<QFrame>(QStringLiteral("noticesFrame"))->isHidden());
}

TEST_CASE("Welcome: a copy whose key the volume no longer has is named as stale", "[wizard][welcome]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    WizardFixture fixture({ image.path() });
    // Written before the event loop ran: the check comes after the first paint.
    recordCopies(fixture.ledgerPath(), image);
    auto* stale = fixture.find<QLabel>(QStringLiteral("staleNoticeLabel"));
    REQUIRE(waitUntil([&] { return stale->isVisibleTo(fixture.wizard.get()); }));
    CHECK(fixture.find<QFrame>(QStringLiteral("noticesFrame"))->isVisible());
    const QString text = stale->text();
    CHECK(text.contains(staleId));
    CHECK(text.contains(staleLocation));
    CHECK(text.contains(QStringLiteral("USB flash drive")));
    CHECK(text.contains(QStringLiteral("no longer unlock")));
    CHECK_FALSE(text.contains(image.recoveryPasswordVmk.toUpper())); // the current copy is fine
    CHECK(fixture.find<QLabel>(QStringLiteral("pendingNoticeLabel"))->isHidden());
    CHECK(fixture.find<QPushButton>(QStringLiteral("retryNowPushButton"))->isHidden());
}

TEST_CASE("Welcome: the volumes are listed off the UI thread, after the first paint", "[wizard][welcome]")
{
    const BitLockerImage image = bitlockerImageNamed(QStringLiteral("bitlk-aes-xts-128"));
    ScratchDir scratch;
    const QString ledgerPath = scratch.file(QStringLiteral("ledger.json"));
    recordCopies(ledgerPath, image);
    auto volumes = std::make_shared<CountingVolumeSource>(QStringList { image.path() });
    WizardEnvironment environment;
    environment.volumes = volumes;
    environment.drives = std::make_shared<FolderDrives>();
    environment.secrets = std::make_shared<KeychainSecretStore>();
    environment.settingsFile = scratch.file(QStringLiteral("keyhaven.conf"));
    environment.ledgerPath = ledgerPath;
    WizardSession session(environment);
    BackupWizard wizard(session);
    wizard.show();
    CHECK(volumes->calls == 0); // not while starting
    auto* page = wizard.findChild<WelcomePage*>(QStringLiteral("welcomePage"));
    auto* stale = wizard.findChild<QLabel*>(QStringLiteral("staleNoticeLabel"));
    int checked = 0;
    QObject::connect(page, &WelcomePage::ledgerChecked, [&] { ++checked; });
    REQUIRE(waitUntil([&] { return checked == 1; }));
    CHECK(volumes->calls == 1);
    CHECK_FALSE(volumes->onUiThread);
    CHECK(stale->text().contains(staleId));

    // Shown again (a restart): checked again.
    wizard.restartWiped();
    REQUIRE(waitUntil([&] { return checked == 2; }));
    CHECK(volumes->calls == 2);
    CHECK(stale->text().contains(staleId));
}

TEST_CASE("Welcome: uploads still waiting are noticed, and Retry now tries them on a worker thread",
          "[wizard][welcome][accounts]")
{
    ScratchDir scratch;
    const QString settingsFile = scratch.file(QStringLiteral("config/keyhaven.conf"));
    auto keychain = std::make_shared<KeychainSecretStore>();
    // An account whose server does not answer (nothing listens on the discard port) and its password.
    Account account;
    account.name = QStringLiteral("home-nas");
    account.kind = AccountKind::WebDav;
    account.url = QUrl(QStringLiteral("http://127.0.0.1:9/remote.php/dav/files/me/"));
    account.user = QStringLiteral("me");
    saveWebDavAccount(settingsFile, *keychain, account, QStringLiteral("not-a-real-password"));
    PendingUploads pending(*keychain, settingsFile);
    const RecoveryKey key = fileVaultKey();
    const std::optional<PendingUpload> upload = addPendingUpload(pending, account.name, key);

    // Then Keyhaven starts.
    WizardSession session(
        environmentWithoutDrives(keychain, settingsFile, scratch.file(QStringLiteral("data/ledger.json"))));
    BackupWizard wizard(session);
    wizard.show();
    auto* notice = wizard.findChild<QLabel*>(QStringLiteral("pendingNoticeLabel"));
    REQUIRE(waitUntil([&] { return notice->isVisibleTo(&wizard); }));
    CHECK(notice->text().contains(QStringLiteral("home-nas")));
    CHECK(notice->text().contains(key.id->toString()));
    CHECK(notice->text().contains(QStringLiteral("The server did not answer.")));
    auto* retry = wizard.findChild<QPushButton*>(QStringLiteral("retryNowPushButton"));
    REQUIRE(retry->isVisibleTo(&wizard));

    auto* page = wizard.findChild<WelcomePage*>(QStringLiteral("welcomePage"));
    int finished = 0;
    QObject::connect(page, &WelcomePage::retryFinished, [&] { ++finished; });

    // Every few minutes by itself, but only what is due: the first retry is a minute out, so nothing runs.
    page->setAutoRetryInterval(50);
    waitUntil([] { return false; }, 300);
    CHECK(finished == 0);
    CHECK(pending.find(upload->id)->attempts == 1);
    // Due now: tried by itself.
    {
        auto settings = AccountStore::openSettings(settingsFile);
        settings->setValue(QStringLiteral("pending/%1/nextRetry").arg(upload->id),
                           QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate));
        settings->sync();
    }
    REQUIRE(waitUntil([&] { return finished == 1; }, 60000));
    page->setAutoRetryInterval(WelcomePage::DefaultAutoRetryMs);
    CHECK(pending.find(upload->id)->attempts == 2); // the key came out of the keychain, the upload failed again
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("retryResultLabel"));
    CHECK(result->text().contains(QStringLiteral("home-nas")));

    // Retry now: all of them, due or not.
    retry->click();
    CHECK(page->isRetrying());
    CHECK_FALSE(retry->isEnabled());
    CHECK(result->text().contains(QStringLiteral("Trying")));
    REQUIRE(waitUntil([&] { return finished == 2; }, 60000));
    CHECK_FALSE(page->isRetrying());
    CHECK(retry->isEnabled());
    CHECK(result->text().contains(QStringLiteral("home-nas")));
    CHECK(result->text().contains(QStringLiteral("still waits")));
    const std::optional<PendingUpload> after = pending.find(upload->id);
    REQUIRE(after);
    CHECK(after->attempts == 3);
    CHECK(notice->isVisibleTo(&wizard));
    CHECK(notice->text().contains(QStringLiteral("home-nas")));

    QString error;
    CHECK(pending.remove(upload->id, &error));
    keychain->remove(SecretStore::accountPasswordKey(account.name));
}

TEST_CASE("Welcome: a waiting upload lands when its server is back, and the wizard's ledger notes it",
          "[wizard][welcome][accounts]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment servers;
    ApacheDav apache(servers.scratch().path(), servers.certificate());
    ScratchDir scratch;
    const QString settingsFile = scratch.file(QStringLiteral("config/keyhaven.conf"));
    const QString ledgerPath = scratch.file(QStringLiteral("data/ledger.json"));
    auto keychain = std::make_shared<KeychainSecretStore>();
    Account account;
    account.name = QStringLiteral("cloud");
    account.kind = AccountKind::WebDav;
    account.url = QUrl(apache.url());
    account.user = davUser;
    account.caBundle = servers.certificate().certificate;
    account.folder = QString(Account::DefaultFolder);
    saveWebDavAccount(settingsFile, *keychain, account, davPassword);
    // The upload of an earlier run could not finish; the server is up now.
    PendingUploads pending(*keychain, settingsFile);
    const RecoveryKey key = fileVaultKey();
    const PendingUpload upload = addPendingUpload(pending, account.name, key);

    WizardSession session(environmentWithoutDrives(keychain, settingsFile, ledgerPath));
    BackupWizard wizard(session);
    wizard.show();
    auto* page = wizard.findChild<WelcomePage*>(QStringLiteral("welcomePage"));
    auto* retry = wizard.findChild<QPushButton*>(QStringLiteral("retryNowPushButton"));
    REQUIRE(waitUntil([&] { return retry->isVisibleTo(&wizard); }));
    bool finished = false;
    QObject::connect(page, &WelcomePage::retryFinished, [&] { finished = true; });
    retry->click();
    REQUIRE(waitUntil([&] { return finished; }, 60000));

    CHECK_FALSE(pending.find(upload.id));
    CHECK(keychain->read(SecretStore::pendingKey(upload.id)).status == SecretStore::Result::Status::NotFound);
    const QList<LedgerEntry> entries = Ledger(ledgerPath).entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().keyId == key.id->toString());
    CHECK(entries.first().target == QStringLiteral("account"));
    CHECK_FALSE(wizard.findChild<QLabel*>(QStringLiteral("pendingNoticeLabel"))->isVisibleTo(&wizard));
    keychain->remove(SecretStore::accountPasswordKey(account.name));
}
