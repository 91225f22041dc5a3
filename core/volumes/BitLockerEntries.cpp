// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitLockerEntries.h"

#include <QTimeZone>

#include <algorithm>

namespace keyhaven::bitlocker {

namespace {

constexpr qsizetype NonceSize = 12;
constexpr qsizetype TagSize = 16;
constexpr qsizetype SaltSize = 16;
constexpr qsizetype MethodSize = 4;

// VMK data: protector GUID, FILETIME, u16 unknown, u16 protection type, then nested entries.
constexpr qsizetype VmkGuidOffset = 0;
constexpr qsizetype VmkTimeOffset = 16;
constexpr qsizetype VmkProtectionOffset = 26;
constexpr qsizetype VmkNestedOffset = 28;

// FILETIME of 1970-01-01, and its unit.
constexpr std::uint64_t UnixEpochAsFileTime = 116444736000000000ULL;
constexpr std::uint64_t FileTimeTicksPerMsec = 10000;

ByteView tail(ByteView view, qsizetype offset)
{
    return offset <= view.size() ? view.mid(offset, view.size() - offset) : ByteView();
}

// Value type 0x0005: 12-byte nonce, 16-byte tag, then the ciphertext (the rest of the entry).
std::optional<AesCcmWrappedKey> parseAesCcm(ByteView data)
{
    if (data.size() <= NonceSize + TagSize)
        return std::nullopt;
    AesCcmWrappedKey key;
    std::copy_n(data.data(0), NonceSize, key.nonce.begin());
    std::copy_n(data.data(NonceSize), TagSize, key.tag.begin());
    const ByteView cipher = tail(data, NonceSize + TagSize);
    key.ciphertext = QByteArray(reinterpret_cast<const char*>(cipher.data()), cipher.size());
    return key;
}

// The datums nested in a stretch key: a recovery protector keeps its own password there, wrapped with the VMK.
void parseStretchKeyNested(ByteView nestedEntries, BitLockerVmk& vmk)
{
    EntryWalker nested(nestedEntries);
    while (const auto item = nested.next()) {
        if (item->valueType != value::AesCcmKey)
            continue;
        const std::optional<AesCcmWrappedKey> wrapped = parseAesCcm(item->data);
        if (!wrapped)
            vmk.nestedDamaged = true;
        else if (item->type == entry::RecoveryPasswordKey)
            vmk.nestedWrappedKeys.prepend(*wrapped);
        else
            vmk.nestedWrappedKeys.append(*wrapped);
    }
    vmk.nestedDamaged = vmk.nestedDamaged || nested.malformed();
}

void parseVmkProperty(const Entry& property, BitLockerVmk& vmk)
{
    switch (property.valueType) {
    case value::StretchKey:
        // u32 method, 16-byte salt, then nested entries.
        if (!vmk.stretchSalt && property.data.contains(MethodSize, SaltSize)) {
            std::array<std::uint8_t, 16> salt{};
            std::copy_n(property.data.data(MethodSize), SaltSize, salt.begin());
            vmk.stretchSalt = salt;
            parseStretchKeyNested(tail(property.data, MethodSize + SaltSize), vmk);
        }
        break;
    case value::AesCcmKey:
        if (!vmk.wrappedVmk) // the first one, as cryptsetup takes it
            vmk.wrappedVmk = parseAesCcm(property.data);
        break;
    case value::Key:
        if (vmk.clearKey.isEmpty() && property.data.size() > MethodSize) {
            const ByteView key = tail(property.data, MethodSize);
            vmk.clearKey = QByteArray(reinterpret_cast<const char*>(key.data()), key.size());
        }
        break;
    case value::String:
        if (vmk.name.isEmpty())
            vmk.name = utf16String(property.data);
        break;
    default:
        break;
    }
}

std::optional<BitLockerVmk> parseVmk(ByteView data)
{
    const auto protection = data.u16(VmkProtectionOffset);
    const auto time = data.u64(VmkTimeOffset);
    if (!protection || !time || !data.contains(VmkGuidOffset, 16))
        return std::nullopt;
    BitLockerVmk vmk { Protector { KeyId::fromMixedEndian(data.data(VmkGuidOffset)),
                                   BitLockerMetadataReader::protectorType(*protection), *protection,
                                   fromFileTime(*time) },
                       std::nullopt, std::nullopt, QByteArray(), QString(), {}, false };
    EntryWalker nested(tail(data, VmkNestedOffset));
    while (const auto property = nested.next())
        parseVmkProperty(*property, vmk);
    return vmk;
}

} // namespace

std::optional<Entry> EntryWalker::next()
{
    const qsizetype left = m_entries.size() - m_position;
    if (left < EntryHeaderSize)
        return std::nullopt;
    const std::uint16_t size = *m_entries.u16(m_position);
    if (size == 0)
        return std::nullopt;
    if (size < EntryHeaderSize || size > left) {
        m_malformed = true;
        m_position = m_entries.size();
        return std::nullopt;
    }
    Entry entry;
    entry.type = *m_entries.u16(m_position + 2);
    entry.valueType = *m_entries.u16(m_position + 4);
    entry.data = m_entries.mid(m_position + EntryHeaderSize, size - EntryHeaderSize);
    m_position += size;
    return entry;
}

bool parseEntries(ByteView entries, BitLockerMetadata& metadata)
{
    EntryWalker walker(entries);
    bool haveDescription = false;
    while (const auto item = walker.next()) {
        if (item->type == entry::Vmk && item->valueType == value::VmkData) {
            if (auto vmk = parseVmk(item->data)) {
                metadata.volume.protectors.append(vmk->protector);
                metadata.vmks.append(std::move(*vmk));
            }
        } else if (item->type == entry::Fvek && item->valueType == value::AesCcmKey && !metadata.wrappedFvek) {
            metadata.wrappedFvek = parseAesCcm(item->data);
        } else if (item->type == entry::Description && item->valueType == value::String && !haveDescription) {
            metadata.volume.description = utf16String(item->data);
            haveDescription = true;
        }
    }
    return !walker.malformed();
}

QString utf16String(ByteView bytes)
{
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const std::uint16_t unit = *bytes.u16(i);
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    return text;
}

QDateTime fromFileTime(std::uint64_t fileTime)
{
    if (fileTime == 0)
        return{};
    const qint64 msecs = static_cast<qint64>(fileTime / FileTimeTicksPerMsec)
        - static_cast<qint64>(UnixEpochAsFileTime / FileTimeTicksPerMsec);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

} // namespace keyhaven::bitlocker
