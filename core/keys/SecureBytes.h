// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace keyhaven {

// A buffer for key material. Its memory is locked against swapping where the system allows it and is
// overwritten before it is released, on every path: destruction, reassignment and growth.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void* data, std::size_t size);
    static SecureBytes fromUtf8(QStringView text);
    // Copies the bytes of `source` and wipes `source` afterwards.
    static SecureBytes takeFrom(QByteArray& source);

    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }

    void append(const void* data, std::size_t size);
    void append(char c) { append(&c, 1); }
    void resize(std::size_t size);
    void clear();

    // Only for the edges where a QString is unavoidable (widgets, QProcess stdin). Wipe the result
    // with wipe(QString&) when done with it.
    QString toQString() const;

    bool operator==(const SecureBytes& other) const;

    // Whether every buffer so far could be locked against swapping (mlock), and how many pages are locked now.
    struct Locking
    {
        bool allLocked = false; // false when mlock failed once, or on systems without it
        int error = 0; // the first mlock failure's errno (ENOMEM: over RLIMIT_MEMLOCK; EPERM)
        std::size_t lockedPages = 0;
    };
    static Locking locking();

private:
    void allocate(std::size_t capacity);
    void release();

    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Overwrites the characters of a string that held key material.
void wipe(QString& text);
void wipe(QByteArray& bytes);
void wipe(void* data, std::size_t size);

} // namespace keyhaven
