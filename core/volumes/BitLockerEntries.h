// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the BitLocker metadata reader: the entries inside one validated FVE metadata block.
#pragma once

#include "BitLockerMetadata.h"
#include "ByteView.h"

#include <QDateTime>

namespace keyhaven::bitlocker {

// Entry types and value types of bitlocker.md §5.
namespace entry {
constexpr std::uint16_t Property = 0x0000;
constexpr std::uint16_t Vmk = 0x0002;
constexpr std::uint16_t Fvek = 0x0003;
constexpr std::uint16_t Description = 0x0007;
constexpr std::uint16_t RecoveryPasswordKey = 0x0012; // nested in a recovery protector's stretch key (§5b)
} // namespace entry

namespace value {
constexpr std::uint16_t Key = 0x0001;
constexpr std::uint16_t String = 0x0002;
constexpr std::uint16_t StretchKey = 0x0003;
constexpr std::uint16_t AesCcmKey = 0x0005;
constexpr std::uint16_t VmkData = 0x0008;
} // namespace value

constexpr qsizetype EntryHeaderSize = 8;

// One entry: u16 size (header included), u16 entry type, u16 value type, u16 version, then data.
struct Entry
{
    std::uint16_t type = 0;
    std::uint16_t valueType = 0;
    ByteView data;
};

// Walks a list of entries, checking every size against what is left: a size of 0 ends the list, a size
// that is too small or too large stops it and marks the list as malformed.
class EntryWalker
{
public:
    explicit EntryWalker(ByteView entries)
        : m_entries(entries)
    {
    }
    std::optional<Entry> next();
    bool malformed() const { return m_malformed; }

private:
    ByteView m_entries;
    qsizetype m_position = 0;
    bool m_malformed = false;
};

// Fills the description, the VMKs and the wrapped FVEK from a metadata block's entries.
// Returns false when the list was malformed (what came before is kept).
bool parseEntries(ByteView entries, BitLockerMetadata& metadata);

// A UTF-16LE string up to its first NUL.
QString utf16String(ByteView bytes);
// A Windows FILETIME (100 ns since 1601-01-01 UTC); invalid for 0.
QDateTime fromFileTime(std::uint64_t fileTime);

} // namespace keyhaven::bitlocker
