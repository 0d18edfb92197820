// SPDX-License-Identifier: MIT
#include "learn/LearnedClaims.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "learn/DecoderSession.h"
#include "learn/DigitImage.h"
#include "learn/Network.h"
#include "learn/TrainingSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRect>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

using Claim = Expectation::Claim;

QString numberText(double v)
{
    return QLocale::c().toString(v, 'g', 3);
}

QString on(Expectation::LearnedNetwork network)
{
    return QStringLiteral("on the %1 network").arg(Expectation::networkName(network));
}

// The Back to pixels half of the claim, on one network.
QString pixelsFailure(const Expectation& claim, const LearnedChoice& choice,
                      const LearnedFacts& facts, Expectation::LearnedNetwork which)
{
    const std::shared_ptr<const Network> network = facts.network(which);
    if (!network)
        return QStringLiteral("%1: it was not computed").arg(on(which));
    const PixelsRequest request = facts.request(choice, network);
    const PixelsResult result = PixelsComputer::compute(request);
    if (!result.error.isEmpty())
        return QStringLiteral("%1: %2").arg(on(which), result.error);
    if (claim.claim() == Claim::LearnedGradient) {
        const LayerGradient& g = result.gradient;
        if (!(g.inputGradientScale > 0))
            return QStringLiteral("%1, ∂L/∂x at %2's input is 0 everywhere")
                .arg(on(which), choice.stage);
        const std::vector<int> shape{g.input.channels(), g.input.rows, g.input.cols};
        if (!claim.inputShape().empty() && claim.inputShape() != shape)
            return QStringLiteral("%1, %2's input is %3 × %4 × %5 values")
                .arg(on(which), choice.stage)
                .arg(shape[0])
                .arg(shape[1])
                .arg(shape[2]);
        const double ratio = g.inputDifference / g.inputGradientScale;
        if (ratio <= claim.relativeDifference())
            return {};
        return QStringLiteral("%1, the largest |∂L/∂x − Wᵀδ| at %2's input is %3 where |∂L/∂x| "
                              "reaches %4: %5 of it, above %6")
            .arg(on(which), choice.stage, numberText(g.inputDifference),
                 numberText(g.inputGradientScale), numberText(ratio),
                 numberText(claim.relativeDifference()));
    }
    // LearnedUnit: the tab's outline of the pixels the unit sees (BackToPixels::showUnit).
    if (!result.unit.unit)
        return QStringLiteral("%1, the step projects a whole map, not a unit").arg(on(which));
    const LayerShape& layer = network->shapes().layer(result.unit.layer);
    if (layer.receptiveField != claim.field())
        return QStringLiteral("a unit of %1 sees %2 × %2 pixels")
            .arg(QString::fromStdString(layer.name))
            .arg(layer.receptiveField);
    const cv::Mat& pixels = result.projection.pixels;
    const cv::Point unit = *result.unit.unit;
    const QRect field =
        QRect(layer.fieldStart + unit.x * layer.jump, layer.fieldStart + unit.y * layer.jump,
              layer.receptiveField, layer.receptiveField) &
        QRect(0, 0, pixels.cols, pixels.rows);
    int inside = 0, outside = 0;
    double largestOutside = 0;
    for (int r = 0; r < pixels.rows; ++r)
        for (int c = 0; c < pixels.cols; ++c) {
            const float v = pixels.at<float>(r, c);
            if (v == 0.0f)
                continue;
            if (field.contains(c, r)) {
                ++inside;
            } else {
                ++outside;
                largestOutside = std::max(largestOutside, double(std::abs(v)));
            }
        }
    const QString where = QStringLiteral("unit (row %1, column %2) of %3, which sees rows %4–%5, "
                                         "columns %6–%7")
                              .arg(unit.y)
                              .arg(unit.x)
                              .arg(QString::fromStdString(layer.name))
                              .arg(field.top())
                              .arg(field.bottom())
                              .arg(field.left())
                              .arg(field.right());
    if (outside > 0)
        return QStringLiteral("%1, the deconvnet's projection of %2 is not 0 at %3 pixels "
                              "outside that field, up to %4")
            .arg(on(which), where)
            .arg(outside)
            .arg(numberText(largestOutside));
    if (inside == 0)
        return QStringLiteral("%1, nothing of %2 comes back to the pixels: 0 everywhere")
            .arg(on(which), where);
    if (const std::optional<double> least = claim.inkOutside()) {
        const cv::Rect seen(field.left(), field.top(), field.width(), field.height());
        const double ink = cv::sum(request.digit)[0];
        const double share = ink > 0 ? 1 - cv::sum(request.digit(seen))[0] / ink : 0;
        if (!(share >= *least))
            return QStringLiteral("%1, %2 of the digit's ink lies outside the field of %3, not "
                                  "at least %4")
                .arg(on(which), numberText(share), where, numberText(*least));
    }
    return {};
}

QString decoderFailure(const Expectation& claim, const LearnedFacts& facts)
{
    if (facts.transposed.empty() || facts.resizeConv.empty() || !(facts.digitsEnergy > 0))
        return QStringLiteral("the decoders' run was not computed");
    const double digits = facts.digitsEnergy;
    QStringList wrong;
    const double start = facts.transposed.front().checkerboardEnergy / digits;
    if (claim.startAbove() && !(start >= *claim.startAbove()))
        wrong << QStringLiteral("before training the transposed decoder's checkerboard energy is "
                                "%1 times the digits' own, not at least %2")
                     .arg(numberText(start), numberText(*claim.startAbove()));
    const double end = facts.transposed.back().checkerboardEnergy / digits;
    if (const auto range = claim.endWithin();
        range && !(end >= range->first && end <= range->second))
        wrong << QStringLiteral("after epoch %1 it is %2 times the digits' own, not %3 to %4")
                     .arg(facts.transposed.back().epoch)
                     .arg(numberText(end), numberText(range->first), numberText(range->second));
    if (claim.resizeBelow()) {
        const auto highest =
            std::max_element(facts.resizeConv.begin(), facts.resizeConv.end(),
                             [](const DecoderEpoch& a, const DecoderEpoch& b) {
                                 return a.checkerboardEnergy < b.checkerboardEnergy;
                             });
        const double resize = highest->checkerboardEnergy / digits;
        if (!(resize <= *claim.resizeBelow()))
            wrong << QStringLiteral("the resize-conv decoder's reaches %1 times the digits' own "
                                    "(epoch %2), not at most %3")
                         .arg(numberText(resize))
                         .arg(highest->epoch)
                         .arg(numberText(*claim.resizeBelow()));
    }
    return wrong.join(QStringLiteral("; "));
}

// Delivers what a session's worker published (queued calls) once it is done.
template <typename Session> void settle(Session& session)
{
    session.waitForWorker();
    QCoreApplication::sendPostedEvents();
}

} // namespace

std::optional<LearnedFacts> LearnedFacts::compute(bool train, bool decode, QString* error)
{
    LearnedFacts facts;
    try {
        facts.data = TrainingSession::digitSheet();
        TrainingSession session(facts.data, facts.data->split(DigitDataset::kSplitSeed));
        facts.split = session.split();
        facts.untrained = session.network();
        if (!facts.untrained) {
            *error = session.message();
            return std::nullopt;
        }
        if (train) {
            if (!session.start()) {
                *error = session.message();
                return std::nullopt;
            }
            settle(session);
            if (session.state() != TrainingSession::State::Finished) {
                *error = QStringLiteral("training did not finish: %1").arg(session.message());
                return std::nullopt;
            }
            facts.trained = session.network();
        }
        if (decode) {
            DecoderSession decoders(facts.data, facts.data->split(DigitDataset::kSplitSeed));
            decoders.start();
            settle(decoders);
            if (decoders.isRunning() || !decoders.message().isEmpty()) {
                *error = QStringLiteral("the decoders' run failed: %1").arg(decoders.message());
                return std::nullopt;
            }
            facts.digitsEnergy = decoders.targetEnergy();
            facts.transposed = decoders.history(DecoderKind::Transposed);
            facts.resizeConv = decoders.history(DecoderKind::ResizeConv);
        }
    } catch (const Error& e) {
        *error = CoreMessages::translate(e.what());
        return std::nullopt;
    }
    return facts;
}

std::shared_ptr<const Network> LearnedFacts::network(Expectation::LearnedNetwork which) const
{
    return which == Expectation::LearnedNetwork::Untrained ? untrained : trained;
}

PixelsRequest LearnedFacts::request(const LearnedChoice& choice,
                                    std::shared_ptr<const Network> network) const
{
    PixelsRequest r;
    const int index = std::clamp(choice.heldOut, 1, static_cast<int>(split.heldOut.size())) - 1;
    r.digit = prepareDigit(data->image(split.heldOut[static_cast<std::size_t>(index)]));
    r.label = network->predict(r.digit).digit;
    // The tab's boxes: the conv stages and the layers of the shape table, by name.
    int stage = 0, conv = 0;
    for (const LayerShape& shape : network->shapes().layers())
        if (shape.kind == LayerKind::Conv) {
            if (QString::fromStdString(shape.name) == choice.stage)
                stage = conv;
            ++conv;
        }
    r.stage = stage;
    r.unit.layer = choice.layer.toStdString();
    const LayerShape& layer = network->shapes().layer(r.unit.layer);
    r.unit.channel = std::clamp(choice.map, 1, layer.channels) - 1;
    r.strongestUnit = choice.unit == LearnedChoice::Unit::Strongest;
    if (choice.unit == LearnedChoice::Unit::At)
        r.unit.unit = cv::Point(std::clamp(choice.cell.cols, 0, layer.size - 1),
                                std::clamp(choice.cell.rows, 0, layer.size - 1));
    r.network = std::move(network);
    return r;
}

QString LearnedClaims::failure(const Expectation& claim, const LessonStep& step,
                               const LearnedFacts& facts)
{
    if (claim.claim() == Claim::LearnedDecoder)
        return decoderFailure(claim, facts);
    if (claim.claim() != Claim::LearnedGradient && claim.claim() != Claim::LearnedUnit)
        return QStringLiteral("not a claim about the learned page");
    if (!step.learned)
        return QStringLiteral("the step does not open the learned page");
    QStringList wrong;
    try {
        for (const Expectation::LearnedNetwork network : claim.networks())
            if (QString found = pixelsFailure(claim, *step.learned, facts, network);
                !found.isEmpty())
                wrong << found;
    } catch (const Error& e) {
        wrong << QString::fromUtf8(e.what());
    }
    return wrong.join(QStringLiteral("; "));
}

} // namespace convlab
