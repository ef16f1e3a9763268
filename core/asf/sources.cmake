# core/asf: ASF header parsing, data packets, file reading.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/asferror.h
    ${CMAKE_CURRENT_LIST_DIR}/asfheader.h
    ${CMAKE_CURRENT_LIST_DIR}/asfheaderparser.h
    ${CMAKE_CURRENT_LIST_DIR}/asfpacket.h
    ${CMAKE_CURRENT_LIST_DIR}/asffile.h
)
