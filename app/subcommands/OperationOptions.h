// SPDX-License-Identifier: MIT
#pragma once

#include "ArgumentParsing.h"
#include "ops/Conv2d.h"
#include "ops/Pool.h"
#include "ops/TemplateMatch.h"
#include "ops/TransposedConv.h"

#include <QCommandLineParser>
#include <QString>
#include <opencv2/core.hpp>

namespace convlab::cli {

// The options of conv, tconv, match and pool, shared with `convlab code`, which accepts the
// same ones. Each read*() checks every value before any file is read.

void addOutputOption(QCommandLineParser& parser, const QString& description);
bool hasOutputOption(const QCommandLineParser& parser);
// The -o value, refused when its extension is one ConvLab cannot write.
QString outputPath(const QCommandLineParser& parser);
void requireWritableExtension(const QString& path);

struct ConvArguments {
    Pair stride;
    PaddingArgument padding;
    PaddingMode paddingMode = PaddingMode::Zeros;
    Pair dilation;
    bool flip = false;
    ConvParams params(Pair kernel) const;
};
void addConvOptions(QCommandLineParser& parser);
ConvArguments readConvArguments(const QCommandLineParser& parser);

struct TransposedArguments {
    Pair stride;
    PaddingArgument padding;
    Pair outputPadding{0, 0};
    Pair dilation;
    TransposedParams params(Pair kernel) const;
};
void addTransposedOptions(QCommandLineParser& parser);
TransposedArguments readTransposedArguments(const QCommandLineParser& parser);

struct MatchArguments {
    MatchMethod method = MatchMethod::CCoeffNormed;
    PeakQuery peaks;
    bool json = false;
};
void addMatchOptions(QCommandLineParser& parser);
MatchArguments readMatchArguments(const QCommandLineParser& parser);

struct PoolArguments {
    Pair size;
    Pair stride;
    PaddingArgument padding;
    PoolMode mode = PoolMode::Max;
    PoolParams params() const;
};
void addPoolOptions(QCommandLineParser& parser);
PoolArguments readPoolArguments(const QCommandLineParser& parser);

// The kernel (or patch) size of a loaded array, as (rows, cols).
Pair sizeOf(const cv::Mat& m);

// "wrote a 3×3 map to out.npy" (× C channels when there are several).
QString writtenMessage(const cv::Mat& result, const QString& path);

// The -o option must be given to `command` (conv, tconv, pool).
void requireOutputOption(const QCommandLineParser& parser, const QString& command);

// Refuses an output larger than the largest image ConvLab opens, before it is allocated.
void requireReasonableOutput(Pair output, int channels);

} // namespace convlab::cli
