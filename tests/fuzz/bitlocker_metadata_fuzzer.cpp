// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the BitLocker metadata reader as if they were a volume.
#include "volumes/BitLockerMetadata.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)keyhaven::BitLockerMetadataReader::read(buffer, QStringLiteral("fuzz"));
    return 0;
}
