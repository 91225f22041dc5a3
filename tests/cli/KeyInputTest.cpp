// SPDX-License-Identifier: GPL-3.0-or-later
// How the CLI reads a key piped to it (Cli::readKey, the code keyhaven-cli runs): after reading, the key is in
// this process's memory only in the SecureBytes it returned. A buffered reader (QFile over stdio, QIODevice's
// read buffer, readAll()) would leave copies in freed heap memory, which this test finds by scanning every
// writable anonymous mapping of the process (/proc/self/maps).
#include "Cli.h"

#include "support/catch.h"

#include <QRandomGenerator>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace keyhaven;

namespace {

constexpr unsigned char Mask = 0x5A; // the test keeps the key only masked, so that it cannot find itself

// The scan reads freed memory and other allocations' bytes on purpose, which AddressSanitizer would stop as a
// bad read: it is left uninstrumented in the sanitizer build.
#if defined(__GNUC__)
#define KEYHAVEN_SCAN_WITHOUT_ASAN __attribute__((no_sanitize_address))
#else
#define KEYHAVEN_SCAN_WITHOUT_ASAN
#endif

// AddressSanitizer's shadow memory, terabytes of it, mirrors the state of memory, not its bytes: not scanned.
bool isSanitizerShadow(unsigned long begin, unsigned long end)
{
#if defined(__SANITIZE_ADDRESS__)
    return end - begin >= (1UL << 36);
#else
    Q_UNUSED(begin)
    Q_UNUSED(end)
    return false;
#endif
}

// A fresh recovery password, masked.
QByteArray maskedKey()
{
    QByteArray masked;
    for (int group = 0; group < 8; ++group) {
        const QByteArray digits = QByteArray::number(QRandomGenerator::global()->bounded(100000, 720000));
        for (char c : digits)
            masked.append(char(c ^ Mask));
        if (group < 7)
            masked.append(char('-' ^ Mask));
    }
    return masked;
}

KEYHAVEN_SCAN_WITHOUT_ASAN bool holdsAt(const unsigned char* at, const QByteArray& masked)
{
    for (qsizetype i = 0; i < masked.size(); ++i)
        if ((at[i] ^ Mask) != static_cast<unsigned char>(masked[i]))
            return false;
    return true;
}

// The addresses in writable private memory (heap, anonymous mappings, stacks) where the key is, other than
// [skip, skip + skipSize). /proc/self/maps is read into a static buffer: an allocation here could reuse, and
// overwrite, the very freed memory that is looked at.
KEYHAVEN_SCAN_WITHOUT_ASAN
QList<quintptr> placesHolding(const QByteArray& masked, const void* skip, std::size_t skipSize)
{
    static char maps[1 << 20];
    const int fd = ::open("/proc/self/maps", O_RDONLY);
    REQUIRE(fd >= 0);
    std::size_t length = 0;
    for (ssize_t n = 0; (n = ::read(fd, maps + length, sizeof maps - 1 - length)) > 0;)
        length += std::size_t(n);
    ::close(fd);
    maps[length] = '\0';
    const auto skipBegin = reinterpret_cast<quintptr>(skip);
    QList<quintptr> found;
    for (char* line = maps; line && *line;) {
        char* next = std::strchr(line, '\n');
        if (next)
            *next++ = '\0';
        unsigned long begin = 0, end = 0;
        char perms[8] = {};
        char name[512] = {};
        const int fields = std::sscanf(line, "%lx-%lx %7s %*s %*s %*s %511s", &begin, &end, perms, name);
        line = next;
        if (fields < 3 || perms[0] != 'r' || perms[1] != 'w')
            continue;
        if (fields == 4 && name[0] != '[')
            continue; // a file's data: not where a read buffer lives
        if (std::strncmp(name, "[vvar", 5) == 0 || std::strncmp(name, "[vsyscall", 9) == 0)
            continue;
        if (isSanitizerShadow(begin, end))
            continue;
        for (quintptr at = begin; at + quintptr(masked.size()) <= end; ++at) {
            if (at >= skipBegin && at < skipBegin + skipSize)
                continue;
            if (holdsAt(reinterpret_cast<const unsigned char*>(at), masked))
                found.append(at);
        }
    }
    return found;
}

// Makes a pipe with `masked` unmasked in it (and a line end) this process's standard input.
class PipedStandardInput
{
public:
    explicit PipedStandardInput(const QByteArray& masked)
    {
        int ends[2];
        REQUIRE(::pipe(ends) == 0);
        char key[128] = {};
        REQUIRE(masked.size() < qsizetype(sizeof key));
        for (qsizetype i = 0; i < masked.size(); ++i)
            key[i] = char(masked[i] ^ Mask);
        key[masked.size()] = '\n';
        const ssize_t written = ::write(ends[1], key, std::size_t(masked.size() + 1));
        OPENSSL_cleanse(key, sizeof key);
        REQUIRE(written == masked.size() + 1);
        ::close(ends[1]);
        m_saved = ::dup(STDIN_FILENO);
        REQUIRE(::dup2(ends[0], STDIN_FILENO) == STDIN_FILENO);
        ::close(ends[0]);
    }
    ~PipedStandardInput()
    {
        ::dup2(m_saved, STDIN_FILENO);
        ::close(m_saved);
    }

private:
    int m_saved = -1;
};

} // namespace

TEST_CASE("A key piped to the CLI is in memory only in the SecureBytes it was read into", "[cli][secrets]")
{
    const QByteArray masked = maskedKey();
    {
        // The scan works: a plain QByteArray copy of the key is found.
        QByteArray copy(masked.size(), '\0');
        for (qsizetype i = 0; i < masked.size(); ++i)
            copy[i] = char(masked[i] ^ Mask);
        CHECK(placesHolding(masked, nullptr, 0).size() >= 1);
        OPENSSL_cleanse(copy.data(), std::size_t(copy.size()));
    }
    REQUIRE(placesHolding(masked, nullptr, 0).isEmpty());

    PipedStandardInput input(masked);
    const cli::Cli::KeyInput read = cli::Cli::readKey();
    REQUIRE(read.error.isEmpty());
    REQUIRE(read.key.size() == std::size_t(masked.size())); // the line end is cut off
    CHECK(holdsAt(read.key.data(), masked));
    const QList<quintptr> elsewhere = placesHolding(masked, read.key.data(), read.key.size());
    INFO(elsewhere.size() << " other copies, the first at 0x" << QByteArray::number(elsewhere.value(0), 16).constData());
    CHECK(elsewhere.isEmpty());
}
