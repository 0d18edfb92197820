# SPDX-License-Identifier: MIT
# Writes convlab(1) with Debian's help2man from the program's own help, so that it cannot
# drift: the synopsis and options from `convlab --help`, a section per subcommand from
# `convlab NAME --help`, each shown as the program prints it.
#   cmake -DCONVLAB=<executable> -DHELP2MAN=<help2man> -DOUTPUT=<file> -P ManPage.cmake
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${CONVLAB} --help OUTPUT_VARIABLE overview RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${CONVLAB} --help failed")
endif()
string(REGEX MATCHALL "\n  [a-z]+  " lines "${overview}")
set(include "[SUBCOMMANDS]\n")
foreach(line IN LISTS lines)
    string(STRIP "${line}" name)
    execute_process(COMMAND ${CONVLAB} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${CONVLAB} ${name} --help failed")
    endif()
    # roff: a backslash is written \e; a line may not start with a dot or a quote.
    string(REPLACE "\\" "\\e" help "${help}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
    string(APPEND include ".SS ${name}\n.nf\n${help}.fi\n")
endforeach()
string(APPEND include "[FILES]
.TP
.I *.convlab
lessons and saved work: JSON with the images embedded (format in
.IR /usr/share/convlab/lessons/FORMAT.md ).
.TP
.I /usr/share/convlab/lessons/
the guided lessons, to copy and edit.
[SEE ALSO]
The README and the lessons' format, in
.IR /usr/share/doc/convlab/ .
")
file(WRITE ${OUTPUT}.include "${include}")
execute_process(COMMAND ${HELP2MAN} --no-info --section=1 --source=ConvLab
                        "--name=a laboratory for convolution as convolutional neural networks use it"
                        --include=${OUTPUT}.include --output=${OUTPUT} ${CONVLAB}
                RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "help2man failed on ${CONVLAB}")
endif()
