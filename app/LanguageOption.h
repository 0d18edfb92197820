// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convlab {

// `--lang fr|en` (or --lang=fr) anywhere on the command line chooses the language of the
// window, of the headless commands' help and of their messages, for this run only. It is
// taken out of argv before anything else parses it, so that every command accepts it.
// `convlab code … --lang numpy|pytorch|opencv` keeps its own meaning: only fr and en are
// interface languages, and any other value after `code` is left to that command.
class LanguageOption final {
  public:
    struct Result {
        QString language; // empty when --lang is not given
        bool refused = false;
        QString value; // the refused value (empty when --lang had none)
    };

    // Removes the option from argv and lowers argc accordingly.
    static Result extract(int& argc, char* argv[]);

    // Says why a value was refused, in the system's language; returns the exit code 2.
    static int refuse(int argc, char* argv[], const QString& value);
};

} // namespace convlab
