# SPDX-License-Identifier: GPL-3.0-or-later
# core/session: the MMS client.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mmssession.h
    ${CMAKE_CURRENT_LIST_DIR}/mmssession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssession_p.h
    ${CMAKE_CURRENT_LIST_DIR}/mmssession_p.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessionrequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessionreports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessiondata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessionreconnect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessionrollover.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessionauth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmssessionstride.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmsurl.h
    ${CMAKE_CURRENT_LIST_DIR}/mmsurl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/headerassembler.h
    ${CMAKE_CURRENT_LIST_DIR}/headerassembler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/streamselector.h
    ${CMAKE_CURRENT_LIST_DIR}/streamselector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hresulttext.h
    ${CMAKE_CURRENT_LIST_DIR}/hresulttext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messagetrace.h
    ${CMAKE_CURRENT_LIST_DIR}/messagetrace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/playlog.h
    ${CMAKE_CURRENT_LIST_DIR}/playlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/playlogxml.h
    ${CMAKE_CURRENT_LIST_DIR}/playlogxml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfrecordwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/asfrecordwriter.cpp
)
