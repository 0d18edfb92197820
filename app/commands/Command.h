// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace convlab::cli {

// One headless subcommand: `convlab NAME ...`. CommandLine builds the parser from
// addOptions(), handles --help and parse errors, then calls run(). Refusals are thrown as
// convlab::Error; run() returns the exit code of a success.
class Command {
  public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, for `convlab --help`
    virtual QString usage() const = 0;   // what follows "convlab NAME" in the usage line
    // `arguments` are the raw ones after NAME, for a command whose options depend on them.
    virtual void addOptions(QCommandLineParser& parser, const QStringList& arguments) const = 0;
    virtual int run(const QCommandLineParser& parser, QTextStream& out) const = 0;
};

} // namespace convlab::cli
