// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QUuid>

#include <optional>

namespace keyhaven {

// Recognises a FileVault 2 volume made with CoreStorage (macOS 10.7 to 10.14): the physical volume header
// in the first 512 bytes, as cryptsetup's FVAULT2 support checks it (CRC-32C, version 1, "CS" magic,
// a 16-byte metadata key). APFS FileVault is a different format and is not recognised here.
class CoreStorageReader
{
    Q_DECLARE_TR_FUNCTIONS(CoreStorageReader)

public:
    struct Result
    {
        enum class Status { Ok, NotCoreStorage, Damaged, ReadError };
        Status status = Status::NotCoreStorage;
        std::optional<Volume> volume; // type FileVault, guid = the physical volume UUID
        QUuid physicalVolume;
        QUuid volumeGroup;
        QString error; // translated; empty when Ok
    };

    // `path` is recorded in the volume; the device must be open for reading and allow seeking.
    static Result read(QIODevice& device, const QString& path);
    // The "CS" magic of a CoreStorage physical volume header (needs the first 512 bytes).
    static bool looksLikeCoreStorage(QByteArrayView firstSector);
    // The encrypted logical volume's family UUID, read through libcryptsetup where it is available (it also
    // confirms that the volume is FileVault-encrypted). Nothing when it cannot be read.
    static std::optional<QUuid> familyUuid(const QString& path);
    // Whether familyUuid() can work on this system.
    static bool canReadFamilyUuid();
};

} // namespace keyhaven
