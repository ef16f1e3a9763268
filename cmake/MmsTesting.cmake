# SPDX-License-Identifier: GPL-3.0-or-later
# mms_add_test(NAME SOURCES a.cpp ... [LIBS lib ...] [LABELS unit|integration|gui|interop] [TIMEOUT s])
# One Qt Test executable per class or feature; every test is labelled so `ctest -L unit` runs the
# fast ones. Tests find data through MMS_TEST_SOURCE_DIR (committed) and MMS_MEDIA_DIR (made by
# ffmpeg at build time: clip.wmv, audio.wma, multi.wmv, demo.wmv).
function(mms_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        MMS_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}/tests"
        MMS_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}/tests"
        MMS_MEDIA_DIR="${MMS_MEDIA_DIR}")
    # The clips made by resources/media/make-media.sh must exist before any test runs.
    add_dependencies(${name} mms_media)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1")
endfunction()
