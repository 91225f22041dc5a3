# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: Keyhaven.app in a disk image to drag to Applications (CPack's DragNDrop generator). Not built or
# tested here (no macOS, no Apple toolchain); see packaging/macos/README.md.
set(macos_dir "${CMAKE_CURRENT_LIST_DIR}")
configure_file("${macos_dir}/Info.plist.in" "${PROJECT_BINARY_DIR}/macos/Info.plist" @ONLY)
configure_file("${macos_dir}/keyhaven.entitlements" "${PROJECT_BINARY_DIR}/macos/keyhaven.entitlements" @ONLY)
# keyhaven.icns from the icon set (iconutil is part of macOS).
add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/macos/keyhaven.icns"
    COMMAND iconutil -c icns -o "${PROJECT_BINARY_DIR}/macos/keyhaven.icns" "${macos_dir}/keyhaven.iconset"
    DEPENDS "${macos_dir}/keyhaven.iconset" VERBATIM)
target_sources(keyhaven PRIVATE "${PROJECT_BINARY_DIR}/macos/keyhaven.icns")
set_source_files_properties("${PROJECT_BINARY_DIR}/macos/keyhaven.icns" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(keyhaven PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Keyhaven
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_BINARY_DIR}/macos/Info.plist"
    XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS "${PROJECT_BINARY_DIR}/macos/keyhaven.entitlements"
    XCODE_ATTRIBUTE_ENABLE_HARDENED_RUNTIME YES
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${KEYHAVEN_APP_ID}")
install(TARGETS keyhaven BUNDLE DESTINATION .)
# The command-line tool inside the bundle, next to the wizard.
install(TARGETS keyhaven-cli RUNTIME DESTINATION Keyhaven.app/Contents/MacOS)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_NAME "Keyhaven")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_FILE_NAME "Keyhaven-${PROJECT_VERSION}")
set(CPACK_DMG_VOLUME_NAME "Keyhaven ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_FILESYSTEM "APFS")
