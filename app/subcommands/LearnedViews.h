// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QWidget;

namespace convlab {
struct LearnedChoice;
}

// `convlab render --view gradient|deconvnet|decoder`: the learned-filters page's tabs, as the
// window shows them. "Back to pixels" is drawn for a trained network and a held-out digit; the
// decoders after a run with the window's settings. None depends on the lesson's state.
namespace convlab::cli {

inline const QSize kLearnedViewSize(960, 540); // a 16:9 slide, LearnedScene::kSlideSize

QStringList learnedViewNames();
bool isLearnedView(const QString& name);
// --held-out (render's --model serves these views too).
void addLearnedViewOptions(QCommandLineParser& parser);
// The page for `view`, computed and laid out at kLearnedViewSize, off screen. Refuses (Error
// naming the option) a bad --digit or an unreadable --model before anything is computed.
// `step`: what a lesson step opens of the page (its "learned" key: the held-out digit, and Back
// to pixels' stage, layer, map and unit), as the window shows that step.
std::unique_ptr<QWidget> learnedView(const QCommandLineParser& parser, const QString& view,
                                     const LearnedChoice* step = nullptr);
// `convlab animate --view decoder`: the decoders' tab drawn after every epoch of a run with the
// window's settings (epoch 0: before training), at kLearnedViewSize × scale, as the window
// redraws it while they learn.
std::vector<QImage> decoderTrainingFrames(double scale);

} // namespace convlab::cli
