// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopDevice.h"

#include "support/Process.h"
#include "support/catch.h"

namespace keyhaven::test {

LoopDevice::LoopDevice(const QString& file)
{
    const ProcessResult attached
        = run(QStringLiteral("losetup"), { QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--read-only"), file });
    INFO("losetup: " << attached.errText().toStdString());
    REQUIRE(attached.exitCode == 0);
    m_path = attached.outText().trimmed();
    REQUIRE(m_path.startsWith(QStringLiteral("/dev/loop")));
}

LoopDevice::~LoopDevice()
{
    if (!m_path.isEmpty())
        run(QStringLiteral("losetup"), { QStringLiteral("--detach"), m_path });
}

} // namespace keyhaven::test
