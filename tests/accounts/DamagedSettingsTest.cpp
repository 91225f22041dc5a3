// SPDX-License-Identifier: GPL-3.0-or-later
// Settings that cannot be written or are damaged (issue 15): no false "pending", nothing orphaned in the
// keychain, a clear message, no account lost or moved, and a copy of the damaged file kept.
#include "AccountServers.h"

#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <unistd.h>

using namespace keyhaven;

namespace {

QString settingsFile(const test::AccountEnvironment& environment)
{
    return environment.configDir() + QStringLiteral("/Keyhaven/keyhaven.conf");
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void addAccount(test::AccountEnvironment& environment, const QString& name, const QString& url)
{
    const test::ProcessResult added = environment.addAccount(
        name,
        { QStringLiteral("--kind"), QStringLiteral("webdav"), QStringLiteral("--url"), url, QStringLiteral("--user"),
          test::davUser, QStringLiteral("--ca"), environment.certificate().certificate },
        test::davPassword);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
}

// Runs the CLI with `folder` read-only: chmod for a normal user; for root (whom permissions do not stop) a
// read-only bind mount in a private mount namespace.
test::ProcessResult runWithReadOnlyFolder(const QString& folder, const QStringList& arguments,
                                          const QByteArray& input)
{
    if (::geteuid() != 0) {
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const test::ProcessResult result = test::runCli(arguments, input, 60);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return result;
    }
    const QString script = QStringLiteral(
        "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && "
        "LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= exec \"$@\"");
    return test::run(QStringLiteral("unshare"),
                     QStringList { QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                   QStringLiteral("sh"), folder, test::cliPath() }
                         + arguments,
                     input, 60);
}

} // namespace

TEST_CASE("Settings: a read-only settings folder during an upload that must wait gives no false “pending”",
          "[accounts][settings]")
{
    test::AccountEnvironment environment(3000);
    test::CryptTestServer server(environment.scratch().path(), environment.certificate(), { .status = 503 });
    addAccount(environment, QStringLiteral("work"), server.url());
    const QString folder = environment.configDir() + QStringLiteral("/Keyhaven");
    const QByteArray before = contents(settingsFile(environment));
    REQUIRE(test::pendingKeychainEntries().isEmpty());

    const test::ProcessResult upload = runWithReadOnlyFolder(
        folder,
        { QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--to"), QStringLiteral("account:work"),
          QStringLiteral("--id"), test::accountKeyId },
        test::accountKey.toUtf8() + '\n');
    INFO(upload.outText().toStdString() << upload.errText().toStdString());
    const QJsonObject result = test::AccountEnvironment::onlyResult(upload);
    const QString message = result[QStringLiteral("message")].toString();
    CHECK(upload.exitCode == 3);
    CHECK(result[QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(message.contains(QStringLiteral("could not be kept for a later try")));
    CHECK_FALSE(message.contains(QStringLiteral("pending --retry")));
    CHECK(contents(settingsFile(environment)) == before);
    const test::ProcessResult pending = test::runCli({ QStringLiteral("pending"), QStringLiteral("--json") });
    CHECK(pending.json().object()[QStringLiteral("pending")].toArray().isEmpty());
    CHECK(test::pendingKeychainEntries().isEmpty()); // nothing orphaned
}

TEST_CASE("Settings: each kind of damage is reported, no account is lost or moved, and a copy is kept",
          "[accounts][settings]")
{
    test::AccountEnvironment environment;
    addAccount(environment, QStringLiteral("home"), QStringLiteral("https://cloud.example.org/dav/"));
    addAccount(environment, QStringLiteral("work"), QStringLiteral("https://files.example.com/dav/"));
    const QString file = settingsFile(environment);
    const QByteArray good = contents(file);
    REQUIRE(good.contains("[accounts]"));

    struct Damage
    {
        const char* what;
        QByteArray bytes;
    };
    QByteArray truncated = good.left(good.indexOf("home\\url") + 6);
    QByteArray brokenHeader = good;
    brokenHeader.replace("[accounts]", "[accounts");
    QByteArray renamedHeader = good;
    renamedHeader.replace("[accounts]", "[acc\x01unts]");
    QByteArray movedAccounts = good;
    movedAccounts.replace("work\\kind", "[x]\nwork\\kind");
    QByteArray binary = good;
    binary.insert(binary.size() / 2, QByteArray("\0\0\xff\xfe", 4));
    QByteArray lostUrl = good;
    lostUrl.replace("work\\url", "work\\uRl");
    const Damage damages[] = {
        { "cut off in the middle of a line", truncated },
        { "an unclosed section header", brokenHeader },
        { "a garbled section header", renamedHeader },
        { "accounts moved under another section", movedAccounts },
        { "binary bytes", binary },
        { "an account without its URL", lostUrl },
    };
    for (const Damage& damage : damages) {
        INFO(damage.what);
        for (const QString& old : QDir(environment.configDir() + QStringLiteral("/Keyhaven"))
                                      .entryList({ QStringLiteral("keyhaven.conf.damaged-*") }))
            QFile::remove(environment.configDir() + QStringLiteral("/Keyhaven/") + old);
        QFile::remove(file);
        environment.scratch().write(QStringLiteral("config/Keyhaven/keyhaven.conf"), damage.bytes);

        const test::ProcessResult list = test::runCli({ QStringLiteral("account"), QStringLiteral("list") });
        INFO(list.errText().toStdString());
        CHECK(list.exitCode == 3);
        CHECK(list.errText().contains(QStringLiteral("is damaged")));
        CHECK(list.errText().contains(QStringLiteral("keyhaven.conf.damaged-")));

        const test::ProcessResult add = environment.addAccount(
            QStringLiteral("third"),
            { QStringLiteral("--kind"), QStringLiteral("crypt"), QStringLiteral("--url"),
              QStringLiteral("https://crypt.example.net/") },
            {});
        INFO(add.errText().toStdString());
        CHECK(add.exitCode == 3);
        CHECK(add.errText().contains(QStringLiteral("was not added, and nothing was changed")));
        CHECK(contents(file) == damage.bytes); // not rewritten: nothing dropped or moved
        const QStringList copies = QDir(environment.configDir() + QStringLiteral("/Keyhaven"))
                                       .entryList({ QStringLiteral("keyhaven.conf.damaged-*") });
        REQUIRE(copies.size() == 1); // one copy, however often it is read
        CHECK(contents(environment.configDir() + QStringLiteral("/Keyhaven/") + copies.first()) == damage.bytes);
        CHECK(add.errText().contains(copies.first()));

        const test::ProcessResult remove
            = test::runCli({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("home") });
        CHECK(remove.exitCode == 3);
        CHECK(contents(file) == damage.bytes);
    }

    // Repaired: everything works again, both accounts still there.
    QFile::remove(file);
    environment.scratch().write(QStringLiteral("config/Keyhaven/keyhaven.conf"), good);
    const test::ProcessResult list
        = test::runCli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(list.exitCode == 0);
    CHECK(list.json().object()[QStringLiteral("accounts")].toArray().size() == 2);
}

TEST_CASE("Settings: “account add” says exactly what happened when the settings cannot be written",
          "[accounts][settings]")
{
    test::AccountEnvironment environment;
    addAccount(environment, QStringLiteral("home"), QStringLiteral("https://cloud.example.org/dav/"));
    const QString folder = environment.configDir() + QStringLiteral("/Keyhaven");
    const QByteArray before = contents(settingsFile(environment));
    const test::ProcessResult add = runWithReadOnlyFolder(
        folder,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"), QStringLiteral("--kind"),
          QStringLiteral("webdav"), QStringLiteral("--url"), QStringLiteral("https://files.example.com/dav/"),
          QStringLiteral("--user"), test::davUser },
        test::davPassword.toUtf8() + '\n');
    INFO(add.errText().toStdString());
    CHECK(add.exitCode == 3);
    CHECK(add.errText().contains(QStringLiteral("The account was not saved")));
    CHECK(add.errText().contains(QStringLiteral("taken out of the system keychain again")));
    CHECK(contents(settingsFile(environment)) == before);
    const test::ProcessResult list
        = test::runCli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(list.exitCode == 0);
    CHECK(list.json().object()[QStringLiteral("accounts")].toArray().size() == 1);
}
