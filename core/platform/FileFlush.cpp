// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileFlush.h"

#include <QFileDevice>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace keyhaven {

bool flushToDevice(QFileDevice& file)
{
    const int fd = file.handle();
    if (fd < 0)
        return false;
#if defined(Q_OS_WIN)
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
    return handle != INVALID_HANDLE_VALUE && ::FlushFileBuffers(handle) != 0;
#elif defined(Q_OS_MACOS)
    return ::fcntl(fd, F_FULLFSYNC) == 0 || ::fsync(fd) == 0; // F_FULLFSYNC fails on some file systems (SMB)
#else
    return ::fsync(fd) == 0;
#endif
}

} // namespace keyhaven
