# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target briefly as part of the test suite, so that a regression in any reader shows up.
# The targets need clang's libFuzzer and the whole core library instrumented, which the regular build (g++)
# cannot give: they are built here as a build of their own (build/fuzz), with clang, whenever the suite is
# built. Included from tests/CMakeLists.txt.
include(ExternalProject)

find_program(KEYHAVEN_FUZZ_CXX NAMES clang++-14 clang++
             DOC "clang with libFuzzer, for the fuzz targets the suite runs")
if(NOT KEYHAVEN_FUZZ_CXX)
    message(FATAL_ERROR "The test suite runs the fuzz targets, which need clang with libFuzzer: install clang-14 "
                        "(packaging/debian/setup.sh does), or configure with -DKEYHAVEN_BUILD_TESTS=OFF.")
endif()
# Seconds each target runs in the suite: long enough to reach past the seeds, short enough for CI.
set(KEYHAVEN_FUZZ_SECONDS 15 CACHE STRING "How long the test suite runs each fuzz target")

set(fuzz_build "${CMAKE_BINARY_DIR}/fuzz")
set(fuzz_args
    -DKEYHAVEN_FUZZ=ON
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
    -DCMAKE_CXX_COMPILER=${KEYHAVEN_FUZZ_CXX}
    -DKEYHAVEN_WERROR=${KEYHAVEN_WERROR})
if(CMAKE_CXX_COMPILER_LAUNCHER)
    list(APPEND fuzz_args -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER})
endif()
ExternalProject_Add(keyhaven_fuzzers
    SOURCE_DIR "${PROJECT_SOURCE_DIR}"
    BINARY_DIR "${fuzz_build}"
    CMAKE_ARGS ${fuzz_args}
    INSTALL_COMMAND ""
    BUILD_ALWAYS ON
    USES_TERMINAL_BUILD OFF)

include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake) # KEYHAVEN_FUZZ_TARGETS
# Seeds cut from the shared test volumes at test time: that data may not be copied into the project.
set(testdata_seeds "${CMAKE_CURRENT_BINARY_DIR}/fuzz-seeds")
set(targets_with_testdata_seeds bitlocker_metadata bitlocker_entries volume_probe key_file)
add_test(NAME fuzz_seeds_from_testdata
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/seeds-from-testdata.py ${KEYHAVEN_TESTDATA_DIR}
                 ${testdata_seeds})
set_tests_properties(fuzz_seeds_from_testdata PROPERTIES FIXTURES_REQUIRED testdata FIXTURES_SETUP fuzzseeds)
foreach(target IN LISTS KEYHAVEN_FUZZ_TARGETS)
    # New inputs go to a scratch corpus; the seeds are only read.
    set(scratch "${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus/${target}")
    file(MAKE_DIRECTORY "${scratch}")
    set(seeds "")
    if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/corpus/${target}")
        list(APPEND seeds "${CMAKE_CURRENT_LIST_DIR}/corpus/${target}")
    endif()
    if(target IN_LIST targets_with_testdata_seeds)
        list(APPEND seeds "${testdata_seeds}/${target}")
    endif()
    add_test(NAME fuzz_${target}
             COMMAND "${fuzz_build}/bin/fuzz_${target}" -max_total_time=${KEYHAVEN_FUZZ_SECONDS} -timeout=10
                     -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/fuzz-
                     "${scratch}" ${seeds})
    set_tests_properties(fuzz_${target} PROPERTIES TIMEOUT 120 LABELS fuzz FIXTURES_REQUIRED fuzzseeds)
endforeach()
