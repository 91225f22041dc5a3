// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumes/MacVolumeSource.h"

#include "FakeTools.h"
#include "keys/PersonalRecoveryKey.h"
#include "support/catch.h"
#include "volumes/MacPlist.h"

#include <QFile>

#include <cstring>

using namespace keyhaven;
using namespace keyhaven::test;

using Status = MacVolumeSource::Result::Status;
using Outcome = MacVolumeSource::Validation::Outcome;
using ChangeOutcome = MacVolumeSource::Change::Outcome;

namespace {

const char* const RightKey = "AU2A-PHMK-WBGX-PWKX-M3X3-VAPY";
const char* const WrongKey = "QZ7P-4HNK-WX8M-C2RT-9VEJ-BD3L";
const char* const NewKey = "Q7MK-V2HT-9CXP-WEJ4-LB8N-RZ3D"; // in fdesetup-changerecovery.plist
const char* const Password = "pa<ss>&\"word'";

PersonalRecoveryKey prk(const char* text)
{
    PersonalRecoveryKey::Parsed parsed = PersonalRecoveryKey::parse(QString::fromLatin1(text));
    REQUIRE(parsed.key);
    return *parsed.key;
}

#if defined(Q_OS_UNIX)
// A fake fdesetup: refuses to run when a secret shows in its arguments, then does what `verbs` (the
// branches of a `case "$1"`) say. `$DATA` is the recorded-output folder, `$EVIDENCE` a file the
// script writes to say what it saw on stdin.
QByteArray fdesetup(const FakeTools& tools, const QByteArray& verbs)
{
    return "DATA='" + QByteArray(KEYHAVEN_PLATFORM_TEST_DATA) + "'\nEVIDENCE='"
        + tools.file(QStringLiteral("evidence")).toUtf8() + "'\n" + R"SH(
case " $* " in
    *AU2A*|*QZ7P*|*Q7MK*|*'pa<ss'*) echo "a secret is in the arguments: $*" >&2; exit 90;;
esac
case "$1" in
)SH" + verbs + R"SH(
    *) echo "unexpected: $*" >&2; exit 13;;
esac
)SH";
}

const QByteArray StatusOn = "status) cat \"$DATA/fdesetup-status-on.txt\";;\n";
const QByteArray HasKeys = "haspersonalrecoverykey) echo true;;\nhasinstitutionalrecoverykey) echo false;;\n";
const QByteArray NotRoot = "cat \"$DATA/fdesetup-not-root.stderr\" >&2; exit 1;;\n";

const QByteArray ValidateChecksStdin = R"SH(
validaterecovery)
    [ $# -eq 2 ] && [ "$2" = -inputplist ] || exit 12
    input=$(cat)
    case "$input" in
        *'<key>Password</key>'*'<string>AU2A-PHMK-WBGX-PWKX-M3X3-VAPY</string>'*)
            echo stdin-has-key > "$EVIDENCE"; echo true;;
        *'<key>Password</key>'*'<string>'*'</string>'*) echo false;;
        *) echo "no plist on stdin" >&2; exit 15;;
    esac;;
)SH";

const QByteArray ChangeChecksStdin = R"SH(
changerecovery)
    [ $# -eq 4 ] && [ "$2" = -personal ] && [ "$3" = -outputplist ] && [ "$4" = -inputplist ] || exit 12
    input=$(cat)
    case "$input" in
        *'<key>Username</key>'*'<string>kari</string>'*'<key>Password</key>'*\
'<string>pa&lt;ss&gt;&amp;&quot;word&apos;</string>'*)
            echo stdin-has-password > "$EVIDENCE"; cat "$DATA/fdesetup-changerecovery.plist";;
        *) echo "Error: Unable to authenticate." >&2; exit 11;;
    esac;;
)SH";

QByteArray evidence(const FakeTools& tools)
{
    QFile file(tools.file(QStringLiteral("evidence")));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QString notesOf(const Volume& volume)
{
    return volume.notes.join(QLatin1Char(' '));
}
#endif

#if defined(Q_OS_UNIX)
struct RealTools
{
    FakeTools tools;
    SystemProcessRunner runner{tools.environment()};
    MacVolumeSource source{runner, 10000};

    void add(const QByteArray& fdesetupVerbs, bool withDiskutil = true)
    {
        tools.add(QStringLiteral("fdesetup"), fdesetup(tools, fdesetupVerbs));
        if (withDiskutil)
            tools.add(QStringLiteral("diskutil"),
                      "[ \"$*\" = 'info -plist /' ] || exit 1\ncat '"
                          + platformDataPath(QStringLiteral("diskutil-info-root.plist")).toUtf8() + "'\n");
    }
};
#endif

} // namespace

// The cases with stand-ins for fdesetup and diskutil are sh scripts, which run on the Mac and Linux, not under Wine.
#if defined(Q_OS_UNIX)
TEST_CASE("FileVault on: the startup volume, with what is known of its recovery keys", "[platform][mac]")
{
    RealTools mac;
    mac.add(StatusOn + HasKeys);
    const MacVolumeSource::Result result = mac.source.list();
    REQUIRE(result.status == Status::Ok);
    CHECK(result.fileVaultOn);
    CHECK(result.hasPersonalRecoveryKey == std::optional<bool>(true));
    CHECK(result.hasInstitutionalRecoveryKey == std::optional<bool>(false));
    REQUIRE(result.volumes.size() == 1);
    const Volume& volume = result.volumes[0];
    CHECK(volume.type == VolumeType::FileVault);
    CHECK(volume.path == QStringLiteral("/"));
    CHECK(volume.description == QStringLiteral("Macintosh HD"));
    REQUIRE(volume.guid);
    CHECK(volume.guid->toString() == QStringLiteral("6F2C6F8E-3B1D-4C84-9F7B-2A8C0E1D5B42"));
    CHECK(notesOf(volume).contains(QStringLiteral("A personal recovery key is set")));
    CHECK_FALSE(notesOf(volume).contains(QStringLiteral("institutional")));
    CHECK(mac.source.listVolumes().volumes.size() == 1);
}
#endif

TEST_CASE("FileVault off: no volume, and no more questions", "[platform][mac]")
{
    FakeRunner runner;
    runner.answer(QStringLiteral("fdesetup"), QStringLiteral("status"),
                  FakeRunner::exited(0, platformData(QStringLiteral("fdesetup-status-off.txt"))));
    MacVolumeSource source(runner);
    const MacVolumeSource::Result result = source.list();
    CHECK(result.status == Status::Ok);
    CHECK_FALSE(result.fileVaultOn);
    CHECK(result.volumes.isEmpty());
    CHECK(runner.calls.size() == 1);
}

#if defined(Q_OS_UNIX)
TEST_CASE("FileVault status: progress, absent keys and keys that need root to check", "[platform][mac]")
{
    RealTools mac;
    SECTION("encrypting, no personal key, an institutional key")
    {
        mac.add("status) cat \"$DATA/fdesetup-status-encrypting.txt\";;\n"
                "haspersonalrecoverykey) echo false;;\nhasinstitutionalrecoverykey) echo true;;\n");
        const MacVolumeSource::Result result = mac.source.list();
        REQUIRE(result.volumes.size() == 1);
        CHECK(result.hasPersonalRecoveryKey == std::optional<bool>(false));
        const QString notes = notesOf(result.volumes[0]);
        CHECK(notes.contains(QStringLiteral("37.25 %")));
        CHECK(notes.contains(QStringLiteral("No personal recovery key")));
        CHECK(notes.contains(QStringLiteral("institutional recovery key is installed")));
    }
    SECTION("not root: whether a personal key is set stays unknown")
    {
        mac.add(StatusOn + "haspersonalrecoverykey|hasinstitutionalrecoverykey) " + NotRoot);
        const MacVolumeSource::Result result = mac.source.list();
        REQUIRE(result.volumes.size() == 1);
        CHECK_FALSE(result.hasPersonalRecoveryKey.has_value());
        CHECK_FALSE(result.hasInstitutionalRecoveryKey.has_value());
        CHECK(notesOf(result.volumes[0]).contains(QStringLiteral("could not be checked")));
        CHECK(notesOf(result.volumes[0]).contains(QStringLiteral("administrator")));
    }
    SECTION("diskutil missing: still the volume, without its name")
    {
        mac.add(StatusOn + HasKeys, false);
        const MacVolumeSource::Result result = mac.source.list();
        REQUIRE(result.volumes.size() == 1);
        CHECK(result.volumes[0].path == QStringLiteral("/"));
        CHECK_FALSE(result.volumes[0].guid);
        CHECK(notesOf(result.volumes[0]).contains(QStringLiteral("diskutil")));
    }
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("FileVault status failures are told apart", "[platform][mac]")
{
    RealTools mac;
    SECTION("no fdesetup")
    {
        CHECK(mac.source.list().status == Status::ToolMissing);
        CHECK(mac.source.listVolumes().problems.size() == 1);
    }
    SECTION("unexpected text")
    {
        mac.add("status) echo 'FileVault status unknown';;\n");
        CHECK(mac.source.list().status == Status::BadOutput);
    }
    SECTION("an error")
    {
        mac.add("status) echo 'Error: something broke' >&2; exit 1;;\n");
        const MacVolumeSource::Result result = mac.source.list();
        CHECK(result.status == Status::ToolFailed);
        CHECK(result.error.contains(QStringLiteral("something broke")));
    }
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("validaterecovery: the key goes on stdin, and the answer is one of three", "[platform][mac]")
{
    RealTools mac;
    SECTION("true, and the key was on stdin and not in argv")
    {
        mac.add(ValidateChecksStdin);
        const MacVolumeSource::Validation result = mac.source.validateRecoveryKey(prk(RightKey));
        CHECK(result.outcome == Outcome::Valid);
        CHECK(evidence(mac.tools) == QByteArray("stdin-has-key"));
        CHECK_FALSE(result.message.contains(QLatin1String(RightKey)));
    }
    SECTION("false")
    {
        mac.add(ValidateChecksStdin);
        const MacVolumeSource::Validation result = mac.source.validateRecoveryKey(prk(WrongKey));
        CHECK(result.outcome == Outcome::Invalid);
        CHECK(evidence(mac.tools).isEmpty());
    }
    SECTION("not root: cannot check")
    {
        mac.add("validaterecovery) cat > /dev/null; " + NotRoot);
        const MacVolumeSource::Validation result = mac.source.validateRecoveryKey(prk(RightKey));
        CHECK(result.outcome == Outcome::CannotCheck);
        CHECK(result.message.contains(QStringLiteral("administrator")));
    }
    SECTION("no fdesetup: cannot check")
    {
        CHECK(mac.source.validateRecoveryKey(prk(RightKey)).outcome == Outcome::CannotCheck);
    }
    SECTION("another error: cannot check, never false")
    {
        mac.add("validaterecovery) cat > /dev/null; echo 'Error: FileVault is Off.' >&2; exit 1;;\n");
        CHECK(mac.source.validateRecoveryKey(prk(RightKey)).outcome == Outcome::CannotCheck);
    }
}
#endif

TEST_CASE("validaterecovery gets a property list that reads back to the key", "[platform][mac]")
{
    FakeRunner runner;
    runner.answer(QStringLiteral("fdesetup"), QStringLiteral("validaterecovery"), FakeRunner::exited(0, "true\n"));
    MacVolumeSource source(runner);
    CHECK(source.validateRecoveryKey(prk("au2a phmk wbgx pwkx m3x3 vapy")).outcome == Outcome::Valid);
    REQUIRE(runner.calls.size() == 1);
    CHECK(runner.calls[0].args == QStringList{QStringLiteral("validaterecovery"), QStringLiteral("-inputplist")});
    const macplist::Dict input = macplist::readDict(runner.calls[0].stdinData, u"Password");
    REQUIRE(input.ok);
    CHECK(input.secret.view() == RightKey); // canonical: upper case, with dashes

    runner.answer(QStringLiteral("fdesetup"), QStringLiteral("validaterecovery"), FakeRunner::timedOut());
    CHECK(source.validateRecoveryKey(prk(RightKey)).outcome == Outcome::CannotCheck);
}

#if defined(Q_OS_UNIX)
TEST_CASE("changerecovery: a new key from the output plist, or why not", "[platform][mac]")
{
    RealTools mac;
    const SecureBytes password(Password, std::strlen(Password));
    SECTION("changed")
    {
        mac.add(ChangeChecksStdin);
        const MacVolumeSource::Change result = mac.source.changeRecoveryKey(QStringLiteral("kari"), password);
        REQUIRE(result.outcome == ChangeOutcome::Changed);
        CHECK(evidence(mac.tools) == QByteArray("stdin-has-password"));
        REQUIRE(result.key);
        CHECK(result.key->kind == KeyKind::FileVaultPersonalRecoveryKey);
        CHECK(result.key->format == QStringLiteral("fdesetup-plist"));
        CHECK(result.key->secret.view() == NewKey);
        CHECK(result.key->identifier == QStringLiteral("C02ZK1ABMD6M"));
        REQUIRE(result.key->id);
        CHECK(result.key->id->toString() == QStringLiteral("8E1F2C4A-6B3D-5E70-9A18-C4D2F0B7E653"));
        CHECK(result.key->created.isValid());
        CHECK_FALSE(result.message.contains(QLatin1String(NewKey)));
    }
    SECTION("a wrong password: authentication error (exit code 11)")
    {
        mac.add(ChangeChecksStdin);
        const MacVolumeSource::Change result = mac.source.changeRecoveryKey(QStringLiteral("ola"), password);
        CHECK(result.outcome == ChangeOutcome::AuthenticationFailed);
        CHECK_FALSE(result.key);
    }
    SECTION("could not be changed (exit code 26)")
    {
        mac.add("changerecovery) cat > /dev/null; echo 'Error: Unable to change key.' >&2; exit 26;;\n");
        const MacVolumeSource::Change result = mac.source.changeRecoveryKey(QStringLiteral("kari"), password);
        CHECK(result.outcome == ChangeOutcome::NotChanged);
        CHECK(result.message.contains(QStringLiteral("could not be changed")));
    }
    SECTION("not root")
    {
        mac.add("changerecovery) cat > /dev/null; " + NotRoot);
        CHECK(mac.source.changeRecoveryKey(QStringLiteral("kari"), password).outcome == ChangeOutcome::NeedsRoot);
    }
    SECTION("success without a key in the output: uncertain, not changed")
    {
        mac.add("changerecovery) cat > /dev/null; echo '<plist><dict><key>EnabledUser</key>"
                "<string>kari</string></dict></plist>';;\n");
        const MacVolumeSource::Change result = mac.source.changeRecoveryKey(QStringLiteral("kari"), password);
        CHECK(result.outcome == ChangeOutcome::Uncertain);
        CHECK_FALSE(result.key);
    }
    SECTION("no fdesetup")
    {
        CHECK(mac.source.changeRecoveryKey(QStringLiteral("kari"), password).outcome == ChangeOutcome::ToolMissing);
    }
}
#endif

TEST_CASE("changerecovery refuses what a property list cannot carry, and times out honestly", "[platform][mac]")
{
    FakeRunner runner;
    MacVolumeSource source(runner);
    const MacVolumeSource::Change refused = source.changeRecoveryKey(QStringLiteral("kari"), SecureBytes("a\x01z", 3));
    CHECK(refused.outcome == ChangeOutcome::Failed);
    CHECK(runner.calls.isEmpty());

    runner.answer(QStringLiteral("fdesetup"), QStringLiteral("changerecovery"), FakeRunner::timedOut());
    const MacVolumeSource::Change result = source.changeRecoveryKey(QStringLiteral("kari"), SecureBytes("pw", 2));
    CHECK(result.outcome == ChangeOutcome::Uncertain);
    REQUIRE(runner.calls.size() == 1);
    const macplist::Dict input = macplist::readDict(runner.calls[0].stdinData, u"Password");
    REQUIRE(input.ok);
    CHECK(input.values.value(QStringLiteral("Username")) == QStringLiteral("kari"));
    CHECK(input.secret.view() == "pw");
    CHECK_FALSE(runner.calls[0].args.join(QLatin1Char(' ')).contains(QStringLiteral("pw")));
}
