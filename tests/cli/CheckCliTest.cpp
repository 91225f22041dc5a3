// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli check without servers: the ledger's own problems and the copies Keyhaven cannot read.
// (Backups to every kind of place, then each damage: tests/accounts/CheckCliTest.cpp.)
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace keyhaven::test;

namespace {

ProcessResult check(const QString& ledger, bool json = false)
{
    QStringList arguments { QStringLiteral("check"), QStringLiteral("--ledger"), ledger };
    if (json)
        arguments.append(QStringLiteral("--json"));
    return runCli(arguments);
}

} // namespace

TEST_CASE("check: exit 3 when the ledger cannot be read, 0 when it records nothing", "[cli][check]")
{
    ScratchDir dir;
    const ProcessResult empty = check(dir.file(QStringLiteral("none.json")));
    CHECK(empty.exitCode == 0);
    CHECK(empty.outText().contains(QStringLiteral("nothing to check")));

    const QString damaged = dir.write(QStringLiteral("ledger.json"), "{\"entries\": [ {\"keyId\": ");
    const ProcessResult broken = check(damaged);
    CHECK(broken.exitCode == 3);
    CHECK(broken.errText().contains(QStringLiteral("is damaged")));
}

TEST_CASE("check: a printed sheet and an unknown kind of copy are cannot-check, with what to do", "[cli][check]")
{
    ScratchDir dir;
    const QString ledger = dir.write(QStringLiteral("ledger.json"),
                                     R"({"version": 1, "entries": [
            {"keyId": "64311DEA-4587-4029-924A-BA299647998E", "kind": "bitlocker-recovery-password",
             "target": "print", "location": "Office-Printer", "time": "2026-11-22T10:00:00Z"},
            {"keyId": "64311DEA-4587-4029-924A-BA299647998E", "kind": "bitlocker-recovery-password",
             "target": "carrier-pigeon", "location": "loft", "time": "2026-11-22T10:00:00Z"}]})");
    const ProcessResult result = check(ledger, true);
    CHECK(result.exitCode == 1);
    const QJsonArray copies = result.json().object().value(QStringLiteral("copies")).toArray();
    REQUIRE(copies.size() == 2);
    CHECK(copies[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("cannot-check"));
    CHECK(copies[0].toObject().value(QStringLiteral("advice")).toString().contains(QStringLiteral("photograph")));
    CHECK(copies[1].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("cannot-check"));
    CHECK_FALSE(result.json().object().value(QStringLiteral("ok")).toBool());
}
