// SPDX-License-Identifier: GPL-3.0-or-later
// backup --to account:NAME against the project's loopback Crypt Server (crypt_server.py) over HTTPS.
#include "AccountServers.h"

#include "accounts/MachineIdentity.h"
#include "support/catch.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace keyhaven;

namespace {

void addCryptAccount(test::AccountEnvironment& environment, const test::CryptTestServer& server,
                     const QStringList& extra = {})
{
    const test::ProcessResult added = environment.addAccount(
        QStringLiteral("work"),
        QStringList { QStringLiteral("--kind"), QStringLiteral("crypt"), QStringLiteral("--url"), server.url(),
                      QStringLiteral("--ca"), environment.certificate().certificate }
            + extra,
        QString());
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

// One plain-HTTP request to the test server, to check the server itself.
Answer request(const QString& url, const QByteArray& method, const QByteArray& body = {},
               const QByteArray& contentType = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request { QUrl(url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    delete reply;
    return answer;
}

} // namespace

TEST_CASE("Crypt Server: the key is checked in under its own type and confirmed", "[accounts][crypt]")
{
    test::AccountEnvironment environment;
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), {});
    addCryptAccount(environment, server);

    const test::ProcessResult upload = environment.backup(QStringLiteral("work"));
    INFO(upload.errText().toStdString());
    CHECK(upload.exitCode == 0);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("saved"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("confirmed it stored")));
    CHECK_FALSE(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("rotation")));
    CHECK(result.value(QStringLiteral("checks")).toArray().first().toString().contains(QStringLiteral("escrowed")));
    CHECK_FALSE(upload.outText().contains(test::accountKey));

    // No readable hardware serial here and no volume GUID given: the key ID names the computer.
    const QJsonObject computers = server.state().value(QStringLiteral("computers")).toObject();
    REQUIRE(computers.contains(test::accountKeyId));
    const QJsonObject computer = computers.value(test::accountKeyId).toObject();
    CHECK(computer.value(QStringLiteral("username")).toString() == MachineIdentity::userName());
    CHECK(computer.value(QStringLiteral("macname")).toString() == MachineIdentity::computerName());
    const QJsonArray secrets = computer.value(QStringLiteral("secrets")).toArray();
    REQUIRE(secrets.size() == 1);
    CHECK(secrets.first()[QStringLiteral("type")].toString() == QStringLiteral("bitlocker:") + test::accountKeyId);
    CHECK(secrets.first()[QStringLiteral("secret")].toString() == test::accountKey);

    // What it held before, the check-in, what it holds after.
    const QJsonArray requests = server.state().value(QStringLiteral("requests")).toArray();
    REQUIRE(requests.size() == 3);
    const QString verifyPath = QStringLiteral("/verify/%1/bitlocker%3A%1/").arg(test::accountKeyId);
    CHECK(requests[0][QStringLiteral("method")].toString() == QStringLiteral("GET"));
    CHECK(requests[0][QStringLiteral("path")].toString() == verifyPath);
    CHECK(requests[1][QStringLiteral("method")].toString() == QStringLiteral("POST"));
    CHECK(requests[1][QStringLiteral("path")].toString() == QStringLiteral("/checkin/"));
    CHECK(requests[1][QStringLiteral("contentType")].toString() == QStringLiteral("application/x-www-form-urlencoded"));
    CHECK(requests[2][QStringLiteral("path")].toString() == verifyPath);

    // The same secret again: the server stores nothing new, and Keyhaven says only what the server can show.
    const test::ProcessResult again = environment.backup(QStringLiteral("work"));
    CHECK(again.exitCode == 0);
    const QJsonObject second = test::AccountEnvironment::onlyResult(again);
    CHECK(second.value(QStringLiteral("status")).toString() == QStringLiteral("already-saved"));
    CHECK(second.value(QStringLiteral("message")).toString().contains(QStringLiteral("stored nothing new")));
    CHECK(server.state()[QStringLiteral("computers")][test::accountKeyId][QStringLiteral("secrets")].toArray().size()
          == 1);
}

TEST_CASE("Crypt Server: the hardware serial names the computer when it is real", "[accounts][crypt]")
{
    test::AccountEnvironment environment;
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), {});
    addCryptAccount(environment, server);
    environment.scratch().write(QStringLiteral("no-hardware-serial"), "PF3KX7Q2\n");
    REQUIRE(environment.backup(QStringLiteral("work")).exitCode == 0);
    CHECK(server.state()[QStringLiteral("computers")].toObject().contains(QStringLiteral("PF3KX7Q2")));

    environment.scratch().write(QStringLiteral("no-hardware-serial"), "To be filled by O.E.M.\n");
    REQUIRE(environment.backup(QStringLiteral("work")).exitCode == 0);
    CHECK(server.state()[QStringLiteral("computers")].toObject().contains(test::accountKeyId));
}

TEST_CASE("Crypt Server: the shipped keyhaven-cli ignores KEYHAVEN_HARDWARE_SERIAL_FILE", "[accounts][crypt]")
{
    test::AccountEnvironment environment; // runs keyhaven-cli-test, the only build that reads the variable
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), {});
    addCryptAccount(environment, server);
    environment.scratch().write(QStringLiteral("no-hardware-serial"), "HOOKED7Q2\n");
    environment.setVariable("KEYHAVEN_CLI", test::shippedCliPath());
    REQUIRE(environment.backup(QStringLiteral("work")).exitCode == 0);

    // This machine's own serial number when it has a real one, else the key ID; never the file's.
    const QString testFile = MachineIdentity::hardwareSerialFile();
    MachineIdentity::setHardwareSerialFile(QStringLiteral("/sys/class/dmi/id/product_serial"));
    const QString machine = MachineIdentity::hardwareSerial();
    MachineIdentity::setHardwareSerialFile(testFile);
    const QJsonObject computers = server.state()[QStringLiteral("computers")].toObject();
    INFO("machine serial: " << machine.toStdString());
    CHECK_FALSE(computers.contains(QStringLiteral("HOOKED7Q2")));
    CHECK(computers.keys() == QStringList { machine.isEmpty() ? test::accountKeyId : machine });
}

TEST_CASE("Crypt Server: a client certificate (mutual TLS) is sent when the account has one", "[accounts][crypt][tls]")
{
    test::AccountEnvironment environment;
    const test::ThrowAwayCertificate client(environment.scratch().path(), QStringLiteral("client"));
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(),
                                 { .clientCa = client.certificate });
    addCryptAccount(environment, server);
    const test::ProcessResult without = environment.backup(QStringLiteral("work"));
    CHECK(without.exitCode == 3);
    const QJsonObject refused = test::AccountEnvironment::onlyResult(without);
    INFO(refused[QStringLiteral("message")].toString().toStdString());
    CHECK(refused[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(refused[QStringLiteral("message")].toString().contains(
        QStringLiteral("add the client certificate's file to the account")));

    addCryptAccount(environment, server, { QStringLiteral("--client-cert"), client.pem });
    const test::ProcessResult with = environment.backup(QStringLiteral("work"));
    INFO(with.errText().toStdString());
    CHECK(with.exitCode == 0);
    CHECK(test::AccountEnvironment::onlyResult(with)[QStringLiteral("status")].toString() == QStringLiteral("saved"));
}

TEST_CASE("The loopback Crypt Server follows escrow.md", "[accounts][crypt][server]")
{
    test::AccountEnvironment environment;
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .tls = false });
    const QString base = server.url();
    const QByteArray form = "application/x-www-form-urlencoded";

    const Answer get = request(base + QStringLiteral("checkin/"), "GET");
    CHECK(get.status == 500);
    CHECK(get.body.isEmpty());
    const Answer json = request(base + QStringLiteral("checkin/"), "POST", R"({"serial":"A"})", "application/json");
    CHECK(json.status == 500);
    CHECK(json.body.isEmpty());
    const Answer missing = request(base + QStringLiteral("checkin/"), "POST", "serial=A&username=u", form);
    CHECK(missing.status == 500);
    CHECK(missing.body.isEmpty());
    const Answer noSlash
        = request(base + QStringLiteral("checkin"), "POST", "serial=A&username=u&recovery_password=k", form);
    CHECK(noSlash.status == 301);
    const Answer unknown = request(base + QStringLiteral("verify/A/recovery_key/"), "GET");
    CHECK(unknown.status == 404);
    CHECK(unknown.body.contains("<html")); // Django's error pages are HTML
    const Answer elsewhere = request(base + QStringLiteral("new/computer/"), "POST", "x=1", form);
    CHECK(elsewhere.status == 403);
    CHECK(elsewhere.body.contains("CSRF"));
    CHECK(request(base, "GET").status == 302); // to the log-in page

    const Answer first
        = request(base + QStringLiteral("checkin/"), "POST", "serial=A&username=u&recovery_password=k", form);
    CHECK(first.status == 200);
    const QJsonObject answer = QJsonDocument::fromJson(first.body).object();
    CHECK(answer[QStringLiteral("serial")].toString() == QStringLiteral("A"));
    CHECK(answer[QStringLiteral("username")].toString() == QStringLiteral("u"));
    CHECK(answer[QStringLiteral("rotation_required")].isBool());
    CHECK(request(base + QStringLiteral("checkin/"), "POST", "serial=A&username=u&recovery_password=k", form).body
          == first.body);
    CHECK(server.state()[QStringLiteral("computers")][QStringLiteral("A")][QStringLiteral("secrets")].toArray().size()
          == 1);
    CHECK(server.state()[QStringLiteral("computers")][QStringLiteral("A")][QStringLiteral("macname")].toString()
          == QStringLiteral("A"));

    const QJsonObject escrowed
        = QJsonDocument::fromJson(request(base + QStringLiteral("verify/A/recovery_key/"), "GET").body).object();
    CHECK(escrowed[QStringLiteral("escrowed")].toBool());
    CHECK(QDateTime::fromString(escrowed[QStringLiteral("date_escrowed")].toString(), Qt::ISODateWithMs).isValid());
    CHECK(escrowed[QStringLiteral("date_escrowed")].toString().endsWith(QLatin1Char('Z')));
    const QJsonObject none
        = QJsonDocument::fromJson(request(base + QStringLiteral("verify/A/password/"), "GET").body).object();
    CHECK(none == QJsonObject { { QStringLiteral("escrowed"), false } });
    // verify answers POST too; empty fields and an unknown secret_type are stored; multipart is a form.
    CHECK(request(base + QStringLiteral("verify/A/recovery_key/"), "POST").status == 200);
    CHECK(request(base + QStringLiteral("checkin/"), "POST", "serial=B&username=&recovery_password=&secret_type=x",
                  form)
              .status
          == 200);
    CHECK(server.state()[QStringLiteral("computers")][QStringLiteral("B")][QStringLiteral("secrets")][0]
                        [QStringLiteral("type")]
              .toString()
          == QStringLiteral("x"));
    const QByteArray multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"serial\"\r\n\r\nC\r\n"
                                 "--XyZ\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nu\r\n"
                                 "--XyZ\r\nContent-Disposition: form-data; name=\"recovery_password\"\r\n\r\nk\r\n"
                                 "--XyZ--\r\n";
    CHECK(request(base + QStringLiteral("checkin/"), "POST", multipart, "multipart/form-data; boundary=XyZ").status
          == 200);
    CHECK(server.state()[QStringLiteral("computers")].toObject().contains(QStringLiteral("C")));
}
