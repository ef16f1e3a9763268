# SPDX-License-Identifier: GPL-3.0-or-later
# The interface translations, included from ui/CMakeLists.txt: lrelease compiles each .ts into a
# .qm that is embedded in mmsui's resources as ":/i18n/mmsplayer_<lang>.qm", where
# TranslationLoader looks first; every program linking mmsui (mmsplayer, the tests) carries them.
# `cmake --build <dir> --target update_translations` runs lupdate over the sources below
# (docs/translations.md). The languages must match AppSettings::shippedLanguages().
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(MMS_TRANSLATION_LANGUAGES de fr es zh_CN)
set(MMS_TS_FILES "")
foreach(lang IN LISTS MMS_TRANSLATION_LANGUAGES)
    list(APPEND MMS_TS_FILES ${PROJECT_SOURCE_DIR}/translations/mmsplayer_${lang}.ts)
endforeach()

# Qt 6.4 cannot gather the sources of other targets, so the files with user-visible strings are
# listed here: the window (ui/), the command line (app/) and the parts of core/ whose words reach
# the user (session error details and describeHresult(), protocol decoding and ASF parse errors
# inside them, playlist errors and warnings, the recording file's errors). core/ uses
# QCoreApplication's translate() (through MmsSession::tr, ProtocolText::tr, AsfText::tr,
# PlaylistText::tr, ...); its log-only strings (qCDebug, qCWarning, the message traces) stay English. A new file with tr() must be added here, or lupdate will not
# see its strings.
set(MMS_TRANSLATED_SOURCES
    ui/errortext.h ui/errortext.cpp
    ui/mainwindow.h ui/mainwindow.cpp
    ui/openurldialog.h ui/openurldialog.cpp
    ui/playbackcontroller.h ui/playbackcontroller.cpp
    ui/playbackstatistics.h ui/playbackstatistics.cpp
    ui/playercontrols.h ui/playercontrols.cpp
    ui/playerwidget.h ui/playerwidget.cpp
    ui/playlistpanel.h ui/playlistpanel.cpp
    ui/playlistplayer.h ui/playlistplayer.cpp
    ui/settingsdialog.h ui/settingsdialog.cpp
    ui/credentialsdialog.h ui/credentialsdialog.cpp
    ui/passwordstore.h ui/passwordstore.cpp
    ui/statisticsdialog.h ui/statisticsdialog.cpp
    ui/streamrecorder.h ui/streamrecorder.cpp
    ui/streamspanel.h ui/streamspanel.cpp
    app/guimain.h app/guimain.cpp
    app/main.cpp
    app/clioptions.h app/clioptions.cpp
    app/clirunner.h app/clirunner.cpp
    app/recorder.h app/recorder.cpp
    core/asf/asftext.h
    core/asf/asffile.cpp
    core/asf/asfheaderparser.cpp
    core/asf/asfpacket.cpp
    core/asf/asfpacketbuild.cpp
    core/asf/asfheaderfilter.cpp
    core/asf/asfstreamobjects.cpp
    core/playlist/playlisttext.h
    core/playlist/asxwarnings.h
    core/playlist/asxdocument.cpp
    core/playlist/asxparser.cpp
    core/playlist/asxtokenizer.cpp
    core/playlist/plaintextplaylist.cpp
    core/playlist/playlistfetcher.cpp
    core/playlist/playlistloader.cpp
    core/protocol/protocoltext.h
    core/protocol/bytereader.cpp
    core/protocol/datapacket.cpp
    core/protocol/mmscodec.cpp
    core/protocol/streamsplitter.cpp
    core/protocol/tcpmessageheader.cpp
    core/protocol/viewertomac.cpp
    core/session/mmssession.h core/session/mmssession.cpp
    core/transport/mmshtransportresponse.cpp
    core/transport/mmshtransportpipeline.cpp
    core/transport/mmshtransportauth.cpp
    core/session/mmssessionauth.cpp
    core/session/mmssessionstride.cpp
    core/session/mmssessionrollover.cpp
    core/session/mmssession_p.h core/session/mmssession_p.cpp
    core/session/mmssessiondata.cpp
    core/session/mmssessionreports.cpp
    core/session/mmssessionreconnect.cpp
    core/session/mmssessionrequests.cpp
    core/transport/mmsttransport.cpp
    core/transport/mmsttransportsetup.cpp
    core/transport/mmsttransportplay.cpp
    core/transport/mmsttransportauth.cpp
    core/session/mmsurl.cpp
    core/session/headerassembler.cpp
    core/session/asfrecordwriter.h core/session/asfrecordwriter.cpp
    core/session/hresulttext.cpp
)
list(TRANSFORM MMS_TRANSLATED_SOURCES PREPEND ${PROJECT_SOURCE_DIR}/)

qt_add_translations(mmsui
    TS_FILES ${MMS_TS_FILES}
    SOURCES ${MMS_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    RESOURCE_PREFIX /i18n
    # Strings gone from the sources leave the .ts files instead of lingering as "vanished".
    LUPDATE_OPTIONS -no-obsolete)
