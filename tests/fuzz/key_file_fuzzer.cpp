// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the key-file sniffer and every reader behind it.
#include "formats/KeyFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)keyhaven::KeyFile::readBytes(bytes, QStringLiteral("fuzz"));
    return 0;
}
