# SPDX-License-Identifier: GPL-3.0-or-later
# core/playlist: ASX / WAX / WVX metafiles, [Reference] and URL lists, and fetching them.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/playlist.h
    ${CMAKE_CURRENT_LIST_DIR}/asxtokenizer.h
    ${CMAKE_CURRENT_LIST_DIR}/asxtokenizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asxwarnings.h
    ${CMAKE_CURRENT_LIST_DIR}/playlisttext.h
    ${CMAKE_CURRENT_LIST_DIR}/asxdocument.h
    ${CMAKE_CURRENT_LIST_DIR}/asxdocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plaintextplaylist.h
    ${CMAKE_CURRENT_LIST_DIR}/plaintextplaylist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asxparser.h
    ${CMAKE_CURRENT_LIST_DIR}/asxparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/playlistfetcher.h
    ${CMAKE_CURRENT_LIST_DIR}/playlistfetcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/playlistloader.h
    ${CMAKE_CURRENT_LIST_DIR}/playlistloader.cpp
)
