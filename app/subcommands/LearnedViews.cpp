// SPDX-License-Identifier: MIT
#include "subcommands/LearnedViews.h"

#include "ArgumentParsing.h"
#include "Error.h"
#include "learn/BackToPixels.h"
#include "learn/DecoderSession.h"
#include "learn/DecoderView.h"
#include "learn/DigitDataset.h"
#include "learn/ModelFile.h"
#include "learn/Network.h"
#include "learn/Trainer.h"
#include "learn/TrainingSession.h"

#include <QCoreApplication>
#include <QEventLoop>

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

// Both decoders trained with the window's settings (seeded, one thread: the same run every
// time), drawn as the tab shows them at the end.
std::unique_ptr<QWidget> decoderView()
{
    const std::shared_ptr<const DigitDataset> data = TrainingSession::digitSheet();
    auto* session = new DecoderSession(data, data->split(DigitDataset::kSplitSeed));
    auto view = std::make_unique<DecoderView>(session);
    session->setParent(view.get());
    QEventLoop loop;
    QObject::connect(session, &DecoderSession::finished, &loop, &QEventLoop::quit);
    session->start();
    loop.exec();
    if (!session->message().isEmpty())
        throw Error(session->message().toStdString());
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
             "For --view gradient and deconvnet: the held-out digit N, counted from 1, as the "
             "learned-filters page numbers them (default: 1)."),
         QStringLiteral("N")});
}

std::unique_ptr<QWidget> learnedView(const QCommandLineParser& parser, const QString& view)
{
    if (view == kDecoder) {
        std::unique_ptr<QWidget> page = decoderView();
        page->setAttribute(Qt::WA_DontShowOnScreen);
        page->resize(kLearnedViewSize);
        page->show();
        return page;
    }
    const std::shared_ptr<const DigitDataset> data = TrainingSession::digitSheet();
    const std::vector<int> heldOut = data->split(DigitDataset::kSplitSeed).heldOut;
    int digit = 1;
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
