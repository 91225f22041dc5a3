// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile servers on loopback (issue 15): redirects elsewhere, endless 412s, a drip, a cut, a liar. Nothing
// leaks, nothing loops, and the result says what really happened.
#include "AccountServers.h"

#include "support/catch.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace keyhaven;

namespace {

void addAccount(test::AccountEnvironment& environment, const QString& kind, const QString& url)
{
    QStringList options { QStringLiteral("--kind"), kind, QStringLiteral("--url"), url, QStringLiteral("--ca"),
                          environment.certificate().certificate };
    if (kind == QLatin1String("webdav"))
        options << QStringLiteral("--user") << test::davUser;
    const test::ProcessResult added = environment.addAccount(QStringLiteral("hostile"), options, test::davPassword);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
}

QJsonArray requestsOf(const test::CryptTestServer& server)
{
    return server.state()[QStringLiteral("requests")].toArray();
}

qsizetype countOf(const QJsonArray& requests, const QString& method)
{
    return std::count_if(requests.begin(), requests.end(), [&](const QJsonValue& request) {
        return request[QStringLiteral("method")].toString() == method;
    });
}

QJsonArray pendingList()
{
    return test::runCli({ QStringLiteral("pending"), QStringLiteral("--json") })
        .json()
        .object()
        .value(QStringLiteral("pending"))
        .toArray();
}

} // namespace

TEST_CASE("Hostile: a 307 from a loopback http:// account to a non-loopback http:// address sends nothing there",
          "[accounts][hostile][redirect]")
{
    test::AccountEnvironment environment(5000);
    test::CryptTestServer target(environment.scratch().path(), environment.certificate(), { .tls = false });
    // 0.0.0.0 reaches this computer on Linux, but is not a loopback address by Keyhaven's rule.
    test::CryptTestServer redirector(
        environment.scratch().path(), environment.certificate(),
        { .tls = false, .redirect = QStringLiteral("http://0.0.0.0:%1").arg(target.port()), .redirectStatus = 307,
          .redirectMethod = QStringLiteral("POST") });
    addAccount(environment, QStringLiteral("crypt"), redirector.url());

    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(upload.exitCode == 3);
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("0.0.0.0")));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("nothing was sent")));
    CHECK(requestsOf(target).isEmpty());
    // The redirector saw the question what it holds (GET) and the check-in (POST), which it redirected.
    const QJsonArray seen = requestsOf(redirector);
    REQUIRE(seen.size() == 2);
    CHECK(seen[1][QStringLiteral("method")].toString() == QStringLiteral("POST"));
    CHECK(seen[1][QStringLiteral("bodyLength")].toInt() > 0);
}

TEST_CASE("Hostile: a 307 to another HTTPS host gets neither the body nor the Authorization header",
          "[accounts][hostile][redirect]")
{
    test::AccountEnvironment environment(5000);
    test::CryptTestServer target(environment.scratch().path(), environment.certificate(), {});
    const QString elsewhere = QStringLiteral("https://localhost:%1").arg(target.port());
    test::CryptTestServer redirector(environment.scratch().path(), environment.certificate(),
                                     { .redirect = elsewhere, .redirectStatus = 307 });

    SECTION("a WebDAV upload (a password in every request)")
    {
        addAccount(environment, QStringLiteral("webdav"), redirector.url());
    }
    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("localhost")));
    CHECK(requestsOf(target).isEmpty());
    const QJsonArray seen = requestsOf(redirector);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0][QStringLiteral("authorization")].toString().startsWith(QStringLiteral("Basic ")));
    CHECK(pendingList().isEmpty());
}

TEST_CASE("Hostile: a 307 of the check-in to another HTTPS host gets neither the body nor the key",
          "[accounts][hostile][redirect]")
{
    test::AccountEnvironment environment(5000);
    test::CryptTestServer target(environment.scratch().path(), environment.certificate(), {});
    test::CryptTestServer redirector(environment.scratch().path(), environment.certificate(),
                                     { .redirect = QStringLiteral("https://localhost:%1").arg(target.port()),
                                       .redirectStatus = 307, .redirectMethod = QStringLiteral("POST") });
    addAccount(environment, QStringLiteral("crypt"), redirector.url());
    const QJsonObject result = test::AccountEnvironment::onlyResult(environment.backup(QStringLiteral("hostile")));
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("nothing was sent")));
    CHECK(requestsOf(target).isEmpty());
    CHECK(requestsOf(redirector).size() == 2);
    CHECK(target.state()[QStringLiteral("computers")].toObject().isEmpty());
}

TEST_CASE("Hostile: a redirect loop on the same server ends after a few requests", "[accounts][hostile][redirect]")
{
    test::AccountEnvironment environment(5000);
    // The server sends every request on to itself (same scheme, host and port: followed, the body sent again).
    const quint16 port = test::freePort();
    test::CryptTestServer self(environment.scratch().path(), environment.certificate(),
                               { .tls = false, .redirect = QStringLiteral("http://127.0.0.1:%1/again").arg(port),
                                 .redirectStatus = 308, .redirectMethod = QStringLiteral("POST"), .port = port });
    addAccount(environment, QStringLiteral("crypt"), self.url());
    const QJsonObject result = test::AccountEnvironment::onlyResult(environment.backup(QStringLiteral("hostile")));
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("redirected the request more than 5")));
    const QJsonArray requests = requestsOf(self);
    CHECK(requests.size() == 7); // the GET, then the check-in and its five redirects
    CHECK(requests.last()[QStringLiteral("path")].toString().startsWith(QStringLiteral("/again/again/")));
    CHECK(requests.last()[QStringLiteral("bodyLength")].toInt() > 0);
}

TEST_CASE("Hostile: a WebDAV server answering 412 to every PUT gets a handful of requests, then a clear failure",
          "[accounts][hostile][webdav]")
{
    test::AccountEnvironment environment(5000);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .put412 = true });
    addAccount(environment, QStringLiteral("webdav"), server.url());
    QElapsedTimer clock;
    clock.start();
    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(upload.exitCode == 3);
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("412")));
    const QJsonArray requests = requestsOf(server);
    CHECK(countOf(requests, QStringLiteral("PUT")) == 3);
    CHECK(requests.size() <= 10);
    CHECK(clock.elapsed() < 30000);
    CHECK(pendingList().isEmpty());
}

TEST_CASE("Hostile: a server dripping one byte a second is ended by the upload's deadline and stays pending",
          "[accounts][hostile][deadline]")
{
    test::AccountEnvironment environment(3000); // idle timeout: the drip never lets it fire
    environment.setVariable("KEYHAVEN_UPLOAD_DEADLINE_MS", QStringLiteral("6000"));
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .drip = true });
    addAccount(environment, QStringLiteral("crypt"), server.url());
    QElapsedTimer clock;
    clock.start();
    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const qint64 elapsed = clock.elapsed();
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("pending"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("did not finish within the 6 second")));
    CHECK(elapsed >= 5500);
    CHECK(elapsed < 20000);
    CHECK(pendingList().size() == 1);

    // The retry run has its own deadline too.
    environment.setVariable("KEYHAVEN_RETRY_DEADLINE_MS", QStringLiteral("4000"));
    clock.restart();
    const test::ProcessResult retry
        = test::runCli({ QStringLiteral("pending"), QStringLiteral("--retry"), QStringLiteral("--json") }, {}, 60);
    CHECK(clock.elapsed() < 15000);
    const QJsonArray results = retry.json().object()[QStringLiteral("results")].toArray();
    REQUIRE(results.size() == 1);
    CHECK(results[0][QStringLiteral("status")].toString() == QStringLiteral("pending"));
    CHECK(results[0][QStringLiteral("message")].toString().contains(QStringLiteral("within the 4 second")));
    CHECK(pendingList().size() == 1);
}

TEST_CASE("Hostile: a connection cut in the middle of the answer stays pending", "[accounts][hostile]")
{
    test::AccountEnvironment environment(5000);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .cut = true });
    addAccount(environment, QStringLiteral("crypt"), server.url());
    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    INFO(result[QStringLiteral("message")].toString().toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("pending"));
    CHECK(result[QStringLiteral("message")].toString().contains(QStringLiteral("cut off")));
    CHECK(pendingList().size() == 1);
    CHECK_FALSE(test::pendingKeychainEntries().isEmpty()); // the waiting key is in the keychain
}

TEST_CASE("Hostile: a Crypt Server whose /verify/ always says escrowed is not called confirmed",
          "[accounts][hostile][crypt]")
{
    test::AccountEnvironment environment(5000);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .lie = true });
    addAccount(environment, QStringLiteral("crypt"), server.url());

    SECTION("a BitLocker key: the server can only say it has a key with this ID")
    {
        const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
        const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
        const QString message = result[QStringLiteral("message")].toString();
        INFO(message.toStdString());
        CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("already-saved"));
        CHECK_FALSE(message.contains(QStringLiteral("confirmed")));
        CHECK(message.contains(QStringLiteral("cannot show")));
        CHECK(message.contains(QStringLiteral("2021-03-04")));
    }
    SECTION("a FileVault key: the server can only say it has a key for this computer")
    {
        const test::ProcessResult upload = test::runCli(
            { QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--to"),
              QStringLiteral("account:hostile"), QStringLiteral("--id"),
              QStringLiteral("7A1C3E55-2B4D-4F60-8E71-92A3B4C5D6E7") },
            "7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL\n", 60);
        const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
        const QString message = result[QStringLiteral("message")].toString();
        INFO(message.toStdString() << upload.errText().toStdString());
        CHECK(upload.exitCode == 3);
        CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
        CHECK(message.contains(QStringLiteral("Not confirmed")));
        CHECK(message.contains(QStringLiteral("has a key of this kind")));
    }
}

TEST_CASE("Hostile: a serial with “/” is percent-encoded, and the result says why it cannot be confirmed",
          "[accounts][hostile][crypt]")
{
    test::AccountEnvironment environment(5000);
    environment.scratch().write(QStringLiteral("no-hardware-serial"), "C02/X1 Y2\n");
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), {});
    addAccount(environment, QStringLiteral("crypt"), server.url());
    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    const QString message = result[QStringLiteral("message")].toString();
    INFO(message.toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(message.contains(QStringLiteral("“/”")));
    CHECK(message.contains(QStringLiteral("C02/X1 Y2")));
    // The check-in landed under the real serial; the verify path carried it encoded, as one segment.
    CHECK(server.state()[QStringLiteral("computers")].toObject().contains(QStringLiteral("C02/X1 Y2")));
    const QJsonArray requests = requestsOf(server);
    REQUIRE(requests.size() == 3);
    CHECK(requests[2][QStringLiteral("path")].toString().startsWith(QStringLiteral("/verify/C02%2FX1%20Y2/bitlocker%3A")));
}

TEST_CASE("Hostile: rotation_required set on another key of the computer is not reported for this one",
          "[accounts][hostile][crypt]")
{
    test::AccountEnvironment environment(5000);
    environment.scratch().write(QStringLiteral("no-hardware-serial"), "PF3KX7Q2\n");
    // The computer's FileVault key was viewed by an administrator (rotation set on it).
    const QString preload = environment.scratch().write(
        QStringLiteral("preload.json"),
        R"({"computers": {"PF3KX7Q2": {"serial": "PF3KX7Q2", "username": "u", "macname": "m", "secrets": [
            {"type": "recovery_key", "secret": "7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL", "rotation_required": true,
             "date": "2024-01-02T03:04:05.678Z"}]}}})");
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .preload = preload });
    addAccount(environment, QStringLiteral("crypt"), server.url());

    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    const QString message = result[QStringLiteral("message")].toString();
    INFO(message.toStdString());
    CHECK(upload.exitCode == 0);
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("saved"));
    CHECK(message.contains(QStringLiteral("confirmed")));
    CHECK_FALSE(message.contains(QStringLiteral("rotation")));
    // The BitLocker key was kept apart from the FileVault one, under a type that names its key ID.
    const QJsonArray secrets = server.state()[QStringLiteral("computers")][QStringLiteral("PF3KX7Q2")]
                                            [QStringLiteral("secrets")]
                                                .toArray();
    REQUIRE(secrets.size() == 2);
    CHECK(secrets[1][QStringLiteral("type")].toString() == QStringLiteral("bitlocker:") + test::accountKeyId);
}

TEST_CASE("Hostile: rotation_required set on this very key is reported", "[accounts][hostile][crypt]")
{
    test::AccountEnvironment environment(5000);
    environment.scratch().write(QStringLiteral("no-hardware-serial"), "PF3KX7Q2\n");
    const QString preload = environment.scratch().write(
        QStringLiteral("preload.json"),
        QStringLiteral(R"({"computers": {"PF3KX7Q2": {"serial": "PF3KX7Q2", "username": "u", "macname": "m",
            "secrets": [{"type": "bitlocker:%1", "secret": "%2", "rotation_required": true,
                         "date": "2024-01-02T03:04:05.678Z"}]}}})")
            .arg(test::accountKeyId, test::accountKey)
            .toUtf8());
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .preload = preload });
    addAccount(environment, QStringLiteral("crypt"), server.url());
    const test::ProcessResult upload = environment.backup(QStringLiteral("hostile"));
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    const QString message = result[QStringLiteral("message")].toString();
    INFO(message.toStdString());
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("already-saved"));
    CHECK(message.contains(QStringLiteral("rotation required")));
    CHECK(server.state()[QStringLiteral("computers")][QStringLiteral("PF3KX7Q2")][QStringLiteral("secrets")]
              .toArray()
              .size()
          == 1);
}
