# SPDX-License-Identifier: GPL-3.0-or-later
# core/asf: ASF header parsing, data packets, file reading.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/asferror.h
    ${CMAKE_CURRENT_LIST_DIR}/asferror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asftext.h
    ${CMAKE_CURRENT_LIST_DIR}/asfguids.h
    ${CMAKE_CURRENT_LIST_DIR}/asfguids.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfbytereader.h
    ${CMAKE_CURRENT_LIST_DIR}/asfbytereader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfheader.h
    ${CMAKE_CURRENT_LIST_DIR}/asfheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfheaderobjects.h
    ${CMAKE_CURRENT_LIST_DIR}/asfstreamobjects.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfheaderparser.h
    ${CMAKE_CURRENT_LIST_DIR}/asfheaderparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfheaderfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/asfheaderfilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfpacket.h
    ${CMAKE_CURRENT_LIST_DIR}/asfpacketlayout.h
    ${CMAKE_CURRENT_LIST_DIR}/asfpacket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfpacketbuild.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfpackettimes.h
    ${CMAKE_CURRENT_LIST_DIR}/asfpackettimes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asfstreamratemeter.h
    ${CMAKE_CURRENT_LIST_DIR}/asfstreamratemeter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asffile.h
    ${CMAKE_CURRENT_LIST_DIR}/asffile.cpp
)
