# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and CPack packages for MMS Player. Included at the end of the top-level
# CMakeLists.txt, after every target exists. Linux: DEB and TGZ (checked by tests/packaging);
# Windows: NSIS; macOS: DragNDrop (configured here, built only on those systems).
# docs/packaging.md lists the commands a maintainer runs on each system.
include(GNUInstallDirs)

# Sources are found next to this file, so the rules do not depend on who includes it.
cmake_path(GET CMAKE_CURRENT_LIST_DIR PARENT_PATH _mms_src)

# The one id of the .desktop file, the metainfo, the icon and setDesktopFileName().
set(MMS_APP_ID io.github.mmsplayer.MmsPlayer)
set(MMS_PLAYER_EXECUTABLE mmsplayer)
set(MMS_SERVER_EXECUTABLE mms-serve)
# The day PROJECT_VERSION was released (AppStream <release date>); move it with the version.
set(MMS_RELEASE_DATE 2026-11-26)

# ---- Files whose text carries the version: configured, never edited by hand ----------------
set(_linux_dir ${PROJECT_BINARY_DIR}/linux)
configure_file(${_mms_src}/resources/linux/${MMS_APP_ID}.desktop.in
               ${_linux_dir}/${MMS_APP_ID}.desktop @ONLY)
configure_file(${_mms_src}/resources/linux/${MMS_APP_ID}.metainfo.xml.in
               ${_linux_dir}/${MMS_APP_ID}.metainfo.xml @ONLY)

# ---- Install rules -----------------------------------------------------------------------
if(APPLE AND TARGET mmsplayer)
    # A real .app: Finder needs the Info.plist's URL and document types to route links and files.
    set(_icns ${_mms_src}/installer/macos/mmsplayer.icns)
    target_sources(mmsplayer PRIVATE ${_icns})
    set_source_files_properties(${_icns} TARGET_DIRECTORY mmsplayer
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(mmsplayer PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${_mms_src}/installer/macos/MacOSXBundleInfo.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${MMS_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "MMS Player"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE mmsplayer.icns
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
endif()

foreach(_target mmsplayer mms-serve mms-push)
    if(TARGET ${_target})
        install(TARGETS ${_target}
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                BUNDLE DESTINATION .)
    endif()
endforeach()

# Windows and macOS ship Qt and its plugins inside the package (windeployqt / macdeployqt run
# through Qt's deploy script); Linux packages depend on the distribution's Qt instead.
if((WIN32 OR APPLE) AND TARGET mmsplayer)
    qt_generate_deploy_app_script(TARGET mmsplayer FILENAME_VARIABLE _mms_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_mms_deploy_script})
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${_linux_dir}/${MMS_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_linux_dir}/${MMS_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_mms_src}/resources/icons/${MMS_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${_mms_src}/docs/man/mmsplayer.1 ${_mms_src}/docs/man/mms-serve.1
                  ${_mms_src}/docs/man/mms-push.1
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # Debian policy 12.5: the licence goes in /usr/share/doc/<package>/copyright.
    install(FILES ${_mms_src}/installer/linux/copyright
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mmsplayer)
endif()

# ---- CPack: common ---------------------------------------------------------------------------
# Values reach CPackConfig.cmake exactly as written here (backslashes in NSIS paths included).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME mmsplayer)
set(CPACK_PACKAGE_VENDOR "The MMS Player developers")
# The project has no shared mailbox; the Debian Maintainer field names the team, no address.
set(CPACK_PACKAGE_CONTACT "MMS Player developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# Line breaks kept short for the Debian control file, which CPack does not wrap.
set(CPACK_PACKAGE_DESCRIPTION "MMS Player plays and records audio and video streamed over the
Microsoft Media Server protocol (mms:// and mmst:// links) as ASF (WMV, WMA).
It includes mms-serve, a small MMS server for files and looped live streams.")
set(CPACK_PACKAGE_HOMEPAGE_URL https://mmsplayer.github.io/)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MMS Player")
set(CPACK_PACKAGE_EXECUTABLES mmsplayer "MMS Player")
set(CPACK_RESOURCE_FILE_LICENSE ${_mms_src}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# ---- DEB ------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the Qt and C++ libraries; what is loaded at run time as plugins it cannot
# see: the SVG icon engine and the GStreamer elements QMediaPlayer needs for ASF (asfdemux is in
# -ugly, the WMV/WMA decoders in -libav). -bad adds optional sinks and parsers.
# libqt6keychain1 ("Remember this password") would come from dpkg-shlibdeps as well; it is named
# because its Recommends bring the keyring it talks to over D-Bus (gnome-keyring or KWallet).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, libqt6keychain1, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-plugins-ugly, gstreamer1.0-libav")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-bad")
# No maintainer scripts: Debian's triggers refresh the desktop, icon and man-page caches.

# ---- NSIS (Windows) -----------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "MMS Player")
set(CPACK_NSIS_DISPLAY_NAME "MMS Player ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${_mms_src}/installer/windows/mmsplayer.ico)
set(CPACK_NSIS_MUI_UNIICON ${_mms_src}/installer/windows/mmsplayer.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mmsplayer.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN mmsplayer.exe)
# installer/windows/associations.nsh registers the mms/mmst URL protocols and the
# .asf .wmv .wma .asx .wax .wvx file types; the uninstaller removes what is still ours.
file(TO_NATIVE_PATH ${_mms_src}/installer/windows/associations.nsh _mms_nsh)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "!include \"${_mms_nsh}\"\n!insertmacro MmsRegisterAssociations")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "!include \"${_mms_nsh}\"\n!insertmacro MmsUnregisterAssociations")

# ---- DragNDrop (macOS) ------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "MMS Player ${PROJECT_VERSION}")

include(CPack)
