// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's main for Catch2 v2 (Debian 12) and v3: a QCoreApplication, a QGuiApplication for the suites
// that paint text (compiled with KEYHAVEN_TEST_GUI), or a QApplication for the widget tests
// (KEYHAVEN_TEST_WIDGETS). Offscreen unless told otherwise, or unless the suite needs the system's own platform
// (KEYHAVEN_TEST_NATIVE_PLATFORM: the Windows clipboard; Wine does not pass QT_QPA_PLATFORM on to programs).
#include "platform/OpenSslLifetime.h"
#include "platform/ProcessExit.h"
#include "platform/WorkerThreads.h"

#include <QCoreApplication>
#if defined(KEYHAVEN_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(KEYHAVEN_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
using TestApplication = QCoreApplication;
#endif

#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

namespace {

int run(int argc, char* argv[])
{
#if !defined(KEYHAVEN_TEST_NATIVE_PLATFORM)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    const keyhaven::WorkerThreadsEndFirst workerThreadsEndFirst;
    return Catch::Session().run(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    keyhaven::keepOpenSslUntilProcessExit();
    return keyhaven::finishProcess(run(argc, argv)); // as the programs end (ProcessExit.h)
}
