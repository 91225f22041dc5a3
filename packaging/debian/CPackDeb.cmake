# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack's DEB generator (packaging/debian/build-deb.sh runs it):
# keyhaven_<version>_<arch>.deb, its library dependencies computed from the binaries by dpkg-shlibdeps.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "keyhaven")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Keyhaven developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "keep a safe, proven copy of a disk-encryption recovery key")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Keyhaven developers <maintainers@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: Qt's X11/Wayland platform plugins (the wizard needs one to
# show a window); pkexec runs the metadata helper.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, pkexec")
# Japanese text needs a CJK font; Qt's own dialog texts in Japanese come from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_PACKAGE_DESCRIPTION
    "Keyhaven helps keep a copy of a BitLocker recovery key or a FileVault
personal recovery key somewhere safe, before the day the computer asks for
it. It reads the key from the files Windows and macOS write, or from what
is typed, checks it against the encrypted drive without unlocking it, and
saves it to a printed recovery sheet with a QR code, a USB flash drive, a
text file, or an account on a Crypt Server or WebDAV server, reading every
copy back.

The package holds the wizard (keyhaven), the command-line tool
(keyhaven-cli), and a helper that reads only the metadata of drives a
normal user cannot read, after polkit asked for an administrator's
password.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# Debian wants a changelog in the package: written from NEWS.
keyhaven_parse_news("${PROJECT_SOURCE_DIR}/NEWS")
set(changelog "")
foreach(version IN LISTS KEYHAVEN_NEWS_VERSIONS)
    string(APPEND changelog "keyhaven (${version}) unstable; urgency=medium\n\n")
    foreach(note IN LISTS KEYHAVEN_NEWS_NOTES_${version})
        # Wrapped at 80 columns, as Debian's changelogs are.
        string(REPLACE " " ";" words "${note}")
        set(line "  *")
        foreach(word IN LISTS words)
            string(LENGTH "${line} ${word}" length)
            if(length GREATER 79)
                string(APPEND changelog "${line}\n")
                set(line "   ")
            endif()
            string(APPEND line " ${word}")
        endforeach()
        string(APPEND changelog "${line}\n")
    endforeach()
    execute_process(COMMAND date -u -R -d "${KEYHAVEN_NEWS_DATE_${version}}"
                    OUTPUT_VARIABLE rfc_date OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(APPEND changelog "\n -- ${CPACK_DEBIAN_PACKAGE_MAINTAINER}  ${rfc_date}\n\n")
endforeach()
file(WRITE "${PROJECT_BINARY_DIR}/share/changelog" "${changelog}")
add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/share/changelog.gz"
    COMMAND gzip -9nf -k "${PROJECT_BINARY_DIR}/share/changelog"
    DEPENDS "${PROJECT_BINARY_DIR}/share/changelog" VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS "${PROJECT_BINARY_DIR}/share/changelog.gz")
install(FILES "${PROJECT_BINARY_DIR}/share/changelog.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/keyhaven)
