// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>

namespace keyhaven {

class KeyIdPrefix;

// A recovery key ID: the GUID of a BitLocker protector (or a FileVault volume UUID).
// Written upper case with dashes and without braces, as in Windows' recovery text file.
class KeyId
{
public:
    // Accepts `{UPPER}`, upper or lower case, with or without dashes and braces, full-width input.
    static std::optional<KeyId> parse(QStringView text);
    // From 16 bytes in Microsoft's on-disk layout (Data1, Data2, Data3 little-endian).
    static KeyId fromMixedEndian(const std::uint8_t* bytes);
    static KeyId fromUuid(const QUuid& uuid) { return KeyId(uuid); }

    QString toString() const;   // 64311DEA-4587-4029-924A-BA299647998E
    QString shortForm() const;  // 64311DEA, what recovery screens show first
    QString hexDigits() const;  // 32 upper-case hex digits
    QUuid uuid() const { return m_uuid; }
    bool matches(const KeyIdPrefix& prefix) const;

    bool operator==(const KeyId& other) const = default;

private:
    explicit KeyId(const QUuid& uuid)
        : m_uuid(uuid)
    {
    }
    QUuid m_uuid;
};

// What someone types to look a key up: 8 or more leading hex digits of the ID, or all of it.
class KeyIdPrefix
{
    Q_DECLARE_TR_FUNCTIONS(KeyIdPrefix)

public:
    static constexpr int MinimumDigits = 8;
    static constexpr int FullDigits = 32;

    struct Parsed;
    static Parsed parse(QStringView typed);

    const QString& hexDigits() const { return m_digits; }
    bool isFullId() const { return m_digits.size() == FullDigits; }

private:
    explicit KeyIdPrefix(QString digits)
        : m_digits(std::move(digits))
    {
    }
    QString m_digits;
};

struct KeyIdPrefix::Parsed
{
    std::optional<KeyIdPrefix> prefix;
    QString error;
};

} // namespace keyhaven
