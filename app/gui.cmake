# SPDX-License-Identifier: GPL-3.0-or-later
# The window part of mmsplayer (owned by the UI work); included from app/CMakeLists.txt.
target_sources(mmsplayer PRIVATE ${CMAKE_CURRENT_LIST_DIR}/guimain.h ${CMAKE_CURRENT_LIST_DIR}/guimain.cpp)
# mmsui carries the icons (resources/icons/icons.qrc, AUTORCC); ThemeIcons initialises them.
target_link_libraries(mmsplayer PRIVATE mmsui mmsserver)
# The built-in demo plays demo.wmv from the build tree's media folder; an installed player looks
# next to its executable instead.
target_compile_definitions(mmsplayer PRIVATE MMS_DEMO_MEDIA_DIR="${MMS_MEDIA_DIR}")
