// SPDX-License-Identifier: MIT
#pragma once

#include "commands/Command.h"

namespace convlab::cli {

// convlab code OPERATION ...: a NumPy, PyTorch or OpenCV snippet computing the same numbers.
class CodeCommand final : public Command {
  public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser, const QStringList& arguments) const override;
    int run(const QCommandLineParser& parser, QTextStream& out) const override;
};

} // namespace convlab::cli
