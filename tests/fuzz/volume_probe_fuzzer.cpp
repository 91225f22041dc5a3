// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to VolumeProbe as a device (BitLocker, CoreStorage, GPT, LUKS, APFS, zeros, …) and to
// the CoreStorage reader. When the input has CoreStorage's "CS" magic its CRC-32C is fixed first, so that
// the reader gets past its checksum.
#include "volumes/ByteView.h"
#include "volumes/CoreStorage.h"
#include "volumes/VolumeProbe.h"

#include <QBuffer>
#include <QtEndian>

#include <cstddef>
#include <cstdint>

namespace {

void probe(QByteArray& bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    // A path that does not exist: the probe's libcryptsetup look-up must fail cleanly, not read a real file.
    const QString path = QStringLiteral("/nonexistent/keyhaven-fuzz");
    (void)keyhaven::VolumeProbe::probeDevice(buffer, path);
    buffer.seek(0);
    (void)keyhaven::CoreStorageReader::read(buffer, path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    probe(bytes);
    if (bytes.size() >= 512 && keyhaven::CoreStorageReader::looksLikeCoreStorage(bytes)) {
        qToLittleEndian<quint32>(0xFFFFFFFFU, bytes.data() + 4);
        qToLittleEndian<quint32>(keyhaven::crc32cRaw(0xFFFFFFFFU, QByteArrayView(bytes).sliced(8, 504)),
                                 bytes.data());
        probe(bytes);
    }
    return 0;
}
