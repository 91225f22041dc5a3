// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up an account in the wizard, without a terminal: a WebDAV account against the real Apache over TLS on
// loopback and a Crypt Server account against the project's Crypt Server, "Test connection" passing and failing
// (wrong password, a certificate that is not trusted) with its plain message, saving (password into the real
// keychain of the test's D-Bus session), uploading with the saved account, and removing it.
#include "AccountServers.h"
#include "KeyTyping.h"
#include "WizardTestSupport.h"

#include "accounts/AccountStore.h"
#include "accounts/MachineIdentity.h"
#include "accounts/SecretStore.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

// From the targets page (with the account test key) to the account page, the account chosen as the only place.
void openAccountPage(WizardFixture& fixture)
{
    startAtTargets(fixture);
    auto* account = fixture.find<QCheckBox>(QStringLiteral("accountCheckBox"));
    REQUIRE(account->isEnabled()); // no account yet, and still a choice: it is set up on the next page
    CHECK_FALSE(account->isChecked());
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("accountReasonLabel"))->text().contains(QStringLiteral("keyhaven-cli")));
    setChecked(account, true);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
}

void type(WizardFixture& fixture, const QString& objectName, const QString& text)
{
    auto* edit = fixture.find<QLineEdit>(objectName);
    edit->clear();
    typeKeys(edit, text);
    REQUIRE(edit->text() == (edit->echoMode() == QLineEdit::Password ? edit->text() : text));
}

// Clicks "Test connection" and waits for its answer: the message and whether it is a success.
QString testConnection(WizardFixture& fixture)
{
    auto* test = fixture.find<QPushButton>(QStringLiteral("testConnectionPushButton"));
    auto* result = fixture.find<QLabel>(QStringLiteral("connectionResultLabel"));
    REQUIRE(test->isEnabled());
    test->click();
    REQUIRE(waitUntil([&] { return test->isEnabled(); }, 30000));
    return result->text();
}

void useCertificate(WizardFixture& fixture, const QString& caFile)
{
    setChecked(fixture.find<QCheckBox>(QStringLiteral("accountCertificatesCheckBox")), !caFile.isEmpty());
    type(fixture, QStringLiteral("accountCaLineEdit"), caFile);
}

bool isSettingUp(const WizardFixture& fixture)
{
    return fixture.find<QWidget>(QStringLiteral("accountSetupForm"))->isVisible();
}

} // namespace

TEST_CASE("Account page: a WebDAV account set up in the wizard, tested, saved, used and removed", "[wizard][account]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment;
    ApacheDav apache(environment.scratch().path(), environment.certificate());
    WizardFixture fixture;
    openAccountPage(fixture);

    // No account yet: the page opens on the set-up form, WebDAV first, with a name already there.
    REQUIRE(isSettingUp(fixture));
    CHECK(fixture.find<QRadioButton>(QStringLiteral("webDavRadioButton"))->isChecked());
    CHECK(fixture.find<QLineEdit>(QStringLiteral("accountNameLineEdit"))->text() == QStringLiteral("cloud"));
    CHECK(fixture.find<QLabel>(QStringLiteral("accountAddressHintLabel"))->text().contains(QStringLiteral("http://")));
    CHECK_FALSE(fixture.wizard->button(QWizard::NextButton)->isEnabled());

    type(fixture, QStringLiteral("accountUrlLineEdit"), apache.url());
    type(fixture, QStringLiteral("accountUserLineEdit"), davUser);
    type(fixture, QStringLiteral("accountPasswordLineEdit"), davPassword);

    // The server's certificate is one nobody trusts yet: the test fails and says so in plain words.
    const QString untrusted = testConnection(fixture);
    INFO(untrusted.toStdString());
    CHECK(untrusted.contains(QStringLiteral("certificate is not trusted")));
    CHECK(untrusted.contains(QStringLiteral("nothing was sent")));

    // With the certificate authority file the administrator would give: signed in, the folder comes with the
    // first backup.
    useCertificate(fixture, environment.certificate().certificate);
    const QString passed = testConnection(fixture);
    INFO(passed.toStdString());
    CHECK(passed.startsWith(QStringLiteral("Signed in to %1 as %2.").arg(apache.url(), davUser)));
    CHECK(passed.contains(QStringLiteral("“Keyhaven” is not there yet")));

    // A wrong password: refused, and the message says which.
    type(fixture, QStringLiteral("accountPasswordLineEdit"), QStringLiteral("not-the-password"));
    const QString refused = testConnection(fixture);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("refused the user name or password")));
    CHECK_FALSE(refused.contains(QStringLiteral("not-the-password")));

    // A plain http:// address elsewhere than this computer is refused before anything is sent.
    type(fixture, QStringLiteral("accountUrlLineEdit"), QStringLiteral("http://cloud.example.org/dav/"));
    CHECK(testConnection(fixture).contains(QStringLiteral("only for this computer")));
    type(fixture, QStringLiteral("accountUrlLineEdit"), apache.url());

    // Saved with the right password: into the keychain, the account into the settings, and chosen.
    type(fixture, QStringLiteral("accountPasswordLineEdit"), davPassword);
    fixture.find<QPushButton>(QStringLiteral("saveAccountPushButton"))->click();
    REQUIRE_FALSE(isSettingUp(fixture));
    CHECK(fixture.find<QLineEdit>(QStringLiteral("accountPasswordLineEdit"))->text().isEmpty());
    const std::optional<Account> saved = AccountStore(fixture.settingsFile()).find(QStringLiteral("cloud"));
    REQUIRE(saved);
    CHECK(saved->kind == AccountKind::WebDav);
    CHECK(saved->url == QUrl(apache.url()));
    CHECK(saved->user == davUser);
    CHECK(saved->caBundle == environment.certificate().certificate);
    CHECK(saved->folder == QStringLiteral("Keyhaven"));
    const SecretStore::Result stored
        = fixture.session->environment().secrets->read(SecretStore::accountPasswordKey(QStringLiteral("cloud")));
    REQUIRE(stored.ok());
    CHECK(stored.secret == SecureBytes::fromUtf8(davPassword));
    QFile settings(fixture.settingsFile());
    REQUIRE(settings.open(QIODevice::ReadOnly));
    CHECK_FALSE(settings.readAll().contains(davPassword.toUtf8()));
    CHECK(fixture.find<QComboBox>(QStringLiteral("accountComboBox"))->currentText() == QStringLiteral("cloud"));
    CHECK(fixture.session->accountName == QStringLiteral("cloud"));

    // Changing it keeps the stored password when none is typed: the test still signs in.
    fixture.find<QPushButton>(QStringLiteral("editAccountPushButton"))->click();
    REQUIRE(isSettingUp(fixture));
    CHECK(fixture.find<QLineEdit>(QStringLiteral("accountNameLineEdit"))->isReadOnly());
    CHECK(testConnection(fixture).startsWith(QStringLiteral("Signed in")));
    fixture.find<QPushButton>(QStringLiteral("cancelAccountPushButton"))->click();
    REQUIRE_FALSE(isSettingUp(fixture));

    // The account works: the key goes up to the real server and is read back.
    fixture.next();
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 1);
    const BackupResult& upload = fixture.session->results.first();
    INFO(upload.message.toStdString());
    CHECK(upload.status == BackupResult::Status::Saved);
    CHECK(QFile::exists(apache.davFolder() + QStringLiteral("/Keyhaven")));

    // Removed from the account page: gone from the settings and from the keychain.
    fixture.wizard->back(); // the run page to the account page
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
    fixture.find<QPushButton>(QStringLiteral("removeAccountPushButton"))->click();
    auto* confirm = fixture.find<QPushButton>(QStringLiteral("confirmRemovePushButton"));
    REQUIRE(confirm->isVisible());
    confirm->click();
    CHECK_FALSE(AccountStore(fixture.settingsFile()).find(QStringLiteral("cloud")));
    CHECK(fixture.session->environment().secrets->read(SecretStore::accountPasswordKey(QStringLiteral("cloud"))).status
          == SecretStore::Result::Status::NotFound);
    CHECK(isSettingUp(fixture)); // no account left: back to setting one up
}

TEST_CASE("Account page: a Crypt Server account set up in the wizard against the test Crypt Server",
          "[wizard][account]")
{
    REQUIRE(haveSessionBus());
    AccountEnvironment environment;
    // This computer's serial number, as the Crypt Server files keys by it.
    const QString serialFile = environment.scratch().file(QStringLiteral("serial"));
    {
        QFile serial(serialFile);
        REQUIRE(serial.open(QIODevice::WriteOnly));
        serial.write("C02WIZARD123\n");
    }
    MachineIdentity::setHardwareSerialFile(serialFile); // AccountEnvironment restores it
    CryptTestServer server(environment.scratch().path(), environment.certificate(), CryptTestServer::Options {});
    WizardFixture fixture;
    openAccountPage(fixture);
    REQUIRE(isSettingUp(fixture));

    fixture.find<QRadioButton>(QStringLiteral("cryptServerRadioButton"))->click();
    CHECK(fixture.find<QLineEdit>(QStringLiteral("accountNameLineEdit"))->text() == QStringLiteral("work"));
    CHECK_FALSE(fixture.find<QLineEdit>(QStringLiteral("accountFolderLineEdit"))->isVisible());
    type(fixture, QStringLiteral("accountUrlLineEdit"), server.url());

    // Not trusted yet: fails, plainly.
    const QString untrusted = testConnection(fixture);
    INFO(untrusted.toStdString());
    CHECK(untrusted.contains(QStringLiteral("certificate is not trusted")));

    // A wrong address on the right server: no check-in there.
    useCertificate(fixture, environment.certificate().certificate);
    type(fixture, QStringLiteral("accountUrlLineEdit"), server.url() + QStringLiteral("nothing-here/"));
    CHECK(testConnection(fixture).contains(QStringLiteral("has no Crypt Server check-in there")));

    // The right one: reached, and it holds no key for this computer yet.
    type(fixture, QStringLiteral("accountUrlLineEdit"), server.url());
    const QString passed = testConnection(fixture);
    INFO(passed.toStdString());
    CHECK(passed == QStringLiteral("Reached the Crypt Server at %1. It has no key for this computer (C02WIZARD123) yet.")
                        .arg(server.url()));

    fixture.find<QPushButton>(QStringLiteral("saveAccountPushButton"))->click();
    REQUIRE_FALSE(isSettingUp(fixture));
    const std::optional<Account> saved = AccountStore(fixture.settingsFile()).find(QStringLiteral("work"));
    REQUIRE(saved);
    CHECK(saved->kind == AccountKind::CryptServer);
    CHECK(saved->folder.isEmpty());
    CHECK(fixture.find<QLabel>(QStringLiteral("accountDetailsLabel"))->text().contains(QStringLiteral("Crypt Server")));

    // Checked in with it; afterwards the test says the server holds a key for this computer.
    fixture.next();
    waitForRun(fixture);
    REQUIRE(fixture.session->results.size() == 1);
    INFO(fixture.session->results.first().message.toStdString());
    CHECK(fixture.session->results.first().status == BackupResult::Status::Saved);
    fixture.wizard->back(); // the run page to the account page
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
    fixture.find<QPushButton>(QStringLiteral("editAccountPushButton"))->click();
    CHECK(testConnection(fixture).contains(QStringLiteral("It already has this computer (C02WIZARD123) on record")));
}
