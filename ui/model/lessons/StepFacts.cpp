// SPDX-License-Identifier: MIT
#include "lessons/StepFacts.h"

#include "Error.h"
#include "compute/ResponseDisplay.h"
#include "compute/ResponsePipeline.h"
#include "i18n/CoreMessages.h"
#include "stepper/ArithmeticPresets.h"
#include "stepper/MatrixPresets.h"

namespace convlab {

namespace {

// The names of resources/lessons/FORMAT.md, in the order of GuideCase and MatrixPresetId.
const QStringList& guideCases()
{
    static const QStringList names{
        QStringLiteral("no_padding_no_strides"), QStringLiteral("arbitrary_padding"),
        QStringLiteral("half_padding"),          QStringLiteral("full_padding"),
        QStringLiteral("no_padding_strides"),    QStringLiteral("padding_strides"),
        QStringLiteral("padding_strides_odd"),   QStringLiteral("dilation")};
    return names;
}

const QStringList& matrixPresets()
{
    static const QStringList names{QStringLiteral("lecture"), QStringLiteral("orthonormal"),
                                   QStringLiteral("tiny_image"), QStringLiteral("backward")};
    return names;
}

} // namespace

std::optional<StepFacts> StepFacts::compute(const LessonScript& script, int index, QString* error)
{
    std::optional<StepSnapshot> snapshot = script.snapshotAt(index, error);
    if (!snapshot)
        return std::nullopt;
    StepFacts facts;
    facts.index = index;
    facts.snapshot = std::move(*snapshot);
    const DocumentState& state = facts.snapshot.state;

    ResponsePipeline::Input input;
    input.image = state.image;
    input.patch = state.patch;
    input.parameters = state.parameters;
    input.sideBySide = state.parameters.isTemplateMatch();
    facts.response = ResponsePipeline::compute(input);
    if (facts.response.ok() && input.sideBySide) {
        const cv::Size patch = facts.response.patchSize;
        facts.rawPeaks = SideMapDisplay::prepare(facts.response.rawCorrelation, MatchMethod::CCorr,
                                                 patch, state.view.colormap)
                             .peaks;
        facts.normalisedPeaks =
            SideMapDisplay::prepare(facts.response.normalisedCorrelation, MatchMethod::CCoeffNormed,
                                    patch, state.view.colormap)
                .peaks;
    }

    const LessonStep& step = script.step(index);
    if (step.stepThrough && step.stepThrough->tab == StepThroughChoice::Tab::Checkerboard) {
        // As CheckerboardView computes it: square input and kernel, no padding.
        const StepThroughChoice::Checkerboard& c = step.stepThrough->checkerboard;
        TransposedParams params;
        params.stride = {c.stride, c.stride};
        params.dilation = {c.dilation, c.dilation};
        try {
            facts.checkerboard =
                checkerboardFigure({c.input, c.input}, {c.kernel, c.kernel}, params,
                                   c.bilinear ? ResizeMode::Bilinear : ResizeMode::Nearest);
            facts.checkerboardCase = c;
        } catch (const Error& failure) {
            *error = LessonScript::tr("step %1: %2")
                         .arg(index + 1)
                         .arg(CoreMessages::translate(failure.what()));
            return std::nullopt;
        }
    }
    if (step.stepThrough && !step.stepThrough->preset.isEmpty()) {
        const StepThroughChoice& choice = *step.stepThrough;
        try {
            switch (choice.tab) {
            case StepThroughChoice::Tab::Stepper:
                facts.stepperCase = convolutionSetup(
                    arithmeticPreset(static_cast<GuideCase>(guideCases().indexOf(choice.preset))));
                break;
            case StepThroughChoice::Tab::Transposed:
                facts.transposedCase = transposedSetup(
                    arithmeticPreset(static_cast<GuideCase>(guideCases().indexOf(choice.preset))));
                break;
            case StepThroughChoice::Tab::Matrix: {
                facts.matrix = computeMatrixFigures(matrixPresetData(
                    static_cast<MatrixPresetId>(matrixPresets().indexOf(choice.preset))));
                break;
            }
            case StepThroughChoice::Tab::Checkerboard: // above: it has no preset
                break;
            }
        } catch (const Error& failure) {
            *error = LessonScript::tr("step %1: %2")
                         .arg(index + 1)
                         .arg(CoreMessages::translate(failure.what()));
            return std::nullopt;
        }
    }
    return facts;
}

const cv::Mat* StepFacts::map(Map which) const
{
    const cv::Mat* m = nullptr;
    switch (which) {
    case Map::Response:
        m = &response.response;
        break;
    case Map::Raw:
        m = &response.rawCorrelation;
        break;
    case Map::Normalised:
        m = &response.normalisedCorrelation;
        break;
    }
    return m->empty() ? nullptr : m;
}

const std::vector<Peak>& StepFacts::peaks(Map which) const
{
    switch (which) {
    case Map::Raw:
        return rawPeaks;
    case Map::Normalised:
        return normalisedPeaks;
    case Map::Response:
        break;
    }
    return response.peaks;
}

bool StepFacts::lowerIsBetter(Map which) const
{
    return which == Map::Response && convlab::lowerIsBetter(response.parameters.peakMethod());
}

} // namespace convlab
