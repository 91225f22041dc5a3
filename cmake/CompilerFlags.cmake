# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and hardening for every target in the project.
if(MSVC)
    # The Windows runner's workflow (.github/workflows/windows-msvc.yml); not built here.
    add_compile_options(/W4 /permissive- /utf-8 /Zc:__cplusplus /guard:cf)
    add_link_options(/guard:cf /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
    if(KEYHAVEN_WERROR)
        add_compile_options(/WX)
    endif()
else()
    add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2)
    if(KEYHAVEN_WERROR)
        add_compile_options(-Werror)
    endif()

    add_compile_options(-fstack-protector-strong)
    if(KEYHAVEN_SANITIZE)
        # ASan + UBSan for the whole suite; any UB report fails the test that triggered it.
        add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        add_link_options(-fsanitize=address,undefined)
    elseif(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT MINGW)
        # _FORTIFY_SOURCE's checked variants hide some accesses from ASan; it stays on for every other build.
        # MinGW-w64's fortified functions need libssp at link time; its stack protector is enough there.
        add_compile_definitions(_FORTIFY_SOURCE=2)
    endif()
    if(MINGW)
        # PE images: address-space randomisation (64-bit), no execution of data pages.
        # The stack protector's __stack_chk_fail comes from libssp, which the driver links when told at link time.
        add_link_options(-fstack-protector-strong -Wl,--dynamicbase -Wl,--high-entropy-va -Wl,--nxcompat)
    else()
        add_compile_options(-fPIE)
        add_link_options(-Wl,-z,relro -Wl,-z,now -pie)
    endif()
endif()

# Every user-visible string goes through tr(); literals must say what they are.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                        QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
