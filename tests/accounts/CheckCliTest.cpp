// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli check after real backups: a text folder, a FAT stick through FUSE, a sheet PDF and a WebDAV account
// on a loopback Apache; then each kind of damage, one at a time, with its line and exit code.
#include "AccountServers.h"

#include "backup/MountHelpers.h"
#include "support/catch.h"
#include "volumes/MetadataImage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Checked
{
    int exitCode = -1;
    QString text;
    QMap<QString, QJsonObject> byTarget; // one copy per target in these tests
};

Checked check(const QString& volume)
{
    Checked checked;
    const ProcessResult json
        = runCli({ QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--volume"), volume }, {}, 120);
    INFO(json.errText().toStdString());
    checked.exitCode = json.exitCode;
    for (const QJsonValue& copy : json.json().object().value(QStringLiteral("copies")).toArray())
        checked.byTarget.insert(copy.toObject().value(QStringLiteral("target")).toString(), copy.toObject());
    const ProcessResult text = runCli({ QStringLiteral("check"), QStringLiteral("--volume"), volume }, {}, 120);
    CHECK(text.exitCode == json.exitCode);
    checked.text = text.outText();
    return checked;
}

QString statusOf(const Checked& checked, const char* target)
{
    return checked.byTarget.value(QLatin1String(target)).value(QStringLiteral("status")).toString();
}

QString sayingOf(const Checked& checked, const char* target)
{
    const QJsonObject copy = checked.byTarget.value(QLatin1String(target));
    return copy.value(QStringLiteral("finding")).toString() + QLatin1Char(' ')
        + copy.value(QStringLiteral("advice")).toString();
}

// The text output has the copy's line starting with its status word, naming the copy's place.
bool hasLine(const Checked& checked, const QString& status, const QString& location)
{
    for (const QString& line : checked.text.split(QLatin1Char('\n')))
        if (line.startsWith(status + QLatin1Char(' ')) && line.contains(location))
            return true;
    return false;
}

QString onlyFileUnder(const QString& folder, const QString& suffix)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList found;
    while (it.hasNext())
        if (const QString path = it.next(); path.endsWith(suffix))
            found.append(path);
    REQUIRE(found.size() == 1);
    return found.first();
}

// Backups of one key to a text folder, a FAT stick (FUSE), a sheet PDF and a WebDAV account, for the
// volume bitlk-aes-xts-128 (so that the ledger knows the volume's GUID).
struct BackedUp
{
    AccountEnvironment environment;
    ApacheDav apache { environment.scratch().path(), environment.certificate() };
    QString folder = environment.scratch().file(QStringLiteral("keys"));
    QString stick = environment.scratch().file(QStringLiteral("KEYSTICK"));
    FatImage fat { environment.scratch().file(QStringLiteral("stick.img")), stick, QStringLiteral("KEYSTICK") };
    QString sheet = environment.scratch().file(QStringLiteral("sheet.pdf"));
    QString volume = bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    QString textFile;
    QByteArray original;

    BackedUp()
    {
        const ProcessResult added = environment.addAccount(
            QStringLiteral("cloud"),
            { QStringLiteral("--kind"), QStringLiteral("webdav"), QStringLiteral("--url"), apache.url(),
              QStringLiteral("--user"), davUser, QStringLiteral("--ca"), environment.certificate().certificate },
            davPassword);
        INFO(added.errText().toStdString());
        REQUIRE(added.exitCode == 0);
        QDir().mkpath(folder);
        REQUIRE_MOUNTED(fat);
        const ProcessResult saved
            = runCli({ QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--id"), accountKeyId,
                       QStringLiteral("--volume"), volume, QStringLiteral("--to"), QStringLiteral("text:") + folder,
                       QStringLiteral("--to"), QStringLiteral("usb:") + stick, QStringLiteral("--to"),
                       QStringLiteral("sheet:") + sheet, QStringLiteral("--to"), QStringLiteral("account:cloud") },
                     accountKey.toUtf8() + '\n', 120);
        INFO(saved.errText().toStdString() << saved.outText().toStdString());
        REQUIRE(saved.exitCode == 0);
        textFile = onlyFileUnder(folder, QStringLiteral(".TXT"));
        original = readAll(textFile);
    }
};

} // namespace

TEST_CASE("check: after backups to a text folder, a FAT stick, a sheet PDF and WebDAV, every copy is ok",
          "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    const Checked all = check(backups.volume);
    CHECK(all.exitCode == 0);
    REQUIRE(all.byTarget.size() == 4);
    for (const char* target : { "text", "usb", "sheet", "account" }) {
        INFO(target << ": " << sayingOf(all, target).toStdString());
        CHECK(statusOf(all, target) == QStringLiteral("ok"));
        const QStringList checks
            = all.byTarget.value(QLatin1String(target)).value(QStringLiteral("checks")).toVariant().toStringList();
        CHECK(checks.join(QLatin1Char(' ')).contains(QStringLiteral("the key opens")));
    }
    CHECK(hasLine(all, QStringLiteral("ok"), backups.textFile));
    CHECK(all.text.contains(QStringLiteral("All 4 copies checked: ok.")));
}

TEST_CASE("check: the text file deleted is missing", "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    REQUIRE(QFile::remove(backups.textFile));
    const Checked damaged = check(backups.volume);
    CHECK(damaged.exitCode == 1);
    CHECK(statusOf(damaged, "text") == QStringLiteral("missing"));
    CHECK(hasLine(damaged, QStringLiteral("missing"), backups.textFile));
    CHECK(sayingOf(damaged, "text").contains(QStringLiteral("Back up key ID %1 again").arg(accountKeyId)));
    CHECK(statusOf(damaged, "usb") == QStringLiteral("ok"));
    CHECK(statusOf(damaged, "account") == QStringLiteral("ok"));
}

TEST_CASE("check: the text file re-saved as UTF-8 by a script is changed, and still readable",
          "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    const QString text = QStringDecoder(QStringDecoder::Utf16LE)(backups.original.mid(2));
    REQUIRE(text.contains(accountKey));
    writeAll(backups.textFile, text.toUtf8());
    const Checked damaged = check(backups.volume);
    CHECK(damaged.exitCode == 1);
    CHECK(statusOf(damaged, "text") == QStringLiteral("changed"));
    CHECK(hasLine(damaged, QStringLiteral("changed"), backups.textFile));
    CHECK(sayingOf(damaged, "text").contains(QStringLiteral("but it still reads as key ID %1").arg(accountKeyId)));
    CHECK(sayingOf(damaged, "text").contains(QStringLiteral("It still works.")));
}

TEST_CASE("check: one digit of the key edited is changed, and no longer readable as that key",
          "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    QByteArray edited = backups.original;
    QByteArray wide;
    for (const char c : QByteArrayLiteral("591910"))
        wide.append(c).append('\0');
    const qsizetype at = edited.indexOf(wide);
    REQUIRE(at > 0);
    edited[at + 10] = '1'; // 591910 → 591911
    writeAll(backups.textFile, edited);
    const Checked damaged = check(backups.volume);
    CHECK(damaged.exitCode == 1);
    CHECK(statusOf(damaged, "text") == QStringLiteral("changed"));
    CHECK(hasLine(damaged, QStringLiteral("changed"), backups.textFile));
    CHECK(sayingOf(damaged, "text").contains(QStringLiteral("no longer reads as key ID %1").arg(accountKeyId)));
    CHECK(sayingOf(damaged, "text").contains(QStringLiteral("Group 8")));
    CHECK_FALSE(damaged.text.contains(QStringLiteral("591911")));
}

TEST_CASE("check: the stick unmounted is cannot-check, naming the stick", "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    REQUIRE(backups.fat.unmount());
    const Checked away = check(backups.volume);
    CHECK(away.exitCode == 1);
    CHECK(statusOf(away, "usb") == QStringLiteral("cannot-check"));
    CHECK(sayingOf(away, "usb").contains(QStringLiteral("Plug in the stick labelled “KEYSTICK”")));
    CHECK(hasLine(away, QStringLiteral("cannot-check"), backups.stick));
    CHECK(statusOf(away, "text") == QStringLiteral("ok"));
    CHECK(statusOf(away, "sheet") == QStringLiteral("ok"));
}

TEST_CASE("check: the WebDAV file deleted is missing", "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    REQUIRE(QFile::remove(onlyFileUnder(backups.apache.davFolder(), QStringLiteral(".TXT"))));
    const Checked damaged = check(backups.volume);
    CHECK(damaged.exitCode == 1);
    CHECK(statusOf(damaged, "account") == QStringLiteral("missing"));
    CHECK(sayingOf(damaged, "account").contains(QStringLiteral("no longer on the server of “cloud”")));
    CHECK(statusOf(damaged, "text") == QStringLiteral("ok"));
}

TEST_CASE("check: the volume swapped for one whose protectors no longer include the key ID is stale",
          "[accounts][check][webdav][apache][mount]")
{
    BackedUp backups;
    const QString rekeyed
        = copyWithProtectorIdReplaced(backups.volume, backups.environment.scratch().file(QStringLiteral("rekeyed.img")),
                                      accountKeyId, QStringLiteral("0BADC0DE-1111-4222-8333-444455556666"));
    const Checked damaged = check(rekeyed);
    CHECK(damaged.exitCode == 1);
    for (const char* target : { "text", "usb", "sheet", "account" }) {
        INFO(target);
        CHECK(statusOf(damaged, target) == QStringLiteral("stale"));
        CHECK(sayingOf(damaged, target).contains(QStringLiteral("no longer has key ID %1").arg(accountKeyId)));
    }
    CHECK(hasLine(damaged, QStringLiteral("stale"), backups.textFile));
}

TEST_CASE("check: a Crypt Server copy is what its verify says and no more, and missing when the server lost it",
          "[accounts][check][crypt]")
{
    AccountEnvironment environment;
    auto server = std::make_unique<CryptTestServer>(environment.scratch().path(), environment.certificate(),
                                                    CryptTestServer::Options {});
    const quint16 port = server->port();
    const ProcessResult added
        = environment.addAccount(QStringLiteral("work"),
                                 { QStringLiteral("--kind"), QStringLiteral("crypt"), QStringLiteral("--url"),
                                   server->url(), QStringLiteral("--ca"), environment.certificate().certificate },
                                 QString());
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const ProcessResult saved = environment.backup(QStringLiteral("work"));
    INFO(saved.errText().toStdString());
    REQUIRE(saved.exitCode == 0);

    const ProcessResult held = runCli({ QStringLiteral("check"), QStringLiteral("--json") });
    INFO(held.errText().toStdString() << held.outText().toStdString());
    CHECK(held.exitCode == 0);
    const QJsonObject copy = held.json().object().value(QStringLiteral("copies")).toArray().first().toObject();
    CHECK(copy.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(copy.value(QStringLiteral("finding")).toString().contains(QStringLiteral("never gives keys back")));
    CHECK(copy.value(QStringLiteral("checks")).toArray().first().toString().contains(QStringLiteral("escrowed")));

    // The same address, a server that holds nothing (its data lost).
    server.reset();
    CryptTestServer::Options fresh;
    fresh.port = port;
    server = std::make_unique<CryptTestServer>(environment.scratch().path(), environment.certificate(), fresh);
    const ProcessResult lost = runCli({ QStringLiteral("check"), QStringLiteral("--json") });
    CHECK(lost.exitCode == 1);
    const QJsonObject gone = lost.json().object().value(QStringLiteral("copies")).toArray().first().toObject();
    CHECK(gone.value(QStringLiteral("status")).toString() == QStringLiteral("missing"));
    CHECK(gone.value(QStringLiteral("finding")).toString().contains(QStringLiteral("holds no recovery key")));
}
