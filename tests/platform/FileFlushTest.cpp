// SPDX-License-Identifier: GPL-3.0-or-later
// flushToDevice: fsync on Linux, F_FULLFSYNC on macOS, FlushFileBuffers on Windows (under Wine in
// packaging/windows/build.sh). A file that is not open has nothing to flush and says so.
#include "platform/FileFlush.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>
#include <QSaveFile>

using namespace keyhaven;
using namespace keyhaven::test;

TEST_CASE("flushToDevice flushes an open file and refuses one that is not open", "[platform][flush]")
{
    const ScratchDir dir;
    QSaveFile saved(dir.file(QStringLiteral("key.txt")));
    REQUIRE(saved.open(QIODevice::WriteOnly));
    REQUIRE(saved.write("Recovery Key: test\n") > 0);
    REQUIRE(saved.flush());
    CHECK(flushToDevice(saved));
    REQUIRE(saved.commit());

    QFile plain(dir.file(QStringLiteral("other.txt")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    REQUIRE(plain.write("x") == 1);
    REQUIRE(plain.flush());
    CHECK(flushToDevice(plain));
    plain.close();
    CHECK_FALSE(flushToDevice(plain)); // closed: no handle
}
