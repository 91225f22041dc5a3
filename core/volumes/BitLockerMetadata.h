// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Volume.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <array>
#include <cstdint>
#include <optional>

namespace keyhaven {

// A key wrapped with AES-CCM, as BitLocker stores it (value type 0x0005).
struct AesCcmWrappedKey
{
    std::array<std::uint8_t, 12> nonce{};
    std::array<std::uint8_t, 16> tag{};
    QByteArray ciphertext; // not secret: it is what is on the disk
};

// One VMK entry (entry type 0x0002, value type 0x0008): a protector and what it needs to unwrap.
struct BitLockerVmk
{
    Protector protector;
    std::optional<std::array<std::uint8_t, 16>> stretchSalt; // from the stretch-key entry (0x0003)
    std::optional<AesCcmWrappedKey> wrappedVmk;              // the top-level AES-CCM entry (0x0005)
    QByteArray clearKey;                                     // only for clear-key protectors (0x0001)
    QString name;                                            // the VMK's own string (0x0002), e.g. "ExternalKey"
    // The AES-CCM datums nested in the stretch-key datum, entry type 0x0012 first. In a recovery-password
    // protector one of them is the password's key bytes wrapped with the VMK (bitlocker.md §5b): type 0x0012 on
    // current Windows; volumes made by older Windows (AES-CBC with the Elephant diffuser) keep it untyped (0x0000).
    QList<AesCcmWrappedKey> nestedWrappedKeys;
    bool nestedDamaged = false; // the datums nested in the stretch key could not all be read
};

struct BitLockerMetadata
{
    Volume volume;
    int metadataCopy = 0;                     // which of the three copies was used (0-based)
    quint16 encryptionMethod = 0;             // raw value
    std::optional<AesCcmWrappedKey> wrappedFvek; // entry type 0x0003, wrapped with the VMK
    QList<BitLockerVmk> vmks;
    quint16 bytesPerSector = 512;             // from the volume header (0 there means 512)
    quint64 volumeSize = 0;                   // bytes, from the FVE block header
    std::array<quint64, 3> metadataOffsets{}; // byte offsets of the three FVE metadata copies
    quint16 currentState = 0;                 // conversion state: 4 = encrypted, 2/5 = converting, 1 = decrypted
    quint16 nextState = 0;
};

// Reads BitLocker's FVE metadata from raw bytes (an image file, a block device, a buffer).
class BitLockerMetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(BitLockerMetadataReader)

public:
    struct Result
    {
        enum class Status {
            Ok,
            NotBitLocker,   // no BitLocker signature: some other volume
            Unsupported,    // recognised but not readable here (Windows Vista metadata); `error` says so
            Damaged,        // signature present but no metadata copy is intact
            ReadError,
        };
        Status status = Status::NotBitLocker;
        std::optional<BitLockerMetadata> metadata;
        QString error; // translated; empty when Ok
    };

    // `path` is recorded in the volume; the device must be open for reading and allow seeking (a file, a
    // block device, a QBuffer). Reads only what it needs: sector 0, then each metadata copy until one is intact.
    static Result read(QIODevice& device, const QString& path);
    // Cheap check of the first sector only (at least 512 bytes; true for Vista volumes too).
    static bool looksLikeBitLocker(QByteArrayView firstSector);

    // 0x8004 → "AES-XTS 128"; unknown methods are named with their code.
    static QString encryptionMethodName(quint16 method);
    // The protection type of a VMK (u16 at data offset 26) as a protector type; Unknown for other codes.
    static ProtectorType protectorType(quint16 rawType);
};

} // namespace keyhaven
