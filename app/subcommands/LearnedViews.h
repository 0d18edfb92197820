// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>

class QWidget;

// `convlab render --view gradient|deconvnet|decoder`: the learned-filters page's tabs, as the
// window shows them. "Back to pixels" is drawn for a trained network and a held-out digit; the
// decoders after a run with the window's settings. None depends on the lesson's state.
namespace convlab::cli {

inline const QSize kLearnedViewSize(960, 540); // a 16:9 slide

QStringList learnedViewNames();
bool isLearnedView(const QString& name);
// --held-out (render's --model serves these views too).
void addLearnedViewOptions(QCommandLineParser& parser);
// The page for `view`, computed and laid out at kLearnedViewSize, off screen. Refuses (Error
// naming the option) a bad --digit or an unreadable --model before anything is computed.
std::unique_ptr<QWidget> learnedView(const QCommandLineParser& parser, const QString& view);

} // namespace convlab::cli
