# SPDX-License-Identifier: GPL-3.0-or-later
# core/mmsh: the MMS-over-HTTP (MS-WMSP) codec (pure, no I/O): $-packet framing, HTTP heads,
# chunked transfer coding, Pragma tokens and the client's requests.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mmshpacket.h
    ${CMAKE_CURRENT_LIST_DIR}/mmshpacket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshsplitter.h
    ${CMAKE_CURRENT_LIST_DIR}/mmshsplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httphead.h
    ${CMAKE_CURRENT_LIST_DIR}/httphead.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpheadreader.h
    ${CMAKE_CURRENT_LIST_DIR}/httpheadreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chunkeddecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/chunkeddecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshpragma.h
    ${CMAKE_CURRENT_LIST_DIR}/mmshpragma.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshrequests.h
    ${CMAKE_CURRENT_LIST_DIR}/mmshrequests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmshresponsereader.h
    ${CMAKE_CURRENT_LIST_DIR}/mmshresponsereader.cpp
)
