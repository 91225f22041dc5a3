// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/SecureBytes.h"

#include "support/catch.h"

#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <cstring>
#include <new>
#include <set>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace keyhaven;

// This test program's own operator new/delete: they let a test look at a buffer's bytes at the moment it
// is given back, which is the only moment a missing wipe can be seen without undefined behaviour.
namespace {

const void* watched = nullptr;
std::size_t watchedSize = 0;
QByteArray released; // the watched buffer's bytes as they were handed to operator delete

void noteRelease(void* pointer)
{
    if (pointer && pointer == watched) {
        released = QByteArray(static_cast<const char*>(pointer), qsizetype(watchedSize));
        watched = nullptr;
    }
}

} // namespace

// Every form is replaced, so that each allocation and its release go through the same malloc/free pair
// (a sanitizer build checks that they match).
void* operator new(std::size_t size)
{
    if (void* pointer = std::malloc(size ? size : 1))
        return pointer;
    throw std::bad_alloc();
}

void* operator new[](std::size_t size)
{
    return operator new(size);
}

void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    return std::malloc(size ? size : 1);
}

void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    return std::malloc(size ? size : 1);
}

void operator delete(void* pointer) noexcept
{
    noteRelease(pointer);
    std::free(pointer);
}

void operator delete[](void* pointer) noexcept
{
    operator delete(pointer);
}

void operator delete(void* pointer, std::size_t) noexcept
{
    operator delete(pointer);
}

void operator delete[](void* pointer, std::size_t) noexcept
{
    operator delete(pointer);
}

void operator delete(void* pointer, const std::nothrow_t&) noexcept
{
    operator delete(pointer);
}

void operator delete[](void* pointer, const std::nothrow_t&) noexcept
{
    operator delete(pointer);
}

namespace {

// Watches the buffer `bytes` holds now; `released` gets its bytes when it is freed.
void watch(const SecureBytes& bytes)
{
    watched = bytes.data();
    watchedSize = bytes.size();
    released.clear();
}

bool allZero(const QByteArray& bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}

// The locked pages are counted as Linux counts them (VmLck); other systems have no such count to compare with.
#if defined(Q_OS_LINUX)
#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer turns mlock/munlock into no-ops, so the kernel counts nothing locked: in that build the
// count is SecureBytes' own table of locked pages (the refcount that decides when munlock is called).
long lockedKilobytes()
{
    return long(SecureBytes::locking().lockedPages) * (::sysconf(_SC_PAGESIZE) / 1024);
}
#else
// Locked memory of this process as the kernel counts it (kB).
long lockedKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmLck:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    FAIL("no VmLck in /proc/self/status");
    return -1;
}
#endif

std::set<std::uintptr_t> pagesOf(const std::vector<SecureBytes>& buffers)
{
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    std::set<std::uintptr_t> pages;
    for (const SecureBytes& buffer : buffers) {
        if (buffer.isEmpty())
            continue;
        const auto first = reinterpret_cast<std::uintptr_t>(buffer.data()) & ~(page - 1);
        const auto last = (reinterpret_cast<std::uintptr_t>(buffer.data()) + buffer.size() - 1) & ~(page - 1);
        for (std::uintptr_t p = first; p <= last; p += page)
            pages.insert(p);
    }
    return pages;
}
#endif

} // namespace

TEST_CASE("SecureBytes keeps, copies, grows and clears its bytes", "[keys][secure-bytes]")
{
    SecureBytes bytes("abc", 3);
    CHECK(bytes.view() == "abc");
    bytes.append("defgh", 5);
    CHECK(bytes.view() == "abcdefgh");
    SecureBytes copy = bytes;
    CHECK(copy == bytes);
    SecureBytes moved = std::move(copy);
    CHECK(moved.view() == "abcdefgh");
    CHECK(copy.isEmpty());
    bytes.resize(2);
    CHECK(bytes.view() == "ab");
    bytes.clear();
    CHECK(bytes.isEmpty());
    CHECK(bytes.data() == nullptr);
}

TEST_CASE("SecureBytes wipes every buffer it gives back: clear, destruction, growth, assignment, shrinking",
          "[keys][secure-bytes]")
{
    const char secret[] = "235818-357951-253979-013365";
    {
        SecureBytes bytes(secret, sizeof secret - 1);
        watch(bytes);
        bytes.clear();
        CHECK(allZero(released));
    }
    {
        auto bytes = std::make_unique<SecureBytes>(secret, sizeof secret - 1);
        watch(*bytes);
        bytes.reset();
        CHECK(allZero(released));
    }
    {
        SecureBytes bytes(secret, sizeof secret - 1);
        watch(bytes);
        bytes.append(secret, sizeof secret - 1); // grows into a new buffer; the old one goes
        CHECK(allZero(released));
        CHECK(bytes.size() == 2 * (sizeof secret - 1));
    }
    {
        SecureBytes bytes(secret, sizeof secret - 1);
        watch(bytes);
        bytes = SecureBytes("other", 5);
        CHECK(allZero(released));
    }
    {
        SecureBytes bytes(secret, sizeof secret - 1);
        bytes.resize(6); // same buffer: what was cut off is wiped at once
        const std::uint8_t* data = bytes.data();
        CHECK(std::all_of(data + 6, data + sizeof secret - 1, [](std::uint8_t b) { return b == 0; }));
        CHECK(bytes.view() == "235818");
    }
}

TEST_CASE("Taking bytes from a QByteArray wipes the source", "[keys][secure-bytes]")
{
    QByteArray source("secret");
    const SecureBytes taken = SecureBytes::takeFrom(source);
    CHECK(taken.view() == "secret");
    CHECK(source.isEmpty());
    QString text = QStringLiteral("secret");
    wipe(text);
    CHECK(text.isEmpty());
}

#if defined(Q_OS_LINUX)
TEST_CASE("SecureBytes locks pages while any buffer on them lives, and no longer", "[keys][secure-bytes]")
{
    REQUIRE(lockedKilobytes() == 0); // nothing else in this program holds locked memory now
    const long pageKilobytes = ::sysconf(_SC_PAGESIZE) / 1024;
    std::vector<SecureBytes> buffers;
    for (int i = 0; i < 64; ++i)
        buffers.emplace_back(24); // small buffers: several share each page
    CHECK(lockedKilobytes() == long(pagesOf(buffers).size()) * pageKilobytes);
    for (std::size_t i = 0; i < buffers.size(); i += 2)
        buffers[i].clear(); // their neighbours on the same pages are still alive
    INFO("pages still in use: " << pagesOf(buffers).size());
    CHECK(lockedKilobytes() == long(pagesOf(buffers).size()) * pageKilobytes);
    buffers.clear();
    CHECK(lockedKilobytes() == 0);
    CHECK(SecureBytes::locking().lockedPages == 0);
    CHECK(SecureBytes::locking().allLocked);
}
#endif
