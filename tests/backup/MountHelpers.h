// SPDX-License-Identifier: GPL-3.0-or-later
// Real file systems for the backup tests: a small tmpfs (full, read-only) and a FAT image through FUSE.
#pragma once

#include <QString>

namespace keyhaven::test {

// Mounts a tmpfs at `mountPoint` (created) for the life of the object. Needs root (or CAP_SYS_ADMIN).
class TmpfsMount
{
public:
    TmpfsMount(const QString& mountPoint, const QString& options);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;
    bool mounted() const { return m_mounted; }
    const QString& error() const { return m_error; } // why it could not be mounted
    bool remountReadOnly();

private:
    QString m_mountPoint;
    QString m_error;
    bool m_mounted = false;
};

// Writes to `path` until the file system is full.
void fillFileSystem(const QString& path);

// A FAT file system in an image file, mounted at `mountPoint` with fusefat (Debian's package), or
// failing that with a loop mount. `how` says which; `error` why neither worked.
class FatImage
{
public:
    FatImage(const QString& image, const QString& mountPoint, const QString& label);
    ~FatImage();
    FatImage(const FatImage&) = delete;
    FatImage& operator=(const FatImage&) = delete;
    bool mounted() const { return !m_how.isEmpty(); }
    const QString& how() const { return m_how; } // "fusefat" or "loop"
    const QString& error() const { return m_error; }
    bool unmount();

private:
    QString m_image;
    QString m_mountPoint;
    QString m_how;
    QString m_error;
};

} // namespace keyhaven::test

// Mounting is part of what is tested: when it is not possible the test fails and says why, never skips.
#define REQUIRE_MOUNTED(mount)                                                                                         \
    do {                                                                                                               \
        if (!(mount).mounted())                                                                                        \
            FAIL("Could not mount the test file system (this test needs root and mount(2)): "                          \
                 << (mount).error().toStdString());                                                                    \
    } while (false)
