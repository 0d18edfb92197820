// SPDX-License-Identifier: MIT
#include "subcommands/LearnedViews.h"

#include "ArgumentParsing.h"
#include "Error.h"
#include "learn/BackToPixels.h"
#include "learn/DigitDataset.h"
#include "learn/ModelFile.h"
#include "learn/Network.h"
#include "learn/Trainer.h"
#include "learn/TrainingSession.h"

#include <QCoreApplication>

namespace convlab::cli {

namespace {

const QString kModel = QStringLiteral("model");
const QString kDigit = QStringLiteral("digit");
const QString kGradient = QStringLiteral("gradient");
const QString kDeconvnet = QStringLiteral("deconvnet");

// What the window's Train button gives with its settings untouched: the lecture's network,
// seed 1, the default options (one thread: the same weights on every run).
Network trainedAsTheWindowDoes(const DigitDataset& data)
{
    const TrainingOptions options;
    Network network(Architecture::lecture(), options.seed);
    Trainer(network, data, data.split(DigitDataset::kSplitSeed), options).run();
    return network;
}

} // namespace

QStringList learnedViewNames()
{
    return {kGradient, kDeconvnet};
}

bool isLearnedView(const QString& name)
{
    return learnedViewNames().contains(name);
}

void addLearnedViewOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {kModel,
         QCoreApplication::translate(
             "convlab::cli",
             "For --view gradient and deconvnet: the network, a file of `convlab train` "
             "(default: the lecture's network trained as the window's Train button does with "
             "its settings untouched, seed 1, %1 epochs).")
             .arg(TrainingOptions{}.epochs),
         QStringLiteral("MODEL")});
    parser.addOption(
        {kDigit,
         QCoreApplication::translate(
             "convlab::cli",
             "For --view gradient and deconvnet: the held-out digit N, counted from 1, as the "
             "learned-filters page numbers them (default: 1)."),
         QStringLiteral("N")});
}

std::unique_ptr<BackToPixels> learnedView(const QCommandLineParser& parser, const QString& view)
{
    const std::shared_ptr<const DigitDataset> data = TrainingSession::digitSheet();
    const std::vector<int> heldOut = data->split(DigitDataset::kSplitSeed).heldOut;
    int digit = 1;
    if (parser.isSet(kDigit)) {
        digit = parseInteger(QStringLiteral("--digit"), QStringLiteral("--digit"),
                             parser.value(kDigit), 1);
        if (digit > static_cast<int>(heldOut.size()))
            throw Error(QCoreApplication::translate("convlab::cli",
                                                    "--digit %1: there are %2 held-out digits")
                            .arg(digit)
                            .arg(heldOut.size())
                            .toStdString());
    }
    auto network = std::make_shared<const Network>(
        parser.isSet(kModel) ? ModelFile::load(parser.value(kModel).toStdString())
                             : trainedAsTheWindowDoes(*data));
    const cv::Mat image = data->image(heldOut[static_cast<std::size_t>(digit - 1)]);

    auto page = std::make_unique<BackToPixels>();
    page->setSection(view == kGradient ? BackToPixels::Section::Gradient
                                       : BackToPixels::Section::Unit);
    page->setInput(network, image, network->predict(image).digit); // hidden: nothing started
    page->computeNow();
    page->setAttribute(Qt::WA_DontShowOnScreen);
    page->resize(kLearnedViewSize);
    page->show();
    return page;
}

} // namespace convlab::cli
