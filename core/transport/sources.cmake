# SPDX-License-Identifier: GPL-3.0-or-later
# core/transport: the session's two wires beneath its one state machine (docs/architecture.md):
# MS-MMSP over TCP (MmstTransport) and [MS-WMSP] over HTTP (MmshTransport).
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mmstransport.h
    ${CMAKE_CURRENT_LIST_DIR}/mmsttransport.h
    ${CMAKE_CURRENT_LIST_DIR}/mmsttransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmsttransportsetup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmsttransportplay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmsttransportauth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshtransport.h
    ${CMAKE_CURRENT_LIST_DIR}/mmshtransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshtransportresponse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshtransportpipeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshtransportauth.cpp
)
