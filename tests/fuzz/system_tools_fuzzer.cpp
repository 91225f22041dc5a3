// SPDX-License-Identifier: GPL-3.0-or-later
// What the system's tools print, read by Keyhaven: fdesetup/diskutil property lists (MacPlist and
// MacVolumeSource over a runner that answers with the input) and Get-BitLockerVolume's JSON
// (WindowsVolumeSource::parse).
#include "platform/ProcessRunner.h"
#include "volumes/MacPlist.h"
#include "volumes/MacVolumeSource.h"
#include "volumes/WindowsVolumeSource.h"

#include <cstddef>
#include <cstdint>

namespace {

// Every tool exits with the first byte as its code and prints the rest.
class RecordedRunner : public keyhaven::ProcessRunner
{
public:
    explicit RecordedRunner(QByteArrayView input)
        : m_exitCode(input.isEmpty() ? 0 : static_cast<std::uint8_t>(input.front()) % 4)
        , m_output(input.isEmpty() ? QByteArray() : input.sliced(1).toByteArray())
    {
    }
    Result run(const QString&, const QStringList&, const keyhaven::SecureBytes&, int) override
    {
        Result result;
        result.started = true;
        result.exitCode = m_exitCode;
        result.stdOut = m_output;
        return result;
    }

private:
    int m_exitCode;
    QByteArray m_output;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)keyhaven::macplist::readDict(bytes, u"RecoveryKey");

    RecordedRunner runner(bytes);
    keyhaven::MacVolumeSource mac(runner, 1000);
    (void)mac.list();
    (void)mac.changeRecoveryKey(QStringLiteral("fuzz"), keyhaven::SecureBytes::fromUtf8(QStringLiteral("pw")));

    QByteArray json = bytes.toByteArray();
    (void)keyhaven::WindowsVolumeSource::parse(json);
    return 0;
}
