# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and hardening for every target in the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2)
if(KEYHAVEN_WERROR)
    add_compile_options(-Werror)
endif()

add_compile_options(-fstack-protector-strong -fPIE)
if(KEYHAVEN_SANITIZE)
    # ASan + UBSan for the whole suite; any UB report fails the test that triggered it.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
elseif(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    # _FORTIFY_SOURCE's checked variants hide some accesses from ASan; it stays on for every other build.
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now -pie)

# Every user-visible string goes through tr(); literals must say what they are.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                        QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
