; SPDX-License-Identifier: GPL-3.0-or-later
; Keyhaven's Windows installer (NSIS 3). Made by packaging/windows/build.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=<staged files> -DICON=<keyhaven.ico> -DOUTFILE=<setup.exe> keyhaven.nsi
; Installs for all users into Program Files (administrator rights, asked for by the installer, not by Keyhaven),
; with a Start menu entry and an uninstaller listed in "Apps & features". Silent: setup.exe /S [/D=FOLDER].
Unicode true
; 64-bit, like the programs it installs (and Debian's wine64, which the release check uses, runs no 32-bit programs).
Target amd64-unicode
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
!error "VERSION, STAGE, ICON and OUTFILE must be defined (see build.sh)"
!endif
!ifndef STAGE
!error "VERSION, STAGE, ICON and OUTFILE must be defined (see build.sh)"
!endif
!ifndef ICON
!error "VERSION, STAGE, ICON and OUTFILE must be defined (see build.sh)"
!endif
!ifndef OUTFILE
!error "VERSION, STAGE, ICON and OUTFILE must be defined (see build.sh)"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Keyhaven"

Name "Keyhaven"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Keyhaven"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Keyhaven"
VIAddVersionKey "FileDescription" "Keyhaven installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "Norwegian"

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "Keyhaven needs 64-bit Windows." /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
FunctionEnd

Section "Keyhaven" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR"
    File /r "${STAGE}\*.*"
    File "/oname=keyhaven.ico" "${ICON}"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\Keyhaven.lnk" "$INSTDIR\bin\keyhaven.exe" "" "$INSTDIR\keyhaven.ico"

    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Keyhaven"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Keyhaven"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\keyhaven.ico"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
    SetRegView 64
FunctionEnd

Section "Uninstall"
    Delete "$SMPROGRAMS\Keyhaven.lnk"
    ; Only what the installer put there: the user's ledger and settings live elsewhere (%APPDATA%) and stay.
    RMDir /r "$INSTDIR\bin"
    RMDir /r "$INSTDIR\plugins"
    RMDir /r "$INSTDIR\translations"
    Delete "$INSTDIR\LICENSE.txt"
    Delete "$INSTDIR\keyhaven.ico"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
