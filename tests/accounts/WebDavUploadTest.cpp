// SPDX-License-Identifier: GPL-3.0-or-later
// backup --to account:NAME against a real Apache WebDAV server over TLS on loopback.
#include "AccountServers.h"

#include "accounts/AccountTarget.h"
#include "accounts/KeychainSecretStore.h"
#include "formats/KeyFile.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

using namespace keyhaven;

namespace {

QString textFileName()
{
    return QStringLiteral("BitLocker Recovery Key %1.TXT").arg(test::accountKeyId);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList webDav(const test::ApacheDav& apache, const test::AccountEnvironment& environment,
                   const QString& path = QStringLiteral("/dav/"))
{
    return { QStringLiteral("--kind"), QStringLiteral("webdav"),
             QStringLiteral("--url"),  apache.url(path),
             QStringLiteral("--user"), test::davUser,
             QStringLiteral("--ca"),   environment.certificate().certificate };
}

void addAccount(test::AccountEnvironment& environment, const QStringList& options, const QString& password)
{
    const test::ProcessResult added = environment.addAccount(QStringLiteral("cloud"), options, password);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
}

} // namespace

TEST_CASE("WebDAV: the key is uploaded, reads back as the same key, and a second upload is a no-op",
          "[accounts][webdav][apache]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    addAccount(environment,
               webDav(apache, environment) + QStringList { QStringLiteral("--folder"), QStringLiteral("Keys/Laptop") },
               test::davPassword);

    const test::ProcessResult first = environment.backup(QStringLiteral("cloud"));
    INFO(first.errText().toStdString());
    CHECK(first.exitCode == 0);
    const QJsonObject saved = test::AccountEnvironment::onlyResult(first);
    CHECK(saved.value(QStringLiteral("status")).toString() == QStringLiteral("saved"));
    CHECK(saved.value(QStringLiteral("target")).toString() == QStringLiteral("account"));
    CHECK(
        saved.value(QStringLiteral("location")).toString().startsWith(apache.url(QStringLiteral("/dav/Keys/Laptop/"))));
    CHECK(saved.value(QStringLiteral("checks")).toArray().first().toString().contains(QStringLiteral("byte for byte")));
    CHECK_FALSE(first.outText().contains(test::accountKey));
    CHECK_FALSE(first.errText().contains(test::davPassword));

    // The file on the server parses back to the same key.
    const QString onServer = apache.davFolder() + QStringLiteral("/Keys/Laptop/") + textFileName();
    const KeyFileContents contents = KeyFile::read(onServer);
    REQUIRE(contents.status == KeyFileContents::Status::Ok);
    REQUIRE(contents.keys.size() == 1);
    CHECK(contents.keys.first().secret == SecureBytes::fromUtf8(test::accountKey));
    REQUIRE(contents.keys.first().id);
    CHECK(contents.keys.first().id->toString() == test::accountKeyId);
    const QByteArray firstBytes = fileBytes(onServer);

    const test::ProcessResult second = environment.backup(QStringLiteral("cloud"));
    CHECK(second.exitCode == 0);
    const QJsonObject again = test::AccountEnvironment::onlyResult(second);
    CHECK(again.value(QStringLiteral("status")).toString() == QStringLiteral("already-saved"));
    CHECK(fileBytes(onServer) == firstBytes);
    CHECK(QDir(apache.davFolder() + QStringLiteral("/Keys/Laptop")).entryList(QDir::Files).size() == 1);

    // The backup command noted the upload in the ledger.
    CHECK(fileBytes(environment.dataDir() + QStringLiteral("/ledger.json")).contains("account"));
}

TEST_CASE("WebDAV: a different file with the same name is never overwritten", "[accounts][webdav][apache]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    addAccount(environment, webDav(apache, environment), test::davPassword);
    const QString folder = apache.davFolder() + QStringLiteral("/Keyhaven");
    REQUIRE(QDir().mkpath(folder));
    const QByteArray other = "somebody else's file\n";
    environment.scratch().write(QStringLiteral("other.txt"), other);
    REQUIRE(QFile::copy(environment.scratch().file(QStringLiteral("other.txt")),
                        folder + QLatin1Char('/') + textFileName()));
    test::run(QStringLiteral("chown"), { QStringLiteral("-R"), QStringLiteral("www-data:www-data"), folder });

    const test::ProcessResult upload = environment.backup(QStringLiteral("cloud"));
    INFO(upload.errText().toStdString());
    CHECK(upload.exitCode == 0);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("saved"));
    CHECK(QUrl(result.value(QStringLiteral("location")).toString()).path().endsWith(QStringLiteral(" (2).TXT")));
    CHECK(result.value(QStringLiteral("advice")).toArray().first().toString().contains(QStringLiteral("left alone")));
    CHECK(fileBytes(folder + QLatin1Char('/') + textFileName()) == other);
    const QString beside = folder + QStringLiteral("/BitLocker Recovery Key %1 (2).TXT").arg(test::accountKeyId);
    const KeyFileContents contents = KeyFile::read(beside);
    REQUIRE(contents.keys.size() == 1);
    CHECK(contents.keys.first().secret == SecureBytes::fromUtf8(test::accountKey));
}

TEST_CASE("WebDAV: a wrong password (401) fails, says so, and keeps nothing pending", "[accounts][webdav][failure]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    addAccount(environment, webDav(apache, environment), QStringLiteral("not-the-password"));
    const test::ProcessResult upload = environment.backup(QStringLiteral("cloud"));
    CHECK(upload.exitCode == 3);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("401")));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("password")));
    CHECK(QDir(apache.davFolder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    CHECK(test::runCli({ QStringLiteral("pending"), QStringLiteral("--json") })
              .json()
              .object()[QStringLiteral("pending")]
              .toArray()
              .isEmpty());
}

TEST_CASE("WebDAV: a forbidden folder (403) fails and says so", "[accounts][webdav][failure]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    addAccount(environment, webDav(apache, environment, QStringLiteral("/forbidden/")), test::davPassword);
    const test::ProcessResult upload = environment.backup(QStringLiteral("cloud"));
    CHECK(upload.exitCode == 3);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("403")));
}

TEST_CASE("WebDAV: an untrusted certificate stops the upload and is named", "[accounts][webdav][failure][tls]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    addAccount(environment,
               { QStringLiteral("--kind"), QStringLiteral("webdav"), QStringLiteral("--url"), apache.url(),
                 QStringLiteral("--user"), test::davUser },
               test::davPassword);
    const test::ProcessResult upload = environment.backup(QStringLiteral("cloud"));
    CHECK(upload.exitCode == 3);
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("failed"));
    const QString message = result.value(QStringLiteral("message")).toString();
    CHECK(message.contains(QStringLiteral("certificate")));
    CHECK(message.contains(QStringLiteral("add that certificate authority's file to the account")));
    CHECK(QDir(apache.davFolder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("WebDAV: the sheet PDF goes beside the text file, with progress on the way", "[accounts][webdav][apache]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    Account account;
    account.name = QStringLiteral("cloud");
    account.kind = AccountKind::WebDav;
    account.url = QUrl(apache.url());
    account.user = test::davUser;
    account.caBundle = environment.certificate().certificate;
    account.folder = QStringLiteral("Keyhaven");
    auto keychain = std::make_shared<KeychainSecretStore>();
    REQUIRE(
        keychain->write(SecretStore::accountPasswordKey(account.name), SecureBytes::fromUtf8(test::davPassword)).ok());

    AccountTarget target(account, keychain, environment.scratch().file(QStringLiteral("settings.ini")));
    const QByteArray pdf = "%PDF-1.4\n% a stand-in for the recovery sheet\n";
    target.setSheet(QStringLiteral("Recovery sheet %1.pdf").arg(test::accountKeyId),
                    SecureBytes(pdf.constData(), static_cast<std::size_t>(pdf.size())));
    QList<int> percents;
    QObject::connect(&target, &BackupTarget::progress, [&](int percent, const QString& step) {
        CHECK_FALSE(step.isEmpty());
        percents.append(percent);
    });
    RecoveryKey key;
    key.id = KeyId::parse(test::accountKeyId);
    key.secret = SecureBytes::fromUtf8(test::accountKey);
    const BackupResult result = runToCompletion(target, key);
    INFO(result.message.toStdString());
    CHECK(result.status == BackupResult::Status::Saved);
    CHECK(result.checks.size() == 2);
    CHECK(fileBytes(apache.davFolder() + QStringLiteral("/Keyhaven/Recovery sheet %1.pdf").arg(test::accountKeyId))
          == pdf);
    CHECK(QFile::exists(apache.davFolder() + QStringLiteral("/Keyhaven/") + textFileName()));
    REQUIRE_FALSE(percents.isEmpty());
    CHECK(percents.last() == 100);
    CHECK(std::all_of(percents.cbegin(), percents.cend(), [](int percent) { return percent >= 0 && percent <= 100; }));
}

TEST_CASE("WebDAV: backup --to account --to sheet uploads the sheet PDF saved in the same run",
          "[accounts][webdav][apache][sheet]")
{
    test::AccountEnvironment environment;
    test::ApacheDav apache(environment.scratch().path(), environment.certificate());
    addAccount(environment, webDav(apache, environment), test::davPassword);

    // The account comes first on the command line; the upload still waits for the sheet.
    const QString pdf = environment.scratch().file(QStringLiteral("key.pdf"));
    const test::ProcessResult result = test::runCli(
        { QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--to"), QStringLiteral("account:cloud"),
          QStringLiteral("--to"), QStringLiteral("sheet:") + pdf, QStringLiteral("--id"), test::accountKeyId },
        test::accountKey.toUtf8() + '\n', 60);
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QString folder = apache.davFolder() + QStringLiteral("/Keyhaven"); // the default folder
    const QStringList onServer = QDir(folder).entryList(QDir::Files);
    CHECK(onServer.contains(textFileName()));
    REQUIRE(onServer.contains(QStringLiteral("key.pdf")));
    CHECK(fileBytes(folder + QStringLiteral("/key.pdf")) == fileBytes(pdf));
}
