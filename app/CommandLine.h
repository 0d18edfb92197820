// SPDX-License-Identifier: MIT
#pragma once

#include "commands/Command.h"

#include <memory>
#include <vector>

namespace convlab::cli {

// The headless `convlab` front end: picks the subcommand, parses its options, prints help,
// and turns every refusal into exit code 2 with one line "convlab: error: …" on stderr.
class CommandLine final {
  public:
    CommandLine();

    // True when argv asks for a subcommand, --help or --version rather than the window.
    static bool wanted(int argc, char* argv[]);

    // Runs under a QCoreApplication: no display needed.
    int run(int argc, char* argv[]) const;

  private:
    int runCommand(const Command& command, const QStringList& arguments) const;
    const Command* find(const QString& name) const;
    QString overview() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace convlab::cli
