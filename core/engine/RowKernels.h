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

// Splits a row into its `phases` column phases: phase p, element m = src[m·phases + p], stored
// at dst + p·phaseStride + m. A strided correlation then reads every phase contiguously.
void splitPhases(const float* src, int length, int phases, float* dst, int phaseStride);

// values[i] *= factors[i] (complex products), for the pointwise step of FFT correlation.
void multiplySpectra(std::complex<float>* values, const std::complex<float>* factors,
                     int count);

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
