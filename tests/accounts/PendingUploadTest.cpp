// SPDX-License-Identifier: GPL-3.0-or-later
// An upload that could not finish waits in the keychain, survives the command, and lands on retry.
#include "AccountServers.h"

#include "accounts/KeychainSecretStore.h"
#include "support/catch.h"

#include <QFile>
#include <QJsonArray>

using namespace keyhaven;

namespace {

QJsonArray pendingList()
{
    const test::ProcessResult listed = test::runCli({ QStringLiteral("pending"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    return listed.json().object().value(QStringLiteral("pending")).toArray();
}

} // namespace

TEST_CASE("A key for a server that is down waits in the keychain and lands with pending --retry",
          "[accounts][pending][crypt]")
{
    REQUIRE(test::haveSessionBus());
    test::AccountEnvironment environment(1500);
    const quint16 port = test::freePort(); // nothing listens there yet
    const test::ProcessResult added
        = environment.addAccount(QStringLiteral("work"),
                                 { QStringLiteral("--kind"), QStringLiteral("crypt"), QStringLiteral("--url"),
                                   QStringLiteral("https://127.0.0.1:%1/").arg(port), QStringLiteral("--ca"),
                                   environment.certificate().certificate },
                                 QString());
    REQUIRE(added.exitCode == 0);

    const test::ProcessResult down = environment.backup(QStringLiteral("work"));
    CHECK(down.exitCode == 3);
    const QJsonObject result = test::AccountEnvironment::onlyResult(down);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("pending --retry")));

    // After the command has exited: listed, with the key in the keychain and in no file.
    QJsonArray pending = pendingList();
    REQUIRE(pending.size() == 1);
    const QJsonObject entry = pending.first().toObject();
    const QString id = entry.value(QStringLiteral("id")).toString();
    CHECK(entry.value(QStringLiteral("account")).toString() == QStringLiteral("work"));
    CHECK(entry.value(QStringLiteral("keyId")).toString() == test::accountKeyId);
    CHECK(entry.value(QStringLiteral("attempts")).toInt() == 1);
    CHECK(entry.value(QStringLiteral("lastProblem")).toString().contains(QStringLiteral("reach")));
    const SecretStore::Result waiting = KeychainSecretStore().read(SecretStore::pendingKey(id));
    REQUIRE(waiting.ok());
    CHECK(waiting.secret == SecureBytes::fromUtf8(test::accountKey));
    CHECK(test::AccountEnvironment::filesHolding(environment.configDir(), test::accountKey).isEmpty());
    CHECK(test::AccountEnvironment::filesHolding(environment.dataDir(), test::accountKey).isEmpty());
    CHECK(test::AccountEnvironment::filesHolding(environment.configDir(), test::accountKeyId).size() == 1);

    // The next start says so.
    const test::ProcessResult start = test::runCli({ QStringLiteral("account"), QStringLiteral("list") });
    CHECK(start.errText().contains(QStringLiteral("pending --retry")));

    // Still down: it stays, with one more try counted and the next one later.
    const test::ProcessResult stillDown = test::runCli({ QStringLiteral("pending"), QStringLiteral("--retry") });
    CHECK(stillDown.exitCode == 3);
    pending = pendingList();
    REQUIRE(pending.size() == 1);
    CHECK(pending.first()[QStringLiteral("attempts")].toInt() == 2);
    CHECK(QDateTime::fromString(pending.first()[QStringLiteral("nextRetry")].toString(), Qt::ISODate)
          > QDateTime::fromString(entry.value(QStringLiteral("nextRetry")).toString(), Qt::ISODate));

    // The server is back.
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .port = port });
    const test::ProcessResult retried
        = test::runCli({ QStringLiteral("pending"), QStringLiteral("--retry"), QStringLiteral("--json") });
    INFO(retried.outText().toStdString() << retried.errText().toStdString());
    CHECK(retried.exitCode == 0);
    const QJsonArray results = retried.json().object().value(QStringLiteral("results")).toArray();
    REQUIRE(results.size() == 1);
    CHECK(results.first()[QStringLiteral("status")].toString() == QStringLiteral("saved"));
    CHECK(retried.json().object().value(QStringLiteral("pending")).toArray().isEmpty());

    CHECK(server
              .state()[QStringLiteral("computers")][test::accountKeyId][QStringLiteral("secrets")][0]
                      [QStringLiteral("secret")]
              .toString()
          == test::accountKey);
    CHECK(pendingList().isEmpty());
    CHECK(KeychainSecretStore().read(SecretStore::pendingKey(id)).status == SecretStore::Result::Status::NotFound);
    CHECK(test::AccountEnvironment::filesHolding(environment.configDir(), test::accountKeyId).isEmpty());
    QFile ledger(environment.dataDir() + QStringLiteral("/ledger.json"));
    REQUIRE(ledger.open(QIODevice::ReadOnly));
    CHECK(ledger.readAll().contains(test::accountKeyId.toUtf8()));
}
