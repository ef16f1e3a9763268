# The window part of mmsplayer (owned by the UI work); included from app/CMakeLists.txt.
target_sources(mmsplayer PRIVATE ${CMAKE_CURRENT_LIST_DIR}/guimain.h ${CMAKE_CURRENT_LIST_DIR}/guimain.cpp)
