# SPDX-License-Identifier: GPL-3.0-or-later
# Until the top-level CMakeLists.txt has `if(MMS_BENCHMARKS) add_subdirectory(benchmarks) endif()`,
# configure with -DCMAKE_PROJECT_INCLUDE=<this file> to build the benchmarks without editing any
# project file. It runs right after project(): it finds Qt itself and adds benchmarks/ (the
# mmscore target it links is resolved by name when CMake generates, so defining it later is fine).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Gui Multimedia)
add_subdirectory(${CMAKE_SOURCE_DIR}/benchmarks ${CMAKE_BINARY_DIR}/benchmarks)
