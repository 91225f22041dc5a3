// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli ledger: every copy made, and stale copies against a real test image's protectors.
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keyhaven;

namespace {

const QString id = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
const QString oldId = QStringLiteral("0A1B2C3D-0000-4000-8000-000000000001");

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& object)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
}

} // namespace

TEST_CASE("ledger lists the copies made and marks the stale one against the volume", "[cli][ledger][testdata]")
{
    const QString image = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    test::ScratchDir dir;
    const QString ledger = dir.file(QStringLiteral("ledger.json"));
    const QString out = dir.file(QStringLiteral("out"));
    QDir().mkpath(out);
    // Two real copies through backup (the volume is checked and recorded), in two folders.
    for (const QString& folder : { out, dir.path() }) {
        const auto saved = test::runCli({ QStringLiteral("backup"), QStringLiteral("--ledger"), ledger,
                                          QStringLiteral("--to"), QStringLiteral("text:") + folder,
                                          QStringLiteral("--id"), id, QStringLiteral("--volume"), image },
                                        "235818-357951-253979-013365-241120-245575-342914-591910");
        INFO(saved.errText().toStdString());
        REQUIRE(saved.exitCode == 0);
    }
    // A copy of an older recovery key of the same volume, since removed from it (as if made back then).
    QJsonObject root = readJson(ledger);
    QJsonArray entries = root[QStringLiteral("entries")].toArray();
    REQUIRE(entries.size() == 2);
    QJsonObject old = entries.first().toObject();
    old[QStringLiteral("keyId")] = oldId;
    old[QStringLiteral("location")] = dir.file(QStringLiteral("old.TXT"));
    entries.append(old);
    root[QStringLiteral("entries")] = entries;
    writeJson(ledger, root);

    const auto plain
        = test::runCli({ QStringLiteral("ledger"), QStringLiteral("--json"), QStringLiteral("--ledger"), ledger });
    CHECK(plain.exitCode == 0);
    CHECK(plain.json().object()[QStringLiteral("entries")].toArray().size() == 3);

    const auto checked = test::runCli({ QStringLiteral("ledger"), QStringLiteral("--json"), QStringLiteral("--ledger"),
                                        ledger, QStringLiteral("--volume"), image });
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 1);
    const QJsonArray listed = checked.json().object()[QStringLiteral("entries")].toArray();
    REQUIRE(listed.size() == 3);
    CHECK(listed[0][QStringLiteral("status")].toString() == QStringLiteral("current"));
    CHECK(listed[0][QStringLiteral("volumeGuid")].toString() == QStringLiteral("8F595209-F5B9-49A0-85D4-CB8F80258C27"));
    CHECK(listed[0][QStringLiteral("sha256")].toString().size() == 64);
    CHECK(listed[1][QStringLiteral("status")].toString() == QStringLiteral("current"));
    CHECK(listed[2][QStringLiteral("status")].toString() == QStringLiteral("stale"));
    CHECK(listed[2][QStringLiteral("keyId")].toString() == oldId);

    const auto text = test::runCli(
        { QStringLiteral("ledger"), QStringLiteral("--ledger"), ledger, QStringLiteral("--volume"), image });
    CHECK(text.outText().contains(QStringLiteral("STALE")));
    CHECK(text.outText().contains(out));
}

TEST_CASE("ledger: KEYHAVEN_LEDGER chooses the file, a damaged one is exit 3", "[cli][ledger]")
{
    test::ScratchDir dir;
    qputenv("KEYHAVEN_LEDGER", dir.file(QStringLiteral("env-ledger.json")).toUtf8());
    const auto empty = test::runCli({ QStringLiteral("ledger"), QStringLiteral("--json") });
    qunsetenv("KEYHAVEN_LEDGER");
    CHECK(empty.exitCode == 0);
    CHECK(empty.json().object()[QStringLiteral("ledger")].toString() == dir.file(QStringLiteral("env-ledger.json")));
    const QString damaged = dir.write(QStringLiteral("bad.json"), "{");
    CHECK(test::runCli({ QStringLiteral("ledger"), QStringLiteral("--ledger"), damaged }).exitCode == 3);
}
