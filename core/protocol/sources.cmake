# SPDX-License-Identifier: GPL-3.0-or-later
# core/protocol: the MS-MMSP codec (pure, no I/O).
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mmsconstants.h
    ${CMAKE_CURRENT_LIST_DIR}/mmsconstants.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codecresult.h
    ${CMAKE_CURRENT_LIST_DIR}/codecresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/protocoltext.h
    ${CMAKE_CURRENT_LIST_DIR}/bytewriter.h
    ${CMAKE_CURRENT_LIST_DIR}/bytewriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bytereader.h
    ${CMAKE_CURRENT_LIST_DIR}/bytereader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/viewertomac.h
    ${CMAKE_CURRENT_LIST_DIR}/viewertomac.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clientlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mactoviewer.h
    ${CMAKE_CURRENT_LIST_DIR}/mactoviewer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tcpmessageheader.h
    ${CMAKE_CURRENT_LIST_DIR}/tcpmessageheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmscodec.h
    ${CMAKE_CURRENT_LIST_DIR}/mmscodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datapacket.h
    ${CMAKE_CURRENT_LIST_DIR}/datapacket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/streamsplitter.h
    ${CMAKE_CURRENT_LIST_DIR}/streamsplitter.cpp
)
