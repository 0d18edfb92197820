// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>

namespace convlab {
class BackToPixels;
}

// `convlab render --view gradient|deconvnet`: the "Back to pixels" page of the learned filters
// drawn for a trained network and a held-out digit, as the window's tab shows them. They come
// from the network, not from the lesson's state.
namespace convlab::cli {

inline const QSize kLearnedViewSize(960, 540); // a 16:9 slide

QStringList learnedViewNames();
bool isLearnedView(const QString& name);
// --model and --digit.
void addLearnedViewOptions(QCommandLineParser& parser);
// The page for `view`, computed and laid out at kLearnedViewSize, off screen. Refuses (Error
// naming the option) a bad --digit or an unreadable --model before anything is computed.
std::unique_ptr<BackToPixels> learnedView(const QCommandLineParser& parser, const QString& view);

} // namespace convlab::cli
