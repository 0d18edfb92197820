// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "LanguageOption.h"
#include "WindowLauncher.h"

// The window by default; a subcommand (conv, tconv, match, pool, shape, code) runs headless.
// --lang fr|en, anywhere, chooses the language of either.
int main(int argc, char* argv[])
{
    const convlab::LanguageOption::Result language = convlab::LanguageOption::extract(argc, argv);
    if (language.refused)
        return convlab::LanguageOption::refuse(argc, argv, language.value);
    if (convlab::cli::CommandLine::wanted(argc, argv))
        return convlab::cli::CommandLine().run(argc, argv, language.language);
    return convlab::WindowLauncher::run(argc, argv, language.language);
}
