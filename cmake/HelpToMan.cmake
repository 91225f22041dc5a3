# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a man page from a program's own --help (and, for keyhaven-cli, each command's --help), so that the
# page cannot drift from the program: it is made at build time from the binary just built.
#   cmake -DPROGRAM=path -DNAME=keyhaven-cli -DSUMMARY="…" -DVERSION=0.1.0 -DDATE=2026-12-05
#         -DSEE_ALSO=keyhaven -DCOMMANDS=ON -DOUTPUT=keyhaven-cli.1 -P HelpToMan.cmake
cmake_minimum_required(VERSION 3.25)

function(run_help out)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                            DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
                            "${PROGRAM}" --lang en ${ARGN} --help
                    OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} ${ARGN} --help failed (${result}): ${errors}")
    endif()
    # QCommandLineParser names the program by the path it was started with.
    string(REPLACE "${PROGRAM}" "${NAME}" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# roff: backslashes, hyphens (as minus signs in options), quotes, and lines that would start a request.
function(to_roff out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "“" "\\(lq" text "${text}")
    string(REPLACE "”" "\\(rq" text "${text}")
    string(REPLACE "…" "..." text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" title)
run_help(help)
to_roff(description "${help}")
string(REPLACE "-" "\\-" roff_name "${NAME}")
set(page ".\\\" Generated from ${NAME} --help by cmake/HelpToMan.cmake: edit the program, not this file.\n")
string(APPEND page ".TH ${title} 1 \"${DATE}\" \"Keyhaven ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${roff_name} \\- ${SUMMARY}\n")
string(APPEND page ".SH DESCRIPTION\n.nf\n${description}\n.fi\n")

if(COMMANDS)
    string(APPEND page ".SH COMMANDS\n")
    string(REGEX MATCHALL "\n  [a-z]+  " lines "${help}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" command)
        run_help(command_help ${command})
        to_roff(command_roff "${command_help}")
        string(APPEND page ".SS ${command}\n.nf\n${command_roff}\n.fi\n")
    endforeach()
endif()

string(APPEND page ".SH VERSION\n${roff_name} ${VERSION}\n")
string(APPEND page ".SH SEE ALSO\n.BR ${SEE_ALSO} (1)\n")
file(WRITE "${OUTPUT}" "${page}")
