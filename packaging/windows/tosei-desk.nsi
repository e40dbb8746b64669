; Tosei Desk per-machine installer (NSIS 3, 64-bit). Built from the PyInstaller one-dir layout:
;   makensis -DVERSION=0.1.0 -DSRCDIR=dist\tosei-desk -DPOLICY=build\policy.toml -DOUTFILE=dist\tosei-desk-0.1.0-setup.exe tosei-desk.nsi
; Optional: -DCOMPRESS=off (CI on Linux: only proves the definition builds; the real build uses LZMA).
;
; Silent install:    tosei-desk-0.1.0-setup.exe /S            (optional /D=C:\Path as the LAST argument)
; Silent uninstall:  "C:\Program Files\Tosei Desk\uninstall.exe" /S
; Upgrade: the uninstall key is a fixed GUID (the "upgrade code"); a newer installer finds the old install
; there, removes its files silently and installs over it. The machine policy
; %ProgramData%\ToseiDesk\policy.toml is created only when absent and is never removed or overwritten.
Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef SRCDIR
  !define SRCDIR "..\..\dist\tosei-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "tosei-desk-${VERSION}-setup.exe"
!endif
!ifdef COMPRESS
  SetCompress ${COMPRESS}
!else
  SetCompressor /SOLID lzma
!endif

!define APPNAME "Tosei Desk"
!define COMPANY "Tosei Desk team"
!define UPGRADE_CODE "{6C1E3C2A-9B7D-4E51-A7C4-0D5B2F9E8A31}"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${UPGRADE_CODE}"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1041 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1041 "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=1041 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=1041 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1041 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1041 "LegalCopyright" "MIT License"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "This program needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; An earlier version (same upgrade code): remove its files silently first, keep the policy.
  ReadRegStr $0 HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\uninstall.exe"
    ExecWait '"$0\uninstall.exe" /S _?=$0'
    Delete "$0\uninstall.exe"
    RMDir "$0"
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Tosei Desk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\tosei-desk.exe" "" "$INSTDIR\tosei-desk.exe" 0

  ; the machine policy template: only when there is none (IT's file is never touched)
!ifdef POLICY
  CreateDirectory "$APPDATA\ToseiDesk"
  ${IfNot} ${FileExists} "$APPDATA\ToseiDesk\policy.toml"
    SetOutPath "$APPDATA\ToseiDesk"
    File "/oname=policy.toml" "${POLICY}"
    SetOutPath "$INSTDIR"
  ${EndIf}
!endif

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\tosei-desk.exe,0"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; only what the installer put there; user data (%APPDATA%, Documents) and the policy stay
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\tosei-desk.exe"
  Delete "$INSTDIR\tosei-desk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
