// SPDX-License-Identifier: MIT
#include "document/Parameters.h"

namespace convlab {

namespace {

bool sameConvGeometry(const ConvParams& a, const ConvParams& b)
{
    return a.stride == b.stride && a.padding == b.padding && a.paddingMode == b.paddingMode &&
           a.dilation == b.dilation;
}

bool samePool(const PoolParams& a, const PoolParams& b)
{
    return a.size == b.size && a.stride == b.stride && a.padding == b.padding && a.mode == b.mode;
}

bool samePeaks(const PeakQuery& a, const PeakQuery& b)
{
    return a.topK == b.topK && a.minDistance == b.minDistance && a.useThreshold == b.useThreshold &&
           a.threshold == b.threshold;
}

} // namespace

ConvParams Parameters::effectiveConv() const
{
    ConvParams params = conv;
    params.trueConvolution = operation == Operation::TrueConvolution;
    return params;
}

MatchMethod Parameters::peakMethod() const
{
    return isTemplateMatch() ? method : MatchMethod::CCorr;
}

bool operator==(const Parameters& a, const Parameters& b)
{
    return a.operation == b.operation && a.method == b.method && sameConvGeometry(a.conv, b.conv) &&
           a.poolEnabled == b.poolEnabled && samePool(a.pool, b.pool) &&
           samePeaks(a.peaks, b.peaks);
}

unsigned changedFields(const Parameters& a, const Parameters& b)
{
    unsigned fields = 0;
    const auto mark = [&fields](bool differs, unsigned field) {
        if (differs)
            fields |= field;
    };
    mark(a.operation != b.operation, FieldOperation);
    mark(a.method != b.method, FieldMethod);
    mark(a.conv.stride != b.conv.stride, FieldStride);
    mark(a.conv.padding != b.conv.padding, FieldPadding);
    mark(a.conv.paddingMode != b.conv.paddingMode, FieldPaddingMode);
    mark(a.conv.dilation != b.conv.dilation, FieldDilation);
    mark(a.poolEnabled != b.poolEnabled, FieldPoolEnabled);
    mark(a.pool.size != b.pool.size, FieldPoolSize);
    mark(a.pool.stride != b.pool.stride, FieldPoolStride);
    mark(a.pool.padding != b.pool.padding, FieldPoolPadding);
    mark(a.pool.mode != b.pool.mode, FieldPoolMode);
    mark(a.peaks.topK != b.peaks.topK, FieldPeakTopK);
    mark(a.peaks.minDistance != b.peaks.minDistance, FieldPeakMinDistance);
    mark(a.peaks.useThreshold != b.peaks.useThreshold || a.peaks.threshold != b.peaks.threshold,
         FieldPeakThreshold);
    return fields;
}

unsigned changedFields(const ViewSettings& a, const ViewSettings& b)
{
    unsigned fields = 0;
    if (a.colormap != b.colormap)
        fields |= FieldColormap;
    if (a.autoRange != b.autoRange || a.rangeLow != b.rangeLow || a.rangeHigh != b.rangeHigh)
        fields |= FieldRange;
    if (a.overlay != b.overlay)
        fields |= FieldOverlay;
    if (a.sideBySide != b.sideBySide)
        fields |= FieldSideBySide;
    return fields;
}

} // namespace convlab
