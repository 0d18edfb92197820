// SPDX-License-Identifier: MIT
#include "stepper/ArithmeticPresets.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"

#include <algorithm>
#include <string>

namespace convlab {
namespace {

// The top-left 5×5 block is the input of the guide's Figure 1.1; the rest extends it with
// values of the same kind (0 to 3) for the 6×6 and 7×7 cases.
constexpr int kBaseSide = 7;
constexpr float kBaseInput[kBaseSide][kBaseSide] = {
    {3, 3, 2, 1, 0, 2, 1}, {0, 0, 1, 3, 1, 0, 3}, {3, 1, 2, 2, 3, 1, 0}, {2, 0, 0, 2, 2, 3, 1},
    {2, 0, 0, 0, 1, 2, 2}, {1, 2, 3, 0, 2, 1, 0}, {0, 1, 1, 3, 0, 2, 3},
};

// The 3×3 kernel of Figure 1.1, and a 4×4 one of the same kind.
constexpr float kKernel3[3][3] = {{0, 1, 2}, {2, 2, 0}, {0, 1, 2}};
constexpr float kKernel4[4][4] = {{0, 1, 2, 1}, {2, 2, 0, 0}, {0, 1, 2, 1}, {1, 0, 0, 2}};

cv::Mat baseBlock(int side)
{
    require(side >= 1 && side <= kBaseSide, "the guide's data is at most " +
                                                std::to_string(kBaseSide) + " cells wide; " +
                                                std::to_string(side) + " was asked for");
    cv::Mat block(side, side, CV_32F);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c)
            block.at<float>(r, c) = kBaseInput[r][c];
    return block;
}

cv::Mat guideKernel(int side)
{
    require(side == 3 || side == 4,
            "the guide's kernels are 3×3 or 4×4; " + std::to_string(side) + " was asked for");
    cv::Mat kernel(side, side, CV_32F);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c)
            kernel.at<float>(r, c) = side == 3 ? kKernel3[r][c] : kKernel4[r][c];
    return kernel;
}

AxisGeometry axisOf(const ArithmeticPreset& p)
{
    return {p.input, p.kernel, p.stride, p.padding, p.padding, p.dilation, 0};
}

} // namespace

const std::vector<ArithmeticPreset>& arithmeticPresets()
{
    static const std::vector<ArithmeticPreset> presets = {
        {GuideCase::NoPaddingNoStrides, 4, 3, 1, 0, 1},
        {GuideCase::ArbitraryPadding, 5, 4, 1, 2, 1},
        {GuideCase::HalfPadding, 5, 3, 1, 1, 1},
        {GuideCase::FullPadding, 5, 3, 1, 2, 1},
        {GuideCase::NoPaddingStrides, 5, 3, 2, 0, 1},
        {GuideCase::PaddingStrides, 5, 3, 2, 1, 1},
        {GuideCase::PaddingStridesOdd, 6, 3, 2, 1, 1},
        {GuideCase::Dilation, 7, 3, 1, 0, 2},
    };
    return presets;
}

const ArithmeticPreset& arithmeticPreset(GuideCase id)
{
    const auto& presets = arithmeticPresets();
    const auto found = std::find_if(presets.begin(), presets.end(),
                                    [id](const ArithmeticPreset& p) { return p.id == id; });
    require(found != presets.end(), "unknown guide case " + std::to_string(static_cast<int>(id)));
    return *found;
}

int convOutputOf(const ArithmeticPreset& preset)
{
    return convOutputSize(axisOf(preset));
}

int counterpartOutputPadding(const ArithmeticPreset& p)
{
    return (p.input + 2 * p.padding - p.dilation * (p.kernel - 1) - 1) % p.stride;
}

StepperSetup convolutionSetup(const ArithmeticPreset& p)
{
    StepperSetup setup;
    setup.operation = StepOperation::Convolution;
    setup.input = baseBlock(p.input);
    setup.kernel = guideKernel(p.kernel);
    setup.conv.stride = {p.stride, p.stride};
    setup.conv.padding = Padding::uniform(p.padding);
    setup.conv.dilation = {p.dilation, p.dilation};
    return setup;
}

StepperSetup transposedSetup(const ArithmeticPreset& p, StepOperation form)
{
    require(form == StepOperation::TransposedZeroInsertion ||
                form == StepOperation::TransposedScatter,
            "a transposed counterpart is stepped by zero insertion or by scatter");
    StepperSetup setup;
    setup.operation = form;
    setup.input = baseBlock(convOutputOf(p));
    setup.kernel = guideKernel(p.kernel);
    const int a = counterpartOutputPadding(p);
    setup.transposed.stride = {p.stride, p.stride};
    setup.transposed.padding = Padding::uniform(p.padding);
    setup.transposed.outputPadding = {a, a};
    setup.transposed.dilation = {p.dilation, p.dilation};
    return setup;
}

} // namespace convlab
