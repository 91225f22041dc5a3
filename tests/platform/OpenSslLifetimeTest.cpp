// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Process.h"
#include "support/catch.h"

#include <QCoreApplication>

using namespace keyhaven::test;

namespace {

QString probe()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/openssl-exit-probe");
}

} // namespace

TEST_CASE("OpenSSL outlives a thread that ends after main() returns and was torn down under it before",
          "[platform][openssl]")
{
    const ProcessResult kept = run(probe(), {}, {}, 30);
    INFO(kept.errText().toStdString());
    CHECK(kept.outText().trimmed() == QLatin1String("outlived"));
    CHECK(kept.exitCode == 0);

    const ProcessResult before = run(probe(), { QStringLiteral("--as-before") }, {}, 30);
    INFO(before.errText().toStdString());
    CHECK(before.outText().trimmed() == QLatin1String("torn down under a live thread"));
    CHECK(before.exitCode == 1);
}
