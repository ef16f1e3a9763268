# core/session: the MMS client.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mmssession.h
)
