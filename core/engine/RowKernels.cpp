// SPDX-License-Identifier: MIT
#include "engine/RowKernels.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

// One build of each loop per instruction set, chosen at load time (GNU ifunc): the library
// stays portable to any x86-64 while using the wide vectors of the machine it runs on.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12 && defined(__x86_64__) &&           \
    defined(__linux__)
#define CONVLAB_VECTOR_CLONES                                                                      \
    __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define CONVLAB_VECTOR_CLONES
#endif

namespace convlab::engine {
namespace {

// Sixteen floats, one AVX-512 register (two AVX2 or four SSE registers in the other builds).
// Spelled as a GCC vector type: the compiler keeps the accumulators of a block in registers,
// which its auto-vectoriser does not do for a loop over taps inside a loop over columns.
using Vec = float __attribute__((vector_size(64)));
constexpr int kVecFloats = 16;

[[gnu::always_inline]] inline void load(Vec& v, const float* p)
{
    std::memcpy(&v, p, sizeof v);
}

// `Vectors` × 16 outputs starting at `offset`, summed over every tap in registers and stored
// once: per tap, only its inputs are loaded.
template <int Vectors>
[[gnu::always_inline]] inline void sumBlock(float* out, const Tap* taps, std::size_t count,
                                            int offset)
{
    Vec acc[Vectors];
    Vec x;
    for (int i = 0; i < Vectors; ++i) {
        load(x, taps[0].source + offset + i * kVecFloats);
        acc[i] = taps[0].weight * x;
    }
    for (std::size_t t = 1; t < count; ++t) {
        const float w = taps[t].weight;
        const float* source = taps[t].source + offset;
        for (int i = 0; i < Vectors; ++i) {
            load(x, source + i * kVecFloats);
            acc[i] += w * x;
        }
    }
    std::memcpy(out + offset, acc, sizeof acc);
}

// As sumBlock, with a weight vector per tap: the 16 weights of the phase each vector starts
// on. When 16 is a multiple of the period every vector starts on the same phase and shares it.
template <int Vectors, bool SharedPhase>
[[gnu::always_inline]] inline void sumPhasedBlock(float* out, const PhasedTap* taps,
                                                  std::size_t count, int period, int offset)
{
    int phase[Vectors];
    for (int i = 0; i < Vectors; ++i)
        phase[i] = SharedPhase ? offset % period * kVecFloats
                               : (offset + i * kVecFloats) % period * kVecFloats;
    Vec acc[Vectors];
    for (int i = 0; i < Vectors; ++i)
        acc[i] = Vec{};
    Vec w, x;
    for (std::size_t t = 0; t < count; ++t) {
        const float* source = taps[t].source + offset;
        if (SharedPhase)
            load(w, taps[t].weights + phase[0]);
        for (int i = 0; i < Vectors; ++i) {
            if (!SharedPhase)
                load(w, taps[t].weights + phase[i]);
            load(x, source + i * kVecFloats);
            acc[i] += w * x;
        }
    }
    std::memcpy(out + offset, acc, sizeof acc);
}

template <bool SharedPhase>
[[gnu::always_inline]] inline void sumPhasedRange(float* out, std::span<const PhasedTap> taps,
                                                  int period, int begin, int end)
{
    int x = begin;
    for (; x + 4 * kVecFloats <= end; x += 4 * kVecFloats)
        sumPhasedBlock<4, SharedPhase>(out, taps.data(), taps.size(), period, x);
    for (; x < end; x += kVecFloats)
        sumPhasedBlock<1, SharedPhase>(out, taps.data(), taps.size(), period, x);
}

// (Vectors go by reference: passed or returned by value, their ABI would differ between the
// builds.)

// out = {a, b}[First], {a, b}[First + Step], …, {a, b}[First + 15·Step]: lanes of the two
// vectors taken as one of 32. GCC takes the lane numbers as a vector (__builtin_shuffle),
// clang as constant arguments (__builtin_shufflevector; the fuzzing build is clang's).
#if defined(__clang__)
template <int First, int Step, std::size_t... Lane>
[[gnu::always_inline]] inline void rampOf(const Vec& a, const Vec& b, Vec& out,
                                          std::index_sequence<Lane...>)
{
    out = __builtin_shufflevector(a, b, (First + Step * static_cast<int>(Lane))...);
}
template <int First, int Step>
[[gnu::always_inline]] inline void ramp(const Vec& a, const Vec& b, Vec& out)
{
    rampOf<First, Step>(a, b, out, std::make_index_sequence<kVecFloats>());
}
#else
using Lanes = int __attribute__((vector_size(64)));
constexpr Lanes kLaneNumbers{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
template <int First, int Step>
[[gnu::always_inline]] inline void ramp(const Vec& a, const Vec& b, Vec& out)
{
    out = __builtin_shuffle(a, b, (kLaneNumbers * Step) + First);
}
#endif

// sums = {a0 + a1, a2 + a3, …, a14 + a15, b0 + b1, …, b14 + b15}: sums of adjacent pairs.
[[gnu::always_inline]] inline void pairSums(const Vec& a, const Vec& b, Vec& sums)
{
    Vec odd;
    ramp<0, 2>(a, b, sums);
    ramp<1, 2>(a, b, odd);
    sums += odd;
}

// acc += {a[Shift], …, a[15], b[0], …, b[Shift - 1]}.
template <int Shift>
[[gnu::always_inline]] inline void addShiftedDown(const Vec& a, const Vec& b, Vec& acc)
{
    Vec shifted;
    ramp<Shift, 1>(a, b, shifted);
    acc += shifted;
}

// 16 outputs of sumStridedRows from input column x: `Period` vectors of columns, each loaded
// once (aligned when the rows are) for both weights; the far products land `Period` lanes
// after the near ones they are summed with, in the next vector for the last lanes, and each
// output is the sum of its group of `Period` lanes.
template <int Period, bool WithFar>
[[gnu::always_inline]] inline void stridedBlock(const StridedRow* rows, std::size_t count, int x,
                                                Vec& sums)
{
    Vec near[Period] = {};
    Vec far[Period + 1] = {};
    for (std::size_t r = 0; r < count; ++r) {
        const float* source = rows[r].source + x;
        Vec nearWeights, farWeights, v;
        load(nearWeights, rows[r].near);
        if constexpr (WithFar)
            load(farWeights, rows[r].far);
        for (int i = 0; i < Period; ++i) {
            load(v, source + i * kVecFloats);
            near[i] += nearWeights * v;
            if constexpr (WithFar)
                far[i] += farWeights * v;
        }
        if constexpr (WithFar) { // only the first Period lanes of this one reach an output
            load(v, source + Period * kVecFloats);
            far[Period] += farWeights * v;
        }
    }
    if constexpr (WithFar)
        for (int i = 0; i < Period; ++i)
            addShiftedDown<Period>(far[i], far[i + 1], near[i]);
    if constexpr (Period == 2) {
        pairSums(near[0], near[1], sums);
    } else {
        Vec low, high;
        pairSums(near[0], near[1], low);
        pairSums(near[2], near[3], high);
        pairSums(low, high, sums);
    }
}

template <int Period, bool WithFar>
[[gnu::always_inline]] inline int sumStridedRowsFixed(float* out, std::span<const StridedRow> rows,
                                                      int length, int readable)
{
    int j = 0;
    for (; j < length && Period * j + stridedBlockColumns(Period) <= readable; j += kVecFloats) {
        Vec sums;
        stridedBlock<Period, WithFar>(rows.data(), rows.size(), Period * j, sums);
        if (length - j >= kVecFloats)
            std::memcpy(out + j, &sums, sizeof sums);
        else
            std::memcpy(out + j, &sums, static_cast<std::size_t>(length - j) * sizeof(float));
    }
    return std::min(j, length);
}

// A compile-time phase count lets the compiler turn the strided reads into vector shuffles.
template <int Phases>
CONVLAB_VECTOR_CLONES void splitFixed(const float* __restrict src, int groups,
                                      float* __restrict dst, int phaseStride)
{
    for (int m = 0; m < groups; ++m)
        for (int p = 0; p < Phases; ++p)
            dst[p * phaseStride + m] = src[m * Phases + p];
}

} // namespace

CONVLAB_VECTOR_CLONES
void sumTaps(float* out, std::span<const Tap> taps, int length)
{
    const std::size_t count = taps.size();
    if (count == 0) {
        for (int j = 0; j < length; ++j)
            out[j] = 0.f;
        return;
    }
    int j = 0;
    for (; j + 4 * kVecFloats <= length; j += 4 * kVecFloats)
        sumBlock<4>(out, taps.data(), count, j);
    for (; j + kVecFloats <= length; j += kVecFloats)
        sumBlock<1>(out, taps.data(), count, j);
    if (j == length)
        return;
    // Fewer than 16 left: one more block ending at the row's end. The outputs it shares with
    // the block before are computed again in the same order, so they do not change.
    if (length >= kVecFloats) {
        sumBlock<1>(out, taps.data(), count, length - kVecFloats);
        return;
    }
    for (; j < length; ++j) {
        float sum = 0.f;
        for (const Tap& tap : taps)
            sum += tap.weight * tap.source[j];
        out[j] = sum;
    }
}

CONVLAB_VECTOR_CLONES
void sumPhasedTaps(float* out, std::span<const PhasedTap> taps, int period, int begin, int end)
{
    if (kVecFloats % period == 0)
        sumPhasedRange<true>(out, taps, period, begin, end);
    else
        sumPhasedRange<false>(out, taps, period, begin, end);
}

CONVLAB_VECTOR_CLONES
int sumStridedRows(float* out, std::span<const StridedRow> rows, int period, bool withFar,
                   int length, int readable)
{
    if (period == 2)
        return withFar ? sumStridedRowsFixed<2, true>(out, rows, length, readable)
                       : sumStridedRowsFixed<2, false>(out, rows, length, readable);
    return withFar ? sumStridedRowsFixed<4, true>(out, rows, length, readable)
                   : sumStridedRowsFixed<4, false>(out, rows, length, readable);
}

CONVLAB_VECTOR_CLONES
void sumGroups(const float* row, int group, float* out, int length)
{
    // A compile-time group lets the compiler turn the strided reads into vector shuffles.
    const auto sum = [&]<int Group>() {
        for (int j = 0; j < length; ++j) {
            float total = row[j * Group];
            for (int r = 1; r < Group; ++r)
                total += row[j * Group + r];
            out[j] = total;
        }
    };
    switch (group) {
    case 2:
        sum.operator()<2>();
        break;
    case 3:
        sum.operator()<3>();
        break;
    case 4:
        sum.operator()<4>();
        break;
    default:
        for (int j = 0; j < length; ++j) {
            float total = row[j * group];
            for (int r = 1; r < group; ++r)
                total += row[j * group + r];
            out[j] = total;
        }
    }
}

void splitPhases(const float* src, int length, int phases, float* dst, int phaseStride)
{
    const int groups = length / phases;
    switch (phases) {
    case 2:
        splitFixed<2>(src, groups, dst, phaseStride);
        break;
    case 3:
        splitFixed<3>(src, groups, dst, phaseStride);
        break;
    case 4:
        splitFixed<4>(src, groups, dst, phaseStride);
        break;
    default:
        for (int p = 0; p < phases; ++p) {
            float* out = dst + p * phaseStride;
            for (int m = 0; m < groups; ++m)
                out[m] = src[m * phases + p];
        }
    }
    // The last, incomplete group.
    for (int i = groups * phases; i < length; ++i)
        dst[(i % phases) * phaseStride + groups] = src[i];
}

CONVLAB_VECTOR_CLONES
void multiplySpectra(std::complex<float>* values, const std::complex<float>* factors, int count)
{
    // Spelled out on the interleaved floats: std::complex's operator* guards NaN/Inf cases
    // and would not vectorise.
    float* __restrict v = reinterpret_cast<float*>(values);
    const float* __restrict f = reinterpret_cast<const float*>(factors);
    for (int i = 0; i < count; ++i) {
        const float re = v[2 * i], im = v[2 * i + 1];
        const float fre = f[2 * i], fim = f[2 * i + 1];
        v[2 * i] = re * fre - im * fim;
        v[2 * i + 1] = re * fim + im * fre;
    }
}

CONVLAB_VECTOR_CLONES
void addCompensated(const float* x, int length, double sign, const CompensatedColumns& columns)
{
    double* __restrict sum = columns.sum;
    double* __restrict sumError = columns.sumError;
    double* __restrict squares = columns.squares;
    double* __restrict squaresError = columns.squaresError;
    for (int c = 0; c < length; ++c) {
        const double v = sign * x[c];
        const double s = sum[c] + v;
        const double vPart = s - sum[c];
        sumError[c] += (sum[c] - (s - vPart)) + (v - vPart);
        sum[c] = s;
        const double v2 = v * x[c];
        const double q = squares[c] + v2;
        const double v2Part = q - squares[c];
        squaresError[c] += (squares[c] - (q - v2Part)) + (v2 - v2Part);
        squares[c] = q;
    }
}

CONVLAB_VECTOR_CLONES
void summariseRow(const float* row, int length, float sign, const ColumnSummary& columns)
{
    float* __restrict best = columns.best;
    int* __restrict undefined = columns.undefined;
    float* __restrict low = columns.low;
    float* __restrict high = columns.high;
    for (int c = 0; c < length; ++c) {
        const float x = row[c];
        const float key = sign * x;
        best[c] = key > best[c] ? key : best[c];
        undefined[c] += x != x ? 1 : 0;
        const bool finite = x - x == 0.f; // NaN for ±Inf and NaN
        low[c] = finite && x < low[c] ? x : low[c];
        high[c] = finite && x > high[c] ? x : high[c];
    }
}

CONVLAB_VECTOR_CLONES
bool rowIsFinite(const float* row, int length)
{
    constexpr std::uint32_t exponent = 0x7f800000u;
    std::uint32_t nonFinite = 0;
    for (int j = 0; j < length; ++j)
        nonFinite |= static_cast<std::uint32_t>((std::bit_cast<std::uint32_t>(row[j]) & exponent) ==
                                                exponent);
    return nonFinite == 0;
}

} // namespace convlab::engine
