// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProcessRunner.h"

#include "FakeTools.h"
#include "support/catch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

SecureBytes bytesOf(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

} // namespace

// The stand-in programs here are sh scripts: they run on Linux and the Mac, not under Wine, whose runner is exercised
// by wine-checks.sh through keyhaven-cli.exe.
#if defined(Q_OS_UNIX)
TEST_CASE("The runner writes stdin, passes arguments as they are and returns both outputs", "[platform][runner]")
{
    FakeTools tools;
    tools.add(QStringLiteral("echo-tool"), "for a in \"$@\"; do printf '[%s]\\n' \"$a\" >&2; done\ncat\nexit 3\n");
    SystemProcessRunner runner(tools.environment());

    const SecureBytes input = bytesOf("line one\nline <two> & 'three'\n");
    const ProcessRunner::Result result = runner.run(
        QStringLiteral("echo-tool"), {QStringLiteral("-a"), QStringLiteral("two words"), QString()}, input, 10000);
    CHECK(result.started);
    CHECK_FALSE(result.timedOut);
    CHECK_FALSE(result.crashed);
    CHECK(result.exitCode == 3);
    CHECK(result.stdOut == QByteArray("line one\nline <two> & 'three'\n"));
    CHECK(result.stdErr == QByteArray("[-a]\n[two words]\n[]\n"));
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("The runner closes stdin when there is nothing to write", "[platform][runner]")
{
    FakeTools tools;
    tools.add(QStringLiteral("reader"), "cat; echo done\n");
    SystemProcessRunner runner(tools.environment());
    const ProcessRunner::Result result = runner.run(QStringLiteral("reader"), {}, SecureBytes(), 10000);
    CHECK(result.exitCode == 0);
    CHECK(result.stdOut == QByteArray("done\n"));
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("The runner carries large inputs and outputs without blocking", "[platform][runner]")
{
    FakeTools tools;
    tools.add(QStringLiteral("copy"), "cat\n");
    SystemProcessRunner runner(tools.environment());
    const QByteArray big(512 * 1024, 'k');
    const ProcessRunner::Result result = runner.run(QStringLiteral("copy"), {}, SecureBytes(big.data(), big.size()),
                                                    20000);
    CHECK_FALSE(result.timedOut);
    CHECK(result.stdOut == big);
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("The runner kills a program that outlives its timeout", "[platform][runner]")
{
    FakeTools tools;
    tools.add(QStringLiteral("hang"), "echo started\nexec sleep 30\n");
    SystemProcessRunner runner(tools.environment());
    QElapsedTimer timer;
    timer.start();
    const ProcessRunner::Result result = runner.run(QStringLiteral("hang"), {}, SecureBytes(), 500);
    CHECK(timer.elapsed() < 10000);
    CHECK(result.started);
    CHECK(result.timedOut);
    CHECK(result.crashed);
}
#endif

#if defined(Q_OS_UNIX)
TEST_CASE("A program that dies from a signal is reported as crashed", "[platform][runner]")
{
    FakeTools tools;
    tools.add(QStringLiteral("die"), "kill -9 $$\n");
    SystemProcessRunner runner(tools.environment());
    const ProcessRunner::Result result = runner.run(QStringLiteral("die"), {}, SecureBytes(), 10000);
    CHECK(result.started);
    CHECK_FALSE(result.timedOut);
    CHECK(result.crashed);
}
#endif

TEST_CASE("A missing program is reported as not started", "[platform][runner]")
{
    FakeTools tools;
    SystemProcessRunner runner(tools.environment());
    const ProcessRunner::Result result =
        runner.run(QStringLiteral("keyhaven-no-such-tool"), {}, bytesOf("x"), 10000);
    CHECK_FALSE(result.started);
    CHECK(result.stdOut.isEmpty());

#if defined(Q_OS_UNIX)
    SECTION("so is a file on PATH that may not be executed")
    {
        tools.add(QStringLiteral("not-executable"), "exit 0\n");
        REQUIRE(QFile::setPermissions(tools.file(QStringLiteral("not-executable")), QFile::ReadOwner));
        CHECK(runner.findProgram(QStringLiteral("not-executable")).isEmpty());
        CHECK_FALSE(runner.run(QStringLiteral("not-executable"), {}, SecureBytes(), 10000).started);
    }
#endif
}

#if defined(Q_OS_UNIX)
TEST_CASE("Programs are looked up on the PATH of the runner's environment", "[platform][runner]")
{
    FakeTools tools;
    tools.add(QStringLiteral("keyhaven-fake-tool"), "echo fake\n");
    const QString fake = tools.file(QStringLiteral("keyhaven-fake-tool"));

    SystemProcessRunner withPath(tools.environment());
    CHECK(withPath.findProgram(QStringLiteral("keyhaven-fake-tool")) == fake);

    SystemProcessRunner withoutPath(QProcessEnvironment{});
    CHECK(withoutPath.findProgram(QStringLiteral("keyhaven-fake-tool")).isEmpty());
    CHECK(withoutPath.findProgram(QStringLiteral("sh")).isEmpty());

    SystemProcessRunner inherited;
    CHECK(inherited.findProgram(QStringLiteral("keyhaven-fake-tool")).isEmpty());
    // This process' PATH is never searched: a tool of a system name earlier on it is not the one that runs.
    tools.add(QStringLiteral("umount"), "echo impostor\n");
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", tools.dir().toUtf8() + ':' + savedPath);
    const QString umount = inherited.findProgram(QStringLiteral("umount"));
    const QString sh = inherited.findProgram(QStringLiteral("sh"));
    qputenv("PATH", savedPath);
    CHECK(umount != tools.file(QStringLiteral("umount")));
    CHECK(SystemProcessRunner::trustedToolFolders().contains(QFileInfo(umount).absolutePath()));
    CHECK(SystemProcessRunner::trustedToolFolders().contains(QFileInfo(sh).absolutePath()));
    // A path runs as given, whatever PATH says.
    const ProcessRunner::Result result = inherited.run(fake, {}, SecureBytes(), 10000);
    CHECK(result.started);
    CHECK(result.stdOut == QByteArray("fake\n"));
}
#endif
