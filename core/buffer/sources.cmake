# SPDX-License-Identifier: GPL-3.0-or-later
# core/buffer: the sequential QIODevice that QMediaPlayer reads.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/asfstreambuffer.h
    ${CMAKE_CURRENT_LIST_DIR}/asfstreambuffer.cpp
)
