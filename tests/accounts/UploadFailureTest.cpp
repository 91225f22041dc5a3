// SPDX-License-Identifier: GPL-3.0-or-later
// Every way an upload can fail gives a clear message and never reports success.
#include "AccountServers.h"

#include "support/catch.h"

#include <QJsonArray>

using namespace keyhaven;

namespace {

struct Expected
{
    QString status; // "failed" or "pending"
    QString mentions; // a word the message must hold
};

// Adds an account of `kind` for the server (with `path` after its address) and backs the key up to it.
void expectFailure(test::AccountEnvironment& environment, const QString& url, const QString& kind,
                   const Expected& expected)
{
    const test::ProcessResult added = environment.addAccount(
        QStringLiteral("broken"),
        { QStringLiteral("--kind"), kind, QStringLiteral("--url"), url, QStringLiteral("--user"), test::davUser,
          QStringLiteral("--ca"), environment.certificate().certificate },
        test::davPassword);
    REQUIRE(added.exitCode == 0);

    const test::ProcessResult upload = environment.backup(QStringLiteral("broken"));
    INFO(upload.outText().toStdString() << upload.errText().toStdString());
    CHECK(upload.exitCode == 3);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == expected.status);
    const QString message = result.value(QStringLiteral("message")).toString();
    CHECK(message.contains(expected.mentions));
    CHECK_FALSE(upload.outText().contains(test::accountKey));
    CHECK_FALSE(upload.errText().contains(test::accountKey));
    CHECK_FALSE(upload.outText().contains(test::davPassword));

    const QJsonArray pending = test::runCli({ QStringLiteral("pending"), QStringLiteral("--json") })
                                   .json()
                                   .object()
                                   .value(QStringLiteral("pending"))
                                   .toArray();
    CHECK(pending.size() == (expected.status == QLatin1String("pending") ? 1 : 0));
    // The waiting key is in the keychain, not in a file.
    CHECK(test::AccountEnvironment::filesHolding(environment.scratch().path(), test::accountKey).isEmpty());
}

void expectStatus(int status, const QString& kind, const Expected& expected)
{
    test::AccountEnvironment environment(1500);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .status = status });
    expectFailure(environment, server.url(), kind, expected);
}

} // namespace

TEST_CASE("Failure: 404 from a Crypt Server at the wrong address", "[accounts][failure]")
{
    test::AccountEnvironment environment(1500);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), {});
    expectFailure(environment, server.url() + QStringLiteral("wrong/"), QStringLiteral("crypt"),
                  { QStringLiteral("failed"), QStringLiteral("404") });
}

TEST_CASE("Failure: 409 Conflict from a WebDAV server", "[accounts][failure]")
{
    expectStatus(409, QStringLiteral("webdav"), { QStringLiteral("failed"), QStringLiteral("409") });
}

TEST_CASE("Failure: 500 with an empty body from a Crypt Server stays pending", "[accounts][failure]")
{
    expectStatus(500, QStringLiteral("crypt"), { QStringLiteral("pending"), QStringLiteral("500") });
}

TEST_CASE("Failure: 507 Insufficient Storage from a WebDAV server stays pending", "[accounts][failure]")
{
    expectStatus(507, QStringLiteral("webdav"), { QStringLiteral("pending"), QStringLiteral("no room") });
}

TEST_CASE("Failure: 401 and 403 from a Crypt Server behind a proxy", "[accounts][failure]")
{
    expectStatus(401, QStringLiteral("crypt"), { QStringLiteral("failed"), QStringLiteral("401") });
    expectStatus(403, QStringLiteral("crypt"), { QStringLiteral("failed"), QStringLiteral("403") });
}

TEST_CASE("Failure: a server that never answers times out and stays pending", "[accounts][failure]")
{
    test::AccountEnvironment environment(1500);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .silent = true });
    expectFailure(environment, server.url(), QStringLiteral("webdav"),
                  { QStringLiteral("pending"), QStringLiteral("did not answer") });
}

TEST_CASE("Failure: a connection reset stays pending", "[accounts][failure]")
{
    test::AccountEnvironment environment(1500);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .reset = true });
    expectFailure(environment, server.url(), QStringLiteral("crypt"),
                  { QStringLiteral("pending"), QStringLiteral("cut off") });
}

TEST_CASE("Failure: an untrusted certificate stops a Crypt Server upload", "[accounts][failure][tls]")
{
    test::AccountEnvironment environment(1500);
    const test::ThrowAwayCertificate stranger(environment.scratch().path(), QStringLiteral("stranger"));
    test::CryptTestServer server(environment.scratch().path(), stranger, {});
    expectFailure(environment, server.url(), QStringLiteral("crypt"),
                  { QStringLiteral("failed"), QStringLiteral("certificate") });
    CHECK(server.state()[QStringLiteral("requests")].toArray().isEmpty());
}

TEST_CASE("Failure: a redirect to plain HTTP is refused", "[accounts][failure][tls]")
{
    test::AccountEnvironment environment(1500);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(),
                                 { .redirect = QStringLiteral("http://keys.example.org") });
    expectFailure(environment, server.url(), QStringLiteral("webdav"),
                  { QStringLiteral("failed"), QStringLiteral("http://") });
}
