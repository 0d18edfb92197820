// SPDX-License-Identifier: MIT
#include "geometry/ConvGeometry.h"

#include "Error.h"

#include <climits>

namespace convlab {
namespace {

void requireAtLeastOne(int value, const char* what)
{
    require(value >= 1, std::string(what) + " " + std::to_string(value) + " must be at least 1");
}

void requireNonNegative(int value, const char* what)
{
    require(value >= 0, std::string(what) + " " + std::to_string(value) + " must not be negative");
}

// Sizes are ints everywhere; a sum or product of valid ints may not be.
int checkedSize(long long value, const std::string& what)
{
    require(value <= INT_MAX, what + " would be " + std::to_string(value) + " cells, more than " +
                                  std::to_string(INT_MAX));
    return static_cast<int>(value);
}

// Kernel, stride, dilation and padding, common to both directions.
void checkKernelStridePadding(const AxisGeometry& axis)
{
    requireAtLeastOne(axis.kernel, "kernel size");
    requireAtLeastOne(axis.stride, "stride");
    requireAtLeastOne(axis.dilation, "dilation");
    requireNonNegative(axis.padBefore, "padding");
    requireNonNegative(axis.padAfter, "padding");
}

int paddedInput(const AxisGeometry& axis)
{
    return checkedSize(static_cast<long long>(axis.input) + axis.padBefore + axis.padAfter,
                       "the padded input");
}

long long transposedSize(const AxisGeometry& axis)
{
    return static_cast<long long>(axis.input - 1) * axis.stride - axis.padBefore - axis.padAfter +
           static_cast<long long>(axis.dilation) * (axis.kernel - 1) + axis.outputPadding + 1;
}

std::string transposedText(const AxisGeometry& axis)
{
    return "o = (" + std::to_string(axis.input) + "-1)·" + std::to_string(axis.stride) + " - " +
           std::to_string(axis.padBefore) + " - " + std::to_string(axis.padAfter) + " + " +
           std::to_string(axis.dilation) + "·(" + std::to_string(axis.kernel) + "-1) + " +
           std::to_string(axis.outputPadding) + " + 1 = " + std::to_string(transposedSize(axis));
}

// Re-throws an axis error with the axis it belongs to.
template <typename Compute> int onAxis(const char* axisName, Compute compute)
{
    try {
        return compute();
    } catch (const Error& e) {
        throw Error(std::string(e.what()) + " (" + axisName + ")");
    }
}

// The s values of a conv input size that floor() maps to one output size: listing more than
// this is not a teaching question, and would exhaust memory for absurd strides.
constexpr int kMaxListedInputSizes = 1 << 16;

} // namespace

int dilatedKernelSize(int kernel, int dilation)
{
    return checkedSize(static_cast<long long>(dilation) * (kernel - 1) + 1,
                       "the kernel " + std::to_string(kernel) + " dilated by " +
                           std::to_string(dilation));
}

int convOutputSize(const AxisGeometry& axis)
{
    requireAtLeastOne(axis.input, "input size");
    checkKernelStridePadding(axis);
    const int padded = paddedInput(axis);
    const int dilated = dilatedKernelSize(axis.kernel, axis.dilation);
    const std::string dilatedText =
        axis.dilation == 1 ? std::string() : " (dilated " + std::to_string(dilated) + ")";
    require(dilated <= padded, "kernel " + std::to_string(axis.kernel) + dilatedText +
                                   " is larger than padded input " + std::to_string(padded));
    return (padded - dilated) / axis.stride + 1;
}

int transposedOutputSize(const AxisGeometry& axis)
{
    requireAtLeastOne(axis.input, "input size");
    checkKernelStridePadding(axis);
    dilatedKernelSize(axis.kernel, axis.dilation);
    requireNonNegative(axis.outputPadding, "output padding");
    require(axis.outputPadding < axis.stride || axis.outputPadding < axis.dilation,
            "output padding " + std::to_string(axis.outputPadding) +
                " must be smaller than stride " + std::to_string(axis.stride) + " or dilation " +
                std::to_string(axis.dilation));
    const long long size = transposedSize(axis);
    require(size >= 1, "padding " + std::to_string(axis.padBefore) + " + " +
                           std::to_string(axis.padAfter) +
                           " crops the whole output: " + transposedText(axis));
    return checkedSize(size, "the transposed output");
}

std::string convFormula(const AxisGeometry& axis)
{
    const int size = convOutputSize(axis);
    return "o = floor((" + std::to_string(axis.input) + " + " + std::to_string(axis.padBefore) +
           " + " + std::to_string(axis.padAfter) + " - " + std::to_string(axis.dilation) + "·(" +
           std::to_string(axis.kernel) + "-1) - 1) / " + std::to_string(axis.stride) +
           ") + 1 = " + std::to_string(size);
}

std::string transposedFormula(const AxisGeometry& axis)
{
    transposedOutputSize(axis);
    return transposedText(axis);
}

Range receptiveField(const AxisGeometry& axis, int out)
{
    const int outputs = convOutputSize(axis);
    require(out >= 0 && out < outputs,
            "output cell " + std::to_string(out) + " is out of range: the output has " +
                std::to_string(outputs) + " cells (0 to " + std::to_string(outputs - 1) + ")");
    const int begin = out * axis.stride; // <= padded input - dilated kernel: no overflow
    return {begin, begin + dilatedKernelSize(axis.kernel, axis.dilation)};
}

std::vector<int> outputsFedBy(const AxisGeometry& axis, int in)
{
    const int outputs = convOutputSize(axis);
    require(in >= 0 && in < axis.input, "input cell " + std::to_string(in) +
                                            " is out of range: the input has " +
                                            std::to_string(axis.input) + " cells (0 to " +
                                            std::to_string(axis.input - 1) + ")");
    const long long padded = static_cast<long long>(in) + axis.padBefore;
    const long long reach = static_cast<long long>(axis.dilation) * (axis.kernel - 1);
    // Output j reads padded cells j·s + u·d, u = 0..k-1: those with j·s <= in + p <= j·s + reach.
    const long long first = padded <= reach ? 0 : (padded - reach + axis.stride - 1) / axis.stride;
    const long long last = std::min<long long>(outputs - 1, padded / axis.stride);
    std::vector<int> fed;
    for (long long j = first; j <= last; ++j)
        if ((padded - j * axis.stride) % axis.dilation == 0)
            fed.push_back(static_cast<int>(j));
    return fed;
}

std::vector<int> unreachedInputs(const AxisGeometry& axis)
{
    const int outputs = convOutputSize(axis);
    std::vector<bool> read(static_cast<size_t>(axis.input), false);
    for (long long j = 0; j < outputs; ++j)
        for (long long u = 0; u < axis.kernel; ++u) {
            const long long cell = j * axis.stride + u * axis.dilation - axis.padBefore;
            if (cell >= 0 && cell < axis.input)
                read[static_cast<size_t>(cell)] = true;
        }
    std::vector<int> unreached;
    for (int i = 0; i < axis.input; ++i)
        if (!read[static_cast<size_t>(i)])
            unreached.push_back(i);
    return unreached;
}

std::vector<int> convInputSizesFor(int convOutput, const AxisGeometry& axis)
{
    requireAtLeastOne(convOutput, "conv output size");
    checkKernelStridePadding(axis);
    require(axis.stride <= kMaxListedInputSizes,
            "stride " + std::to_string(axis.stride) + " is too large to list its " +
                std::to_string(axis.stride) + " input sizes (at most " +
                std::to_string(kMaxListedInputSizes) + ")");
    // floor((i + p - d(k-1) - 1) / s) + 1 = o for the s values of i that differ by a < s.
    const long long smallest = static_cast<long long>(convOutput - 1) * axis.stride +
                               dilatedKernelSize(axis.kernel, axis.dilation) - axis.padBefore -
                               axis.padAfter;
    std::vector<int> sizes;
    for (int a = 0; a < axis.stride; ++a)
        if (smallest + a >= 1)
            sizes.push_back(checkedSize(smallest + a, "the conv input"));
    return sizes;
}

Range resolveAxisPadding(PaddingPreset preset, int kernel, int dilation)
{
    requireAtLeastOne(kernel, "kernel size");
    requireAtLeastOne(dilation, "dilation");
    const int reach = dilatedKernelSize(kernel, dilation) - 1;
    switch (preset) {
    case PaddingPreset::Valid:
        return {0, 0};
    case PaddingPreset::Same:
        return {reach / 2, reach - reach / 2}; // the odd cell goes after, as in PyTorch
    case PaddingPreset::Full:
        return {reach, reach};
    }
    throw Error("unknown padding preset " + std::to_string(static_cast<int>(preset)));
}

Padding resolvePadding(PaddingPreset preset, Pair kernel, Pair dilation)
{
    const Range rows = resolveAxisPadding(preset, kernel.rows, dilation.rows);
    const Range cols = resolveAxisPadding(preset, kernel.cols, dilation.cols);
    return {rows.begin, rows.end, cols.begin, cols.end};
}

AxisGeometry ConvGeometry2d::rows() const
{
    return {input.rows,     kernel.rows,   stride.rows,       padding.top,
            padding.bottom, dilation.rows, outputPadding.rows};
}

AxisGeometry ConvGeometry2d::cols() const
{
    return {input.cols,    kernel.cols,   stride.cols,       padding.left,
            padding.right, dilation.cols, outputPadding.cols};
}

Pair ConvGeometry2d::convOutput() const
{
    return {onAxis("rows", [this] { return convOutputSize(rows()); }),
            onAxis("columns", [this] { return convOutputSize(cols()); })};
}

Pair ConvGeometry2d::transposedOutput() const
{
    return {onAxis("rows", [this] { return transposedOutputSize(rows()); }),
            onAxis("columns", [this] { return transposedOutputSize(cols()); })};
}

} // namespace convlab
