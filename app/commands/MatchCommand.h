// SPDX-License-Identifier: MIT
#pragma once

#include "commands/Command.h"

namespace convlab::cli {

// convlab match IMAGE PATCH: OpenCV template matching, the best peaks as (row, col).
class MatchCommand final : public Command {
  public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser, const QStringList& arguments) const override;
    int run(const QCommandLineParser& parser, QTextStream& out) const override;
};

} // namespace convlab::cli
