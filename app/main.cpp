// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "WindowLauncher.h"

// The window by default; a subcommand (conv, tconv, match, pool, shape, code) runs headless.
int main(int argc, char* argv[])
{
    if (convlab::cli::CommandLine::wanted(argc, argv))
        return convlab::cli::CommandLine().run(argc, argv);
    return convlab::WindowLauncher::run(argc, argv);
}
