# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (posix threads, for std::thread and Qt).
# The dependencies live in one prefix made by packaging/windows/build-deps.sh; pass it as
# -DKEYHAVEN_MINGW_PREFIX=... (default /opt/keyhaven-mingw). Programs (moc, rcc, lrelease) come from the host.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(KEYHAVEN_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${KEYHAVEN_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${KEYHAVEN_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${KEYHAVEN_MINGW_TRIPLE}-windres)

if(NOT KEYHAVEN_MINGW_PREFIX)
    if(DEFINED ENV{KEYHAVEN_MINGW_PREFIX})
        set(KEYHAVEN_MINGW_PREFIX "$ENV{KEYHAVEN_MINGW_PREFIX}")
    else()
        set(KEYHAVEN_MINGW_PREFIX /opt/keyhaven-mingw)
    endif()
endif()
# try_compile projects see the toolchain file again, without the cache: hand the prefix down.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KEYHAVEN_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${KEYHAVEN_MINGW_TRIPLE} ${KEYHAVEN_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config must see the Windows libraries only, never the host's.
set(ENV{PKG_CONFIG_LIBDIR} "${KEYHAVEN_MINGW_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
