// SPDX-License-Identifier: MIT
#include "ops/Pool.h"

#include "Error.h"
#include "engine/Stripes.h"
#include "ops/Conv2d.h"

#include <algorithm>
#include <limits>
#include <opencv2/core/utility.hpp>
#include <string>

namespace convlab {
namespace {

struct PoolAxis {
    const char* name; // "rows" or "columns"
    int input;
    int size;
    int stride;
    int padBefore;
    int padAfter;
    const char* beforeName;
    const char* afterName;

    int outputs() const { return (input + padBefore + padAfter - size) / stride + 1; }
};

void requirePadAtMostHalf(const PoolAxis& axis, int pad, const char* side)
{
    const std::string named = std::string("padding ") + side + " " + std::to_string(pad);
    require(pad >= 0, named + " must not be negative");
    // PyTorch: "pad should be at most half of effective kernel size"; beyond it a window
    // could hold nothing but padding.
    require(2 * static_cast<long long>(pad) <= axis.size,
            named + " must be at most half the pool size " + std::to_string(axis.size) + " (" +
                axis.name + ")");
}

void checkAxis(const PoolAxis& axis)
{
    require(axis.size >= 1,
            "pool size " + std::to_string(axis.size) + " must be at least 1 (" + axis.name + ")");
    require(axis.stride >= 1, "pool stride " + std::to_string(axis.stride) +
                                  " must be at least 1 (" + axis.name + ")");
    requirePadAtMostHalf(axis, axis.padBefore, axis.beforeName);
    requirePadAtMostHalf(axis, axis.padAfter, axis.afterName);
    // Both pads are at most size/2, so this sum cannot overflow.
    const long long padded = static_cast<long long>(axis.input) + axis.padBefore + axis.padAfter;
    require(axis.size <= padded, "pool size " + std::to_string(axis.size) +
                                     " is larger than padded input " + std::to_string(padded) +
                                     " (" + axis.name + ")");
}

PoolAxis rowsOf(const cv::Mat& input, const PoolParams& p)
{
    return {"rows",        input.rows,       p.size.rows, p.stride.rows,
            p.padding.top, p.padding.bottom, "top",       "bottom"};
}

PoolAxis colsOf(const cv::Mat& input, const PoolParams& p)
{
    return {"columns",      input.cols,      p.size.cols, p.stride.cols,
            p.padding.left, p.padding.right, "left",      "right"};
}

// Implicit padding never enters the loops: -inf never wins a max, 0 adds nothing to a sum.
float poolWindow(const cv::Mat& input, int channel, int top, int left, const PoolParams& p)
{
    const int channels = input.channels();
    const int rowBegin = std::max(top, 0), rowEnd = std::min(top + p.size.rows, input.rows);
    const int colBegin = std::max(left, 0), colEnd = std::min(left + p.size.cols, input.cols);
    if (p.mode == PoolMode::Max) {
        float best = -std::numeric_limits<float>::infinity();
        for (int r = rowBegin; r < rowEnd; ++r) {
            const float* row = input.ptr<float>(r);
            for (int c = colBegin; c < colEnd; ++c)
                best = std::max(best, row[c * channels + channel]);
        }
        return best;
    }
    double sum = 0;
    for (int r = rowBegin; r < rowEnd; ++r) {
        const float* row = input.ptr<float>(r);
        for (int c = colBegin; c < colEnd; ++c)
            sum += row[c * channels + channel];
    }
    return static_cast<float>(sum / (static_cast<double>(p.size.rows) * p.size.cols));
}

} // namespace

void validatePool(const cv::Mat& input, const PoolParams& params)
{
    require(!input.empty(), "the input is empty");
    require(input.depth() == CV_32F,
            "pooling takes float32 data; the input is " + cv::typeToString(input.type()));
    checkAxis(rowsOf(input, params));
    checkAxis(colsOf(input, params));
    requireFinite(input, "input");
}

cv::Mat pool2d(const cv::Mat& input, const PoolParams& params)
{
    validatePool(input, params);
    const int channels = input.channels();
    cv::Mat output(rowsOf(input, params).outputs(), colsOf(input, params).outputs(),
                   CV_32FC(channels));
    cv::parallel_for_(
        cv::Range(0, output.rows),
        [&](const cv::Range& rows) {
            for (int i = rows.start; i < rows.end; ++i) {
                float* out = output.ptr<float>(i);
                const int top = i * params.stride.rows - params.padding.top;
                for (int j = 0; j < output.cols; ++j) {
                    const int left = j * params.stride.cols - params.padding.left;
                    for (int c = 0; c < channels; ++c)
                        out[j * channels + c] = poolWindow(input, c, top, left, params);
                }
            }
        },
        engine::stripeCount(output.rows)); // one stripe inside an engine::SingleThreadScope
    return output;
}

std::string toString(PoolMode mode)
{
    switch (mode) {
    case PoolMode::Max:
        return "max";
    case PoolMode::Average:
        return "avg";
    }
    throw Error("unknown pool mode " + std::to_string(static_cast<int>(mode)));
}

PoolMode poolModeFromString(const std::string& name)
{
    if (name == "max")
        return PoolMode::Max;
    if (name == "avg")
        return PoolMode::Average;
    throw Error("unknown pool mode '" + name + "' (expected max or avg)");
}

} // namespace convlab
