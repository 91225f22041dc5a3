// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <QtGlobal>

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <new>

#include <cerrno>
#include <mutex>
#include <unordered_map>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace keyhaven {

namespace {

// mlock works on whole pages, and small buffers share pages: each page is locked while any buffer on it
// lives, and unlocked only when the last one goes (a plain munlock would unlock its neighbours' pages too).
class PageLocks
{
public:
    void lock(const void* data, std::size_t size)
    {
#if defined(Q_OS_UNIX)
        const std::lock_guard<std::mutex> guard(m_mutex);
        for (std::uintptr_t page = first(data); page <= last(data, size); page += pageSize()) {
            if (++m_counts[page] > 1)
                continue;
            if (::mlock(reinterpret_cast<void*>(page), pageSize()) != 0 && m_failure == 0) {
                m_failure = errno;
                // Once per process: the keys are still wiped, but may reach swap.
                qWarning("keyhaven: key memory could not be locked against swapping (mlock: %s); keys are still "
                         "wiped after use, but may be written to swap meanwhile.",
                         std::strerror(m_failure));
            }
        }
#else
        (void)data;
        (void)size;
#endif
    }

    void unlock(const void* data, std::size_t size)
    {
#if defined(Q_OS_UNIX)
        const std::lock_guard<std::mutex> guard(m_mutex);
        for (std::uintptr_t page = first(data); page <= last(data, size); page += pageSize()) {
            const auto count = m_counts.find(page);
            if (count == m_counts.end() || --count->second > 0)
                continue;
            m_counts.erase(count);
            (void)::munlock(reinterpret_cast<void*>(page), pageSize());
        }
#else
        (void)data;
        (void)size;
#endif
    }

    SecureBytes::Locking status()
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
#if defined(Q_OS_UNIX)
        return { m_failure == 0, m_failure, m_counts.size() };
#else
        return { false, 0, 0 };
#endif
    }

private:
#if defined(Q_OS_UNIX)
    static std::uintptr_t pageSize()
    {
        static const auto size = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        return size;
    }
    static std::uintptr_t first(const void* data) { return reinterpret_cast<std::uintptr_t>(data) & ~(pageSize() - 1); }
    static std::uintptr_t last(const void* data, std::size_t size)
    {
        return (reinterpret_cast<std::uintptr_t>(data) + size - 1) & ~(pageSize() - 1);
    }
#endif

    std::mutex m_mutex;
    std::unordered_map<std::uintptr_t, int> m_counts;
    int m_failure = 0;
};

PageLocks& pageLocks()
{
    static auto* locks = new PageLocks; // never destroyed: buffers in other statics may outlive any order
    return *locks;
}

void lockMemory(void* data, std::size_t size)
{
    pageLocks().lock(data, size);
}

void unlockMemory(void* data, std::size_t size)
{
    pageLocks().unlock(data, size);
}

} // namespace

SecureBytes::SecureBytes(std::size_t size)
{
    allocate(size);
    m_size = size;
}

SecureBytes::SecureBytes(const void* data, std::size_t size)
    : SecureBytes(size)
{
    if (size > 0)
        std::memcpy(m_data, data, size);
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes result(source.constData(), static_cast<std::size_t>(source.size()));
    wipe(source);
    return result;
}

SecureBytes::SecureBytes(const SecureBytes& other)
    : SecureBytes(other.m_data, other.m_size)
{
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    release();
}

void SecureBytes::append(const void* data, std::size_t size)
{
    if (size == 0)
        return;
    const std::size_t oldSize = m_size;
    resize(oldSize + size);
    std::memcpy(m_data + oldSize, data, size);
}

void SecureBytes::resize(std::size_t size)
{
    if (size <= m_capacity) {
        if (size < m_size)
            OPENSSL_cleanse(m_data + size, m_size - size);
        else if (size > m_size)
            std::memset(m_data + m_size, 0, size - m_size);
        m_size = size;
        return;
    }
    SecureBytes grown;
    grown.allocate(std::max(size, m_capacity * 2));
    if (m_size > 0)
        std::memcpy(grown.m_data, m_data, m_size);
    grown.m_size = size;
    *this = std::move(grown);
}

void SecureBytes::clear()
{
    release();
}

QString SecureBytes::toQString() const
{
    return QString::fromUtf8(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_size == other.m_size && CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::allocate(std::size_t capacity)
{
    release();
    if (capacity == 0)
        return;
    m_data = static_cast<std::uint8_t*>(::operator new(capacity));
    std::memset(m_data, 0, capacity);
    m_capacity = capacity;
    lockMemory(m_data, m_capacity);
}

void SecureBytes::release()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_capacity);
        unlockMemory(m_data, m_capacity);
        ::operator delete(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

SecureBytes::Locking SecureBytes::locking()
{
    return pageLocks().status();
}

void wipe(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(void* data, std::size_t size)
{
    OPENSSL_cleanse(data, size);
}

} // namespace keyhaven
