# SPDX-License-Identifier: MIT
# Writes the bash completion of convlab from the program's own help, so that it cannot drift:
# the subcommands from `convlab --help`, each one's options from `convlab NAME --help`.
#   cmake -DCONVLAB=<executable> -DOUTPUT=<file> -P BashCompletion.cmake
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${CONVLAB} --help OUTPUT_VARIABLE overview RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${CONVLAB} --help failed")
endif()
string(REGEX MATCHALL "\n  [a-z]+  " lines "${overview}")
set(subcommands "")
set(cases "")
foreach(line IN LISTS lines)
    string(STRIP "${line}" name)
    list(APPEND subcommands ${name})
    execute_process(COMMAND ${CONVLAB} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${CONVLAB} ${name} --help failed")
    endif()
    string(REGEX MATCHALL "--[a-z][a-z-]*" options "${help}")
    list(REMOVE_DUPLICATES options)
    list(JOIN options " " options)
    string(APPEND cases "        ${name}) options=\"${options} --lang\" ;;\n")
endforeach()
list(JOIN subcommands " " subcommands)
file(WRITE ${OUTPUT} "# bash completion for convlab, generated from its --help at build time
_convlab() {
    local current=\${COMP_WORDS[COMP_CWORD]}
    local previous=\${COMP_WORDS[COMP_CWORD-1]}
    if [ \"\$previous\" = --lang ]; then
        COMPREPLY=(\$(compgen -W \"fr en\" -- \"\$current\"))
        return
    fi
    if [ \"\$COMP_CWORD\" -eq 1 ]; then
        if [[ \"\$current\" == -* ]]; then
            COMPREPLY=(\$(compgen -W \"--help --version --lang\" -- \"\$current\"))
        else
            COMPREPLY=(\$(compgen -W \"${subcommands}\" -- \"\$current\"))
            compopt -o default
        fi
        return
    fi
    local options=\"\"
    case \"\${COMP_WORDS[1]}\" in
${cases}    esac
    if [[ \"\$current\" == -* ]]; then
        COMPREPLY=(\$(compgen -W \"\$options\" -- \"\$current\"))
    else
        compopt -o default # files
        COMPREPLY=()
    fi
}
complete -F _convlab convlab
")
