# SPDX-License-Identifier: GPL-3.0-or-later
# Windows executables: the UAC manifest (asInvoker), the icon and the version information, as resources.
# MinGW's windres takes the manifest through the .rc file; MSVC's linker embeds a .manifest listed as a source
# (and would refuse a second one from the .rc file).
find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(KEYHAVEN_ICO "${CMAKE_BINARY_DIR}/windows/keyhaven.ico")
add_custom_command(
    OUTPUT "${KEYHAVEN_ICO}"
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/packaging/windows/png-to-ico.py" "${KEYHAVEN_ICO}"
            "${PROJECT_SOURCE_DIR}/resources/icons/keyhaven-32.png"
            "${PROJECT_SOURCE_DIR}/resources/icons/keyhaven-64.png"
            "${PROJECT_SOURCE_DIR}/resources/icons/keyhaven-128.png"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/windows/png-to-ico.py"
            "${PROJECT_SOURCE_DIR}/resources/icons/keyhaven-32.png"
            "${PROJECT_SOURCE_DIR}/resources/icons/keyhaven-64.png"
            "${PROJECT_SOURCE_DIR}/resources/icons/keyhaven-128.png"
    COMMENT "Making keyhaven.ico from the PNG icons"
    VERBATIM)
# The programs are defined in other folders, which do not see this folder's custom commands: they depend on
# this target instead.
add_custom_target(keyhaven_windows_icon DEPENDS "${KEYHAVEN_ICO}")

# keyhaven_windows_resources(TARGET DESCRIPTION MANIFEST)
function(keyhaven_windows_resources target description manifest)
    set(KEYHAVEN_RC_TARGET "${target}")
    set(KEYHAVEN_RC_DESCRIPTION "${description}")
    set(KEYHAVEN_RC_ICON "${KEYHAVEN_ICO}")
    if(MSVC)
        set(KEYHAVEN_RC_MANIFEST_LINE "")
        target_sources(${target} PRIVATE "${manifest}")
    else()
        set(KEYHAVEN_RC_MANIFEST_LINE "1 24 \"${manifest}\"")
    endif()
    set(rc "${CMAKE_BINARY_DIR}/windows/${target}.rc")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/resources.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
    add_dependencies(${target} keyhaven_windows_icon)
    set_source_files_properties("${rc}" PROPERTIES OBJECT_DEPENDS "${KEYHAVEN_ICO};${manifest}")
endfunction()
