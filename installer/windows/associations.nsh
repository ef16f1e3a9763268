; MMS Player's file types and URL protocols on Windows. CPack's NSIS script includes this file
; from CPACK_NSIS_EXTRA_INSTALL_COMMANDS and CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS (see
; installer/packaging.cmake), so it is included twice: the guard defines everything once.
!ifndef MMS_ASSOCIATIONS_NSH
!define MMS_ASSOCIATIONS_NSH

!define MMS_EXE "$INSTDIR\bin\mmsplayer.exe"
!define MMS_OPEN '"$INSTDIR\bin\mmsplayer.exe" "%1"'
!define MMS_CAPS "Software\MmsPlayer\Capabilities"

; mms:// and mmst:// links (browser, Run box): HKCR\<scheme> with an empty "URL Protocol" value
; hands the whole URL to the command. An existing handler of another player is replaced, as a
; player installer is expected to; the uninstaller removes the key only while it is still ours.
!macro MmsRegisterProtocol SCHEME
  WriteRegStr HKCR "${SCHEME}" "" "URL:${SCHEME} Protocol"
  WriteRegStr HKCR "${SCHEME}" "URL Protocol" ""
  WriteRegStr HKCR "${SCHEME}\DefaultIcon" "" "${MMS_EXE},0"
  WriteRegStr HKCR "${SCHEME}\shell\open\command" "" '${MMS_OPEN}'
  WriteRegStr HKLM "${MMS_CAPS}\URLAssociations" "${SCHEME}" "MmsPlayer.Url"
!macroend

!macro MmsUnregisterProtocol SCHEME
  ReadRegStr $0 HKCR "${SCHEME}\shell\open\command" ""
  StrCmp $0 '${MMS_OPEN}' 0 +2
    DeleteRegKey HKCR "${SCHEME}"
!macroend

; Files: a ProgID of our own, offered in "Open with" through OpenWithProgids, and listed in our
; Default Programs capabilities. Windows 8+ lets only the user change the default handler.
!macro MmsRegisterFileType EXT DESCRIPTION
  WriteRegStr HKCR "MmsPlayer.${EXT}" "" "${DESCRIPTION}"
  WriteRegStr HKCR "MmsPlayer.${EXT}\DefaultIcon" "" "${MMS_EXE},0"
  WriteRegStr HKCR "MmsPlayer.${EXT}\shell\open\command" "" '${MMS_OPEN}'
  WriteRegStr HKCR ".${EXT}\OpenWithProgids" "MmsPlayer.${EXT}" ""
  WriteRegStr HKLM "${MMS_CAPS}\FileAssociations" ".${EXT}" "MmsPlayer.${EXT}"
!macroend

!macro MmsUnregisterFileType EXT
  DeleteRegValue HKCR ".${EXT}\OpenWithProgids" "MmsPlayer.${EXT}"
  DeleteRegKey HKCR "MmsPlayer.${EXT}"
!macroend

!macro MmsRegisterAssociations
  WriteRegStr HKLM "${MMS_CAPS}" "ApplicationName" "MMS Player"
  WriteRegStr HKLM "${MMS_CAPS}" "ApplicationDescription" "Plays Microsoft Media Server (mms://) streams"
  WriteRegStr HKLM "Software\RegisteredApplications" "MMS Player" "${MMS_CAPS}"
  ; The ProgID that the capabilities name for both URL schemes.
  WriteRegStr HKCR "MmsPlayer.Url" "" "URL:MMS stream"
  WriteRegStr HKCR "MmsPlayer.Url" "URL Protocol" ""
  WriteRegStr HKCR "MmsPlayer.Url\DefaultIcon" "" "${MMS_EXE},0"
  WriteRegStr HKCR "MmsPlayer.Url\shell\open\command" "" '${MMS_OPEN}'
  !insertmacro MmsRegisterProtocol "mms"
  !insertmacro MmsRegisterProtocol "mmst"
  !insertmacro MmsRegisterFileType "asf" "ASF media file"
  !insertmacro MmsRegisterFileType "wmv" "Windows Media video"
  !insertmacro MmsRegisterFileType "wma" "Windows Media audio"
  !insertmacro MmsRegisterFileType "asx" "Windows Media playlist"
  !insertmacro MmsRegisterFileType "wax" "Windows Media audio playlist"
  !insertmacro MmsRegisterFileType "wvx" "Windows Media video playlist"
  ; SHCNE_ASSOCCHANGED: Explorer re-reads the associations without a log-off.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!macro MmsUnregisterAssociations
  !insertmacro MmsUnregisterProtocol "mms"
  !insertmacro MmsUnregisterProtocol "mmst"
  !insertmacro MmsUnregisterFileType "asf"
  !insertmacro MmsUnregisterFileType "wmv"
  !insertmacro MmsUnregisterFileType "wma"
  !insertmacro MmsUnregisterFileType "asx"
  !insertmacro MmsUnregisterFileType "wax"
  !insertmacro MmsUnregisterFileType "wvx"
  DeleteRegKey HKCR "MmsPlayer.Url"
  DeleteRegValue HKLM "Software\RegisteredApplications" "MMS Player"
  DeleteRegKey HKLM "Software\MmsPlayer"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!endif
