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
# listed here: the window (ui/) and the command line (app/). core/ has no tr(): it reports codes,
# and the words are made in ui/errortext.cpp and app/clirunner.cpp. A new file with tr() must be
# added here, or lupdate will not see its strings.
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
    ui/statisticsdialog.h ui/statisticsdialog.cpp
    ui/streamrecorder.h ui/streamrecorder.cpp
    ui/streamspanel.h ui/streamspanel.cpp
    app/guimain.h app/guimain.cpp
    app/main.cpp
    app/clioptions.h app/clioptions.cpp
    app/clirunner.h app/clirunner.cpp
    app/recorder.h app/recorder.cpp
)
list(TRANSFORM MMS_TRANSLATED_SOURCES PREPEND ${PROJECT_SOURCE_DIR}/)

qt_add_translations(mmsui
    TS_FILES ${MMS_TS_FILES}
    SOURCES ${MMS_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    RESOURCE_PREFIX /i18n
    # Strings gone from the sources leave the .ts files instead of lingering as "vanished".
    LUPDATE_OPTIONS -no-obsolete)
