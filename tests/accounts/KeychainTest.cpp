// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords live in a real Secret Service (gnome-keyring in this test's own D-Bus session), never on disk.
#include "AccountServers.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "support/catch.h"

#include <QFile>
#include <QJsonArray>

using namespace keyhaven;

namespace {

QString settingsFile(const test::AccountEnvironment& environment)
{
    return environment.configDir() + QStringLiteral("/Keyhaven/keyhaven.conf");
}

const QStringList webDavOptions { QStringLiteral("--kind"), QStringLiteral("webdav"),
                                  QStringLiteral("--url"),  QStringLiteral("https://127.0.0.1:9/dav/"),
                                  QStringLiteral("--user"), test::davUser };

// Runs the CLI in a D-Bus session that has no Secret Service (no service can be started on it).
test::ProcessResult runWithoutSecretService(const test::AccountEnvironment& environment, const QStringList& arguments,
                                            const QByteArray& input)
{
    const QString config = environment.scratch().write(
        QStringLiteral("bus.conf"),
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
        "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
        "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
        "<allow own=\"*\"/></policy></busconfig>\n");
    return test::run(QStringLiteral("dbus-run-session"),
                     QStringList { QStringLiteral("--config-file=") + config, QStringLiteral("--"), test::cliPath() }
                         + arguments,
                     input, 60);
}

} // namespace

TEST_CASE("The system keychain stores, finds and removes secrets", "[accounts][keychain]")
{
    REQUIRE(test::haveSessionBus());
    KeychainSecretStore keychain;
    const QString key = SecretStore::accountPasswordKey(QStringLiteral("unit"));
    CHECK(keychain.read(key).status == SecretStore::Result::Status::NotFound);
    const SecretStore::Result written = keychain.write(key, SecureBytes::fromUtf8(u"päss wörd"));
    INFO(written.error.toStdString());
    REQUIRE(written.ok());
    const SecretStore::Result read = keychain.read(key);
    REQUIRE(read.ok());
    CHECK(read.secret == SecureBytes::fromUtf8(u"päss wörd"));
    CHECK(keychain.remove(key).ok());
    CHECK(keychain.read(key).status == SecretStore::Result::Status::NotFound);
    CHECK(keychain.remove(key).ok()); // absent is fine
}

TEST_CASE("account add puts the password in the Secret Service and nowhere on disk", "[accounts][keychain][cli]")
{
    REQUIRE(test::haveSessionBus());
    test::AccountEnvironment environment;
    const test::ProcessResult added = environment.addAccount(QStringLiteral("home"), webDavOptions, test::davPassword);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK_FALSE(added.outText().contains(test::davPassword));

    const test::ProcessResult listed
        = test::runCli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray accounts = listed.json().object().value(QStringLiteral("accounts")).toArray();
    REQUIRE(accounts.size() == 1);
    const QJsonObject home = accounts.first().toObject();
    CHECK(home.value(QStringLiteral("name")).toString() == QStringLiteral("home"));
    CHECK(home.value(QStringLiteral("kind")).toString() == QStringLiteral("webdav"));
    CHECK(home.value(QStringLiteral("folder")).toString() == QStringLiteral("Keyhaven"));
    CHECK(home.value(QStringLiteral("password")).toString() == QStringLiteral("stored"));
    CHECK_FALSE(listed.outText().contains(test::davPassword));

    // Read back from the Secret Service itself.
    const SecretStore::Result stored
        = KeychainSecretStore().read(SecretStore::accountPasswordKey(QStringLiteral("home")));
    REQUIRE(stored.ok());
    CHECK(stored.secret == SecureBytes::fromUtf8(test::davPassword));

    // The settings are where the search looks, and hold no password; nor does anything else.
    REQUIRE(QFile::exists(settingsFile(environment)));
    CHECK(test::AccountEnvironment::filesHolding(environment.configDir(), QStringLiteral("127.0.0.1:9")).size() == 1);
    CHECK(test::AccountEnvironment::filesHolding(environment.configDir(), test::davPassword).isEmpty());
    CHECK(test::AccountEnvironment::filesHolding(environment.dataDir(), test::davPassword).isEmpty());
    REQUIRE_FALSE(environment.keyringDir().isEmpty());
    CHECK(test::AccountEnvironment::filesHolding(environment.keyringDir(), test::davPassword).isEmpty());

    const test::ProcessResult removed
        = test::runCli({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("home") });
    CHECK(removed.exitCode == 0);
    CHECK(KeychainSecretStore().read(SecretStore::accountPasswordKey(QStringLiteral("home"))).status
          == SecretStore::Result::Status::NotFound);
    CHECK(AccountStore(settingsFile(environment)).accounts().isEmpty());
    CHECK(test::runCli({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("home") }).exitCode == 1);
}

TEST_CASE("account add refuses bad input before touching the keychain", "[accounts][cli]")
{
    test::AccountEnvironment environment;
    const auto add = [&](const QStringList& options) {
        return environment.addAccount(QStringLiteral("x"), options, test::davPassword);
    };
    const test::ProcessResult plainHttp
        = add({ QStringLiteral("--kind"), QStringLiteral("webdav"), QStringLiteral("--url"),
                QStringLiteral("http://cloud.example.org/"), QStringLiteral("--user"), QStringLiteral("a") });
    CHECK(plainHttp.exitCode == 2);
    CHECK(plainHttp.errText().contains(QStringLiteral("https://")));
    const test::ProcessResult noKind = add({ QStringLiteral("--url"), QStringLiteral("https://a.example/") });
    CHECK(noKind.exitCode == 2);
    const test::ProcessResult badCa = add({ QStringLiteral("--kind"), QStringLiteral("crypt"), QStringLiteral("--url"),
                                            QStringLiteral("https://a.example/"), QStringLiteral("--ca"),
                                            environment.scratch().write(QStringLiteral("x.pem"), "not a cert") });
    CHECK(badCa.exitCode == 2);
    CHECK(badCa.errText().contains(QStringLiteral("x.pem")));
    CHECK(AccountStore(settingsFile(environment)).accounts().isEmpty());
}

TEST_CASE("Without a keychain nothing is stored and the message says why", "[accounts][keychain][failure]")
{
    test::AccountEnvironment environment;
    const QStringList add
        = QStringList { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("home") } + webDavOptions;
    const test::ProcessResult noService = runWithoutSecretService(environment, add, test::davPassword.toUtf8());
    INFO(noService.errText().toStdString());
    CHECK(noService.exitCode == 3);
    CHECK(noService.errText().contains(QStringLiteral("keychain")));
    CHECK(noService.errText().contains(QStringLiteral("was not saved, and nothing was changed")));
    CHECK(AccountStore(settingsFile(environment)).accounts().isEmpty());

    // An account whose password cannot be read: the upload fails, says so, and reports no success.
    Account account;
    account.name = QStringLiteral("home");
    account.url = QUrl(QStringLiteral("https://127.0.0.1:9/dav/"));
    account.user = test::davUser;
    REQUIRE(AccountStore(settingsFile(environment)).save(account));
    const test::ProcessResult upload
        = runWithoutSecretService(environment,
                                  { QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--to"),
                                    QStringLiteral("account:home"), QStringLiteral("--id"), test::accountKeyId },
                                  test::accountKey.toUtf8());
    CHECK(upload.exitCode == 3);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("keychain")));
    CHECK_FALSE(upload.outText().contains(test::accountKey));
    CHECK_FALSE(upload.errText().contains(test::accountKey));
}
