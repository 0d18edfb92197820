// SPDX-License-Identifier: MIT
#include "subcommands/LearnedViews.h"

#include "ArgumentParsing.h"
#include "Error.h"
#include "figures/FigureExporter.h"
#include "learn/DecoderView.h"
#include "learn/DigitDataset.h"
#include "learn/LearnedScene.h"
#include "learn/ModelFile.h"
#include "learn/Network.h"
#include "learn/Trainer.h"
#include "learn/TrainingSession.h"
#include "scene/OffscreenScene.h"

#include <QCoreApplication>
#include <functional>

namespace convlab::cli {

namespace {

const QString kModel = QStringLiteral("model");
const QString kHeldOut = QStringLiteral("held-out");
const QString kGradient = QStringLiteral("gradient");
const QString kDeconvnet = QStringLiteral("deconvnet");
const QString kDecoder = QStringLiteral("decoder");

// What the window's Train button gives with its settings untouched: the lecture's network,
// seed 1, the default options (one thread: the same weights on every run).
Network trainedAsTheWindowDoes(const DigitDataset& data)
{
    const TrainingOptions options;
    Network network(Architecture::lecture(), options.seed);
    Trainer(network, data, data.split(DigitDataset::kSplitSeed), options).run();
    return network;
}

// The decoders' tab after their run; Error with the run's message if it fails.
std::unique_ptr<DecoderView> decoderView(const std::function<void(DecoderView*)>& epochDone = {})
{
    QString error;
    std::unique_ptr<DecoderView> view = LearnedScene::decoder(&error, epochDone);
    if (!view)
        throw Error(error.toStdString());
    return view;
}

} // namespace

QStringList learnedViewNames()
{
    return {kGradient, kDeconvnet, kDecoder};
}

bool isLearnedView(const QString& name)
{
    return learnedViewNames().contains(name);
}

void addLearnedViewOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {kHeldOut,
         QCoreApplication::translate(
             "convlab::cli",
             "For --view gradient and deconvnet without a lesson: the held-out digit N, counted "
             "from 1, as the learned-filters page numbers them (default: 1; a lesson's step "
             "names its own)."),
         QStringLiteral("N")});
}

std::unique_ptr<QWidget> learnedView(const QCommandLineParser& parser, const QString& view,
                                     const LearnedChoice* step)
{
    if (view == kDecoder)
        return decoderView();
    const std::shared_ptr<const DigitDataset> data = TrainingSession::digitSheet();
    const std::vector<int> heldOut = data->split(DigitDataset::kSplitSeed).heldOut;
    int digit = step ? step->heldOut : 1;
    if (parser.isSet(kHeldOut)) {
        digit = parseInteger(QStringLiteral("--held-out"), QStringLiteral("--held-out"),
                             parser.value(kHeldOut), 1);
        if (digit > static_cast<int>(heldOut.size()))
            throw Error(QCoreApplication::translate("convlab::cli",
                                                    "--held-out %1: there are %2 held-out digits")
                            .arg(digit)
                            .arg(heldOut.size())
                            .toStdString());
    }
    auto network = std::make_shared<const Network>(
        parser.isSet(kModel) ? ModelFile::load(parser.value(kModel).toStdString())
                             : trainedAsTheWindowDoes(*data));
    const cv::Mat image = data->image(heldOut[static_cast<std::size_t>(digit - 1)]);

    return LearnedScene::backToPixels(
        network, image,
        view == kGradient ? BackToPixels::Section::Gradient : BackToPixels::Section::Unit, step);
}

std::vector<QImage> decoderTrainingFrames(double scale)
{
    std::vector<QImage> frames;
    const auto grab = [&](DecoderView* view) {
        frames.push_back(
            OffscreenScene::render(FigureExporter::drawingOf(view), kLearnedViewSize, scale));
    };
    decoderView(grab);
    return frames;
}

} // namespace convlab::cli
