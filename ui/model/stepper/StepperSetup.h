// SPDX-License-Identifier: MIT
#pragma once

#include "ops/StepTrace.h"

#include <opencv2/core.hpp>
#include <vector>

// What the stepper walks through, and what core says about it. Qt-free: every number here
// comes from core (the *Step functions, conv2d, pool2d, matchTemplate, the transposed forms).
namespace convlab {

enum class StepOperation {
    Convolution,             // conv2d: cross-correlation, or true convolution (flipped kernel)
    TemplateMatch,           // matchTemplate over the padded image, every stride-th window
    Pooling,                 // max or average pooling
    TransposedZeroInsertion, // the flipped kernel over the zero-inserted, bordered input
    TransposedScatter,       // each input cell stamps value × kernel on the output
};

struct StepperSetup {
    StepOperation operation = StepOperation::Convolution;
    cv::Mat input;   // CV_32FC1
    cv::Mat kernel;  // CV_32FC1: the kernel, or the patch of template matching; unused by pooling
    ConvParams conv; // convolution; stride, padding and padding mode of template matching
    MatchMethod method = MatchMethod::CCoeffNormed;
    PoolParams pool;
    TransposedParams transposed;

    bool isTransposed() const
    {
        return operation == StepOperation::TransposedZeroInsertion ||
               operation == StepOperation::TransposedScatter;
    }
};

// What a cell of the stepped grid is.
enum class CellRole : uchar { Input, Padding, InsertedZero };

// The grid the window slides over, in the coordinates of StepTrace::window: the padded input,
// or for a transposed convolution the zero-inserted input with its border (for the scatter
// form, the input itself: each step stamps one of its cells).
struct SteppedGrid {
    cv::Mat values;          // CV_32F; −inf in the implicit padding of max pooling
    cv::Mat roles;           // CV_8U, a CellRole per cell
    cv::Point inputOrigin;   // grid cell (x = col, y = row) of input cell (0, 0); negative
                             // when a transposed border crops the zero-inserted grid
    Pair inputSpacing{1, 1}; // grid cells from one input cell to the next (the transposed stride)
    std::vector<int> unreachedRows; // grid rows of input cells that no window ever reads
    std::vector<int> unreachedCols;

    // Grid cell of input cell (row, col).
    cv::Point gridCellOf(int row, int col) const
    {
        return {inputOrigin.x + col * inputSpacing.cols, inputOrigin.y + row * inputSpacing.rows};
    }
};

// Each function throws Error, naming the numbers, when the setup is impossible.
void validateSetup(const StepperSetup& setup);
// The output map's size (for the scatter form, the transposed output).
Pair outputSizeOf(const StepperSetup& setup);
// N: one step per output cell, or per input cell for the scatter form.
long long stepCountOf(const StepperSetup& setup);
// Step n, 0 <= n < N, computed from n alone. For the scatter form: outRow/outCol are the input
// cell stamped, `window` the stamp's extent in output coordinates (before cropping), each tap
// the output cell written (inPadding = cropped away by the padding), value the input value.
StepTrace stepOf(const StepperSetup& setup, long long n);
// The whole output, as core computes it in one call.
cv::Mat finalOutputOf(const StepperSetup& setup);
// The output as it stands after step n: cells of steps 0..n from `finalOutput`, NaN after; for
// the scatter form, the sum of stamps 0..n, NaN where no stamp has written yet (after the
// last stamp, the whole output: cells no stamp reaches are 0).
cv::Mat outputAfter(const StepperSetup& setup, const cv::Mat& finalOutput, long long n);
SteppedGrid steppedGridOf(const StepperSetup& setup);

} // namespace convlab
