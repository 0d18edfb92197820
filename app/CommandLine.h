// SPDX-License-Identifier: MIT
#pragma once

#include "subcommands/Subcommand.h"

#include <vector>

namespace convlab::cli {

// The headless `convlab` front end: picks the subcommand, parses its options, prints help,
// and turns every refusal into exit code 2 with one line "convlab: error: …" on stderr.
class CommandLine final {
  public:
    CommandLine();

    // True when argv asks for a subcommand, --help or --version rather than the window. A
    // first argument that names no subcommand but an existing file is for the window to open
    // (`convlab lesson.convlab`, as a file manager starts it).
    bool wanted(int argc, char* argv[]) const;

    // Runs under a QCoreApplication: no display needed. `language` is "fr" or "en" from
    // --lang, or empty for the system's.
    int run(int argc, char* argv[], const QString& language = {}) const;

  private:
    int runSubcommand(const Subcommand& command, const QStringList& arguments) const;
    const Subcommand* find(const QString& name) const;
    QString overview() const;

    std::vector<Subcommand> m_subcommands;
};

} // namespace convlab::cli
