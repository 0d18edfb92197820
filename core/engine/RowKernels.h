// SPDX-License-Identifier: MIT
#pragma once

#include <complex>
#include <span>

// The few inner loops every correlation path spends its time in. They are plain loops over
// contiguous rows, written so that the compiler vectorises them; RowKernels.cpp builds each for
// AVX-512, AVX2+FMA and the baseline ISA and the loader picks one for the running CPU.
namespace convlab::engine {

// One kernel tap applied to a contiguous row: acc[j] += weight * source[j].
struct Tap {
    float weight;
    const float* source;
};

// out[j] = Σ_t taps[t].weight · taps[t].source[j], for j in [0, length); 0 without taps.
void sumTaps(float* out, std::span<const Tap> taps, int length);

// A tap whose weight depends on the column's phase modulo a period p (a column stride):
// column x is weighted by weights[(x mod p)·16]. `weights` holds p rows of 16 lanes, row φ
// lane l being the weight of a column of phase (φ + l) mod p, so that a block of 16 columns
// starting at any x loads its weights as one vector.
struct PhasedTap {
    const float* weights;
    const float* source;
};

// out[x] = Σ_t weight_t(x) · taps[t].source[x], for x in [begin, end); end - begin must be a
// multiple of 16. 0 without taps.
void sumPhasedTaps(float* out, std::span<const PhasedTap> taps, int period, int begin, int end);

// One kernel row of a correlation with a column stride p of 2 or 4 whose windows span at most
// 2p columns, for sumStridedRows: `source` is the input row at output column 0, `near` the
// PhasedTap weights of the columns p·j … p·j + p - 1 of output j, `far` those of the next p
// columns (both as PhasedTap::weights, phase 0).
struct StridedRow {
    const float* source;
    const float* near;
    const float* far;
};

// Input columns a block of 16 outputs reads: those from p·j to p·j + 16·(p + 1) - 1 for
// output j.
constexpr int stridedBlockColumns(int period)
{
    return 16 * (period + 1);
}

// out[j] = Σ_rows Σ_{r < p} near(r)·source[p·j + r] + far(r)·source[p·j + p + r], in blocks
// of 16 outputs summed in registers, for j from 0 while a block's columns lie in [0, readable)
// of every source; a last block shorter than 16 outputs is computed in full and stored in
// part. Returns the number of outputs written. `period` is 2 or 4; without far weights
// (`withFar` false) the far pointers are not read.
int sumStridedRows(float* out, std::span<const StridedRow> rows, int period, bool withFar,
                   int length, int readable);

// out[j] = Σ_{r < group} row[j·group + r], for j in [0, length).
void sumGroups(const float* row, int group, float* out, int length);

// Splits a row into its `phases` column phases: phase p, element m = src[m·phases + p], stored
// at dst + p·phaseStride + m. A strided correlation then reads every phase contiguously.
void splitPhases(const float* src, int length, int phases, float* dst, int phaseStride);

// values[i] *= factors[i] (complex products), for the pointwise step of FFT correlation.
void multiplySpectra(std::complex<float>* values, const std::complex<float>* factors, int count);

// Running per-column summary of a band of map rows (ops/MapTiles): the largest key
// sign·value (NaN never larger), how many values are NaN, and the extent of the finite ones.
struct ColumnSummary {
    float* best;
    int* undefined;
    float* low;
    float* high;
};
void summariseRow(const float* row, int length, float sign, const ColumnSummary& columns);

// Whether no value of the row is NaN or ±Inf (exponent bits all set), without branching.
bool rowIsFinite(const float* row, int length);

// Adds sign·x[c] to sum[c] and sign·x[c]² to squares[c], each double sum carrying its exact
// rounding error in the matching *Error array (TwoSum): window sums slid across a whole image
// stay within a few ulps.
struct CompensatedColumns {
    double* sum;
    double* sumError;
    double* squares;
    double* squaresError;
};
void addCompensated(const float* x, int length, double sign, const CompensatedColumns& columns);

} // namespace convlab::engine
