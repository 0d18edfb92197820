// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "LanguageOption.h"
#include "WindowLauncher.h"

#include <opencv2/core/utils/logger.hpp>

// The window by default, or on a file it opens; a subcommand (conv, tconv, match, pool, shape,
// code, render, animate, arithmetic) runs headless. --lang fr|en, anywhere, chooses the
// language of either.
int main(int argc, char* argv[])
{
    // ConvLab says in its own words why a file cannot be read; OpenCV's log lines (and
    // libtiff's, which it routes there) would come first and say it less clearly.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    const convlab::LanguageOption::Result language = convlab::LanguageOption::extract(argc, argv);
    if (language.refused)
        return convlab::LanguageOption::refuse(argc, argv, language.value);
    const convlab::cli::CommandLine commandLine;
    if (commandLine.wanted(argc, argv))
        return commandLine.run(argc, argv, language.language);
    return convlab::WindowLauncher::run(argc, argv, language.language);
}
