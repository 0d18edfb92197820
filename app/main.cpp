// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "LanguageOption.h"
#include "WindowLauncher.h"

// The window by default, or on a file it opens; a subcommand (conv, tconv, match, pool, shape,
// code, render, animate, arithmetic) runs headless. --lang fr|en, anywhere, chooses the
// language of either.
int main(int argc, char* argv[])
{
    const convlab::LanguageOption::Result language = convlab::LanguageOption::extract(argc, argv);
    if (language.refused)
        return convlab::LanguageOption::refuse(argc, argv, language.value);
    const convlab::cli::CommandLine commandLine;
    if (commandLine.wanted(argc, argv))
        return commandLine.run(argc, argv, language.language);
    return convlab::WindowLauncher::run(argc, argv, language.language);
}
