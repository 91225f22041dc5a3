// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumes/WindowsVolumeSource.h"

#include "FakeTools.h"
#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

using Status = WindowsVolumeSource::Result::Status;

namespace {

const char* const PasswordC = "466895-217492-569250-069608-104434-135707-527241-083622";
const char* const PasswordD1 = "309540-054054-123915-625218-602910-100716-346984-130779";
const char* const PasswordD2 = "612062-085217-178486-321860-089188-571923-071489-318747";
const char* const PasswordF = "067155-192005-417549-604307-207977-169829-444763-260568";

QString idOf(const Protector& protector)
{
    return protector.id.toString();
}

// Whether any text of the volume carries the password, with or without its dashes.
bool volumeMentions(const Volume& volume, const char* password)
{
    const QString dashed = QLatin1String(password);
    const QString digits = QString(dashed).remove(QLatin1Char('-'));
    const QString all = volume.path + volume.description + volume.encryption + volume.notes.join(QLatin1Char(' '));
    return all.contains(dashed) || all.contains(digits) || all.contains(dashed.left(13));
}

const RecoveryKey* keyWithId(const WindowsVolumeSource::Result& result, const QString& id)
{
    for (const RecoveryKey& key : result.recoveryPasswords)
        if (key.id && key.id->toString() == id)
            return &key;
    return nullptr;
}

void checkRecordedVolumes(const WindowsVolumeSource::Result& result)
{
    REQUIRE(result.status == Status::Ok);
    CHECK(result.error.isEmpty());
    REQUIRE(result.volumes.size() == 3); // E: is not encrypted and is left out

    const Volume& c = result.volumes[0];
    CHECK(c.path == QStringLiteral("C:"));
    CHECK(c.type == VolumeType::BitLocker);
    CHECK(c.description == QStringLiteral("DESKTOP-7K2M4QJ C:"));
    CHECK(c.encryption == QStringLiteral("AES-XTS 128"));
    REQUIRE(c.protectors.size() == 2);
    CHECK(idOf(c.protectors[0]) == QStringLiteral("3B3E091C-ECB9-4B46-9FDD-A9E699EC3C8C"));
    CHECK(c.protectors[0].type == ProtectorType::Tpm);
    CHECK(c.protectors[1].type == ProtectorType::RecoveryPassword);
    CHECK(c.protectors[1].rawType == 3);
    CHECK(c.notes.isEmpty());

    const Volume& d = result.volumes[1];
    CHECK(d.encryption == QStringLiteral("AES-XTS 256"));
    REQUIRE(d.protectors.size() == 3);
    CHECK(d.protectors[0].type == ProtectorType::RecoveryPassword);
    CHECK(d.protectors[1].type == ProtectorType::RecoveryPassword);
    CHECK(d.protectors[2].type == ProtectorType::StartupKey);

    const Volume& f = result.volumes[2];
    CHECK(f.encryption == QStringLiteral("AES-CBC 256"));
    CHECK(f.protectors[0].type == ProtectorType::Password);
    CHECK(f.notes.join(QLatin1Char(' ')).contains(QStringLiteral("45 %")));
    CHECK(f.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Protection is off")));

    // The passwords are kept apart, each with its protector's ID, and never in the volumes.
    REQUIRE(result.recoveryPasswords.size() == 4);
    const std::pair<const char*, const char*> expected[] = {
        {"8A696888-99A7-4FAC-92C7-6CC497EA7BDF", PasswordC}, {"64311DEA-4587-4029-924A-BA299647998E", PasswordD1},
        {"D1E5A7B2-0C4F-4E8A-B3D6-5F9C2A1E7B40", PasswordD2}, {"E2B9D4F1-3C7A-4B8E-A5D0-19F6C8E27B3D", PasswordF}};
    for (const auto& [id, password] : expected) {
        INFO("protector " << id);
        const RecoveryKey* key = keyWithId(result, QLatin1String(id));
        REQUIRE(key != nullptr);
        CHECK(key->kind == KeyKind::BitLockerRecoveryPassword);
        CHECK(key->format == QStringLiteral("powershell-json"));
        CHECK(key->secret.view() == password);
        CHECK(key->deviceName == QStringLiteral("DESKTOP-7K2M4QJ"));
        for (const Volume& volume : result.volumes)
            CHECK_FALSE(volumeMentions(volume, password));
    }
    const RecoveryKey* onD = keyWithId(result, QStringLiteral("64311DEA-4587-4029-924A-BA299647998E"));
    CHECK(onD->volumeLabel == QStringLiteral("D:"));
}

} // namespace

TEST_CASE("Get-BitLockerVolume's JSON becomes volumes, and recovery passwords apart", "[platform][windows]")
{
    QByteArray json = platformData(QStringLiteral("get-bitlockervolume.json"));
    const WindowsVolumeSource::Result result = WindowsVolumeSource::parse(json);
    checkRecordedVolumes(result);
    CHECK(json.isEmpty()); // wiped
}

TEST_CASE("One volume is one object, and enums may be names", "[platform][windows]")
{
    QByteArray json = "\xEF\xBB\xBF" + platformData(QStringLiteral("get-bitlockervolume-single-names.json"));
    const WindowsVolumeSource::Result result = WindowsVolumeSource::parse(json);
    REQUIRE(result.status == Status::Ok);
    REQUIRE(result.volumes.size() == 1);
    const Volume& volume = result.volumes[0];
    CHECK(volume.description == QStringLiteral("NB-LAPTOP-\u00D8ST C:"));
    CHECK(volume.encryption == QStringLiteral("AES-XTS 128"));
    REQUIRE(volume.protectors.size() == 2);
    CHECK(volume.protectors[0].type == ProtectorType::TpmPin);
    CHECK(volume.protectors[0].rawType == 4);
    CHECK(volume.protectors[1].type == ProtectorType::RecoveryPassword);
    REQUIRE(result.recoveryPasswords.size() == 1);
    CHECK(result.recoveryPasswords[0].secret.view() == PasswordC);
}

TEST_CASE("Every KeyProtectorType maps to a protector type, keeping the code", "[platform][windows]")
{
    const std::pair<int, ProtectorType> cases[] = {
        {0, ProtectorType::Unknown},   {1, ProtectorType::Tpm},       {2, ProtectorType::StartupKey},
        {3, ProtectorType::RecoveryPassword}, {4, ProtectorType::TpmPin}, {5, ProtectorType::Unknown},
        {6, ProtectorType::Unknown},   {7, ProtectorType::SmartCard}, {8, ProtectorType::Password},
        {9, ProtectorType::Unknown},   {10, ProtectorType::Unknown}};
    for (const auto& [code, type] : cases) {
        INFO("KeyProtectorType " << code);
        QByteArray json = R"({"MountPoint": "G:", "VolumeStatus": 1, "KeyProtector": [{"KeyProtectorId":
            "{0E6A1C52-9D3B-4F27-8A64-B1C5E9D07F32}", "KeyProtectorType": )" + QByteArray::number(code) + "}]}";
        const WindowsVolumeSource::Result result = WindowsVolumeSource::parse(json);
        REQUIRE(result.volumes.size() == 1);
        REQUIRE(result.volumes[0].protectors.size() == 1);
        CHECK(result.volumes[0].protectors[0].type == type);
        CHECK(result.volumes[0].protectors[0].rawType == code);
        // Types that the CLI contract shows as "unknown" are named in a note.
        CHECK(result.volumes[0].notes.size() == (type == ProtectorType::Unknown ? 1 : 0));
    }
}

TEST_CASE("A malformed recovery password is not kept and not shown", "[platform][windows]")
{
    QByteArray json = R"([{"MountPoint": "C:", "VolumeStatus": 1, "KeyProtector": {"KeyProtectorId":
        "{8A696888-99A7-4FAC-92C7-6CC497EA7BDF}", "KeyProtectorType": 3, "RecoveryPassword":
        "466895-217492-569250-069608-104434-135707-527241-083623"}}, {"MountPoint": "Z:", "KeyProtector": [
        {"KeyProtectorId": "not a guid", "KeyProtectorType": 1}]}])";
    const WindowsVolumeSource::Result result = WindowsVolumeSource::parse(json);
    REQUIRE(result.status == Status::Ok);
    CHECK(result.recoveryPasswords.isEmpty());
    REQUIRE(result.volumes.size() == 2);
    CHECK(result.volumes[0].protectors.size() == 1);
    CHECK(result.volumes[0].notes.join(QLatin1Char(' ')).contains(QStringLiteral("not well formed")));
    CHECK_FALSE(result.volumes[0].notes.join(QLatin1Char(' ')).contains(QStringLiteral("083623")));
    CHECK(result.volumes[1].protectors.isEmpty());
    CHECK(result.volumes[1].notes.size() == 1);
}

TEST_CASE("Output that is not Get-BitLockerVolume's JSON is reported", "[platform][windows]")
{
    for (const char* text : {"{\"MountPoint\": \"C:\", ", "Get-BitLockerVolume", "42", "\"C:\""}) {
        INFO(text);
        QByteArray json(text);
        const WindowsVolumeSource::Result result = WindowsVolumeSource::parse(json);
        CHECK(result.status == Status::BadOutput);
        CHECK_FALSE(result.error.isEmpty());
        CHECK(result.volumes.isEmpty());
    }
    QByteArray empty(" \r\n");
    CHECK(WindowsVolumeSource::parse(empty).status == Status::Ok);
}

TEST_CASE("The Windows source runs PowerShell and tells each failure apart", "[platform][windows]")
{
    FakeRunner runner;
    WindowsVolumeSource source(runner, 1234);
    const QString powershell = WindowsVolumeSource::program();

    SECTION("the recorded output")
    {
        runner.answer(powershell, {}, FakeRunner::exited(0, platformData(QStringLiteral("get-bitlockervolume.json"))));
        checkRecordedVolumes(source.list());
        REQUIRE(runner.calls.size() == 1);
        CHECK(runner.calls[0].program == QStringLiteral("powershell"));
        const QStringList options{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                                  QStringLiteral("-Command")};
        CHECK(runner.calls[0].args.mid(0, 3) == options);
        CHECK(runner.calls[0].args.value(3).endsWith(QStringLiteral("Get-BitLockerVolume | ConvertTo-Json -Depth 4")));
        CHECK(runner.calls[0].stdinData.isEmpty());
        CHECK(runner.calls[0].timeoutMs == 1234);
    }
    SECTION("no PowerShell")
    {
        const WindowsVolumeSource::Result result = source.list();
        CHECK(result.status == Status::ToolMissing);
        CHECK(result.error.contains(QStringLiteral("PowerShell")));
    }
    SECTION("not elevated")
    {
        const QByteArray stderrText = platformData(QStringLiteral("get-bitlockervolume-not-elevated.stderr"));
        runner.answer(powershell, {}, FakeRunner::exited(1, {}, stderrText));
        const WindowsVolumeSource::Result result = source.list();
        CHECK(result.status == Status::NeedsElevation);
        CHECK(result.error.contains(QStringLiteral("administrator")));
        const VolumeScan scan = source.listVolumes();
        REQUIRE(scan.problems.size() == 1);
        CHECK(scan.problems[0].kind == VolumeProblem::Kind::PermissionDenied);
    }
    SECTION("access denied, even with exit code 0")
    {
        runner.answer(powershell, {}, FakeRunner::exited(0, "\r\n", "Get-BitLockerVolume : Access is denied. "
                                                                    "(Exception from HRESULT: 0x80070005)"));
        CHECK(source.list().status == Status::NeedsElevation);
    }
    SECTION("no BitLocker module")
    {
        runner.answer(powershell, {}, FakeRunner::exited(1, {}, "Get-BitLockerVolume : The term 'Get-BitLockerVolume' "
                                                                "is not recognized as the name of a cmdlet, function"));
        CHECK(source.list().status == Status::ToolMissing);
    }
    SECTION("another error names the exit code and the first line")
    {
        runner.answer(powershell, {}, FakeRunner::exited(2, {}, "#< CLIXML\r\nSomething else went wrong\r\n"));
        const WindowsVolumeSource::Result result = source.list();
        CHECK(result.status == Status::ToolFailed);
        CHECK(result.error.contains(QStringLiteral("2")));
        CHECK(result.error.contains(QStringLiteral("Something else went wrong")));
    }
    SECTION("a timeout")
    {
        runner.answer(powershell, {}, FakeRunner::timedOut());
        CHECK(source.list().status == Status::ToolFailed);
    }
    SECTION("invalid JSON")
    {
        runner.answer(powershell, {}, FakeRunner::exited(0, "[{\"MountPoint\": "));
        CHECK(source.list().status == Status::BadOutput);
    }
    SECTION("nothing at all: no volumes")
    {
        runner.answer(powershell, {}, FakeRunner::exited(0));
        const WindowsVolumeSource::Result result = source.list();
        CHECK(result.status == Status::Ok);
        CHECK(result.volumes.isEmpty());
        CHECK(source.listVolumes().problems.isEmpty());
    }
}

// The stand-in powershell is an sh script, so this runs where sh does; under Wine the recorded answers above go through
// FakeRunner.
#if defined(Q_OS_UNIX)
TEST_CASE("The Windows source works with a fake powershell on PATH", "[platform][windows]")
{
    FakeTools tools;
    const QByteArray checkArguments =
        "[ $# -eq 4 ] && [ \"$1\" = -NoProfile ] && [ \"$2\" = -NonInteractive ] && [ \"$3\" = -Command ] "
        "|| { echo \"unexpected arguments: $*\" >&2; exit 64; }\n"
        "case \"$4\" in *'Get-BitLockerVolume | ConvertTo-Json -Depth 4') ;; "
        "*) echo \"unexpected command: $4\" >&2; exit 64;; esac\n";
    SystemProcessRunner runner(tools.environment());
    WindowsVolumeSource source(runner, 10000);

    SECTION("elevated: the recorded output, with Windows line ends")
    {
        const QByteArray recorded = platformDataPath(QStringLiteral("get-bitlockervolume.json")).toUtf8();
        tools.add(QStringLiteral("powershell"), checkArguments + "sed 's/$/\\r/' '" + recorded + "'\n");
        checkRecordedVolumes(source.list());
    }
    SECTION("not elevated")
    {
        tools.add(QStringLiteral("powershell"),
                  checkArguments + "cat '"
                      + platformDataPath(QStringLiteral("get-bitlockervolume-not-elevated.stderr")).toUtf8()
                      + "' >&2\nexit 1\n");
        const WindowsVolumeSource::Result result = source.list();
        CHECK(result.status == Status::NeedsElevation);
        CHECK(result.error.contains(QStringLiteral("Run Keyhaven as administrator")));
    }
    SECTION("no powershell on PATH")
    {
        CHECK(source.list().status == Status::ToolMissing);
    }
}
#endif

TEST_CASE("Windows hands over a volume's recovery keys, said to be not verified here", "[platform][windows][recover]")
{
    FakeRunner runner;
    WindowsVolumeSource source(runner);
    const QString powershell = WindowsVolumeSource::program();
    runner.answer(powershell, {}, FakeRunner::exited(0, platformData(QStringLiteral("get-bitlockervolume.json"))));
    CHECK(source.handsOverRecoveryKeys());
    const WindowsVolumeSource::Result listed = source.list();
    REQUIRE(listed.volumes.size() == 3);

    // D: has two recovery keys: both, each with its protector's ID and the volume it belongs to.
    const RecoveredKeys d = source.recoveryKeysOf(listed.volumes[1]);
    CHECK(d.outcome == RecoveredKeys::Outcome::Read);
    CHECK_FALSE(d.proven);
    CHECK(d.message.contains(QStringLiteral("not verified")));
    REQUIRE(d.keys.size() == 2);
    CHECK(d.keys[0].id->toString() == QStringLiteral("64311DEA-4587-4029-924A-BA299647998E"));
    CHECK(d.keys[0].secret.view() == PasswordD1);
    CHECK(d.keys[1].secret.view() == PasswordD2);
    CHECK(d.keys[0].volumeGuid == listed.volumes[1].guid);
    CHECK_FALSE(d.message.contains(QLatin1String(PasswordD1)));

    // A volume without a recovery-password protector: how to add one.
    Volume bare = listed.volumes[0];
    bare.protectors.removeIf([](const Protector& p) { return p.type == ProtectorType::RecoveryPassword; });
    const RecoveredKeys none = source.recoveryKeysOf(bare);
    CHECK(none.outcome == RecoveredKeys::Outcome::NoRecoveryKey);
    CHECK(none.keys.isEmpty());
    CHECK(none.message.contains(QStringLiteral("manage-bde -protectors -add C: -RecoveryPassword")));

    // Not elevated: no key, and why.
    FakeRunner refused;
    refused.answer(powershell, {},
                   FakeRunner::exited(1, {}, platformData(QStringLiteral("get-bitlockervolume-not-elevated.stderr"))));
    WindowsVolumeSource unelevated(refused);
    const RecoveredKeys denied = unelevated.recoveryKeysOf(listed.volumes[1]);
    CHECK(denied.outcome == RecoveredKeys::Outcome::CannotRead);
    CHECK(denied.keys.isEmpty());
    CHECK(denied.message.contains(QStringLiteral("administrator")));
}
