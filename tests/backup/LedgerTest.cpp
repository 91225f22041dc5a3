// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger: what was saved where, never the key; staleness against a real test image's protectors.
#include "BackupTestKeys.h"

#include "backup/Ledger.h"
#include "support/TestData.h"
#include "support/catch.h"
#include "volumes/VolumeProbe.h"

#include <QFile>
#include <QTimeZone>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

LedgerEntry entry(const QString& keyId, const QString& location, std::optional<KeyId> volume = {})
{
    LedgerEntry e;
    e.keyId = keyId;
    e.kind = QStringLiteral("bitlocker-recovery-password");
    e.volumeGuid = volume;
    e.target = QStringLiteral("text");
    e.location = location;
    e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    e.sha256 = QByteArray(32, '\x5a');
    return e;
}

} // namespace

TEST_CASE("ledger records copies, once each, and never the key", "[backup][ledger]")
{
    ScratchDir dir;
    Ledger ledger(dir.file(QStringLiteral("sub/ledger.json")));
    CHECK(ledger.entries().isEmpty());
    REQUIRE(ledger.record(entry(xts128Id, QStringLiteral("/media/a"))));
    REQUIRE(ledger.record(entry(xts256Id, QStringLiteral("/media/b"))));
    LedgerEntry later = entry(xts128Id, QStringLiteral("/media/a"));
    later.time = later.time.addDays(1);
    REQUIRE(ledger.record(later));
    const QList<LedgerEntry> entries = ledger.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].time == later.time);
    CHECK(entries[1].keyId == xts256Id);
    CHECK(entries[1].sha256 == QByteArray(32, '\x5a'));
    QFile file(ledger.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK_FALSE(json.contains(xts128Password.toUtf8()));
    CHECK_FALSE(json.contains("235818"));
#if defined(Q_OS_UNIX) // POSIX permissions; Windows' access lists are SafeFile's (see its Windows code)
    CHECK((file.permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
#endif
}

TEST_CASE("ledger refuses to touch a damaged file", "[backup][ledger]")
{
    ScratchDir dir;
    const QString path = dir.write(QStringLiteral("ledger.json"), "{not json");
    Ledger ledger(path);
    QString error;
    CHECK_FALSE(ledger.record(entry(xts128Id, QStringLiteral("/x")), &error));
    CHECK(error.contains(QStringLiteral("damaged")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "{not json");
}

TEST_CASE("ledger marks as stale the copies whose key ID the volume no longer has", "[backup][ledger][testdata]")
{
    const ProbeResult probe = VolumeProbe::probePath(bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    REQUIRE(probe.volume);
    const Volume& volume = *probe.volume;
    REQUIRE(volume.guid == KeyId::parse(xts128Volume));
    ScratchDir dir;
    Ledger ledger(dir.file(QStringLiteral("ledger.json")));
    // Still a protector, by volume GUID and without it; an old key of this volume; a key of another volume.
    REQUIRE(ledger.record(entry(xts128Id, QStringLiteral("/a"), volume.guid)));
    REQUIRE(ledger.record(entry(xts128Id, QStringLiteral("/b"))));
    REQUIRE(ledger.record(
        entry(QStringLiteral("0A1B2C3D-0000-4000-8000-000000000001"), QStringLiteral("/c"), volume.guid)));
    REQUIRE(ledger.record(entry(xts256Id, QStringLiteral("/d"))));
    const QList<LedgerEntry> all = ledger.entries();
    REQUIRE(all.size() == 4);
    CHECK(Ledger::freshness(all[0], { volume }) == Ledger::Freshness::Current);
    CHECK(Ledger::freshness(all[1], { volume }) == Ledger::Freshness::Current);
    CHECK(Ledger::freshness(all[2], { volume }) == Ledger::Freshness::Stale);
    CHECK(Ledger::freshness(all[3], { volume }) == Ledger::Freshness::Unknown);
    const QList<LedgerEntry> stale = ledger.staleEntries(volume);
    REQUIRE(stale.size() == 1);
    CHECK(stale.first().location == QStringLiteral("/c"));
}

TEST_CASE("ledger path comes from KEYHAVEN_LEDGER when set", "[backup][ledger]")
{
    const QByteArray old = qgetenv("KEYHAVEN_LEDGER");
    qputenv("KEYHAVEN_LEDGER", "/tmp/somewhere/ledger.json");
    CHECK(Ledger::defaultPath() == QStringLiteral("/tmp/somewhere/ledger.json"));
    qunsetenv("KEYHAVEN_LEDGER");
    CHECK(Ledger::defaultPath().endsWith(QStringLiteral("/ledger.json")));
    if (!old.isEmpty())
        qputenv("KEYHAVEN_LEDGER", old);
}
