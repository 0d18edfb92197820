// SPDX-License-Identifier: MIT
#pragma once

#include "ops/Conv2d.h"
#include "ops/Pool.h"
#include "ops/TemplateMatch.h"
#include "ops/TransposedConv.h"

#include <optional>
#include <string>

namespace convlab {

enum class CodeLanguage { NumPy, PyTorch, OpenCV };
std::string toString(CodeLanguage lang);
CodeLanguage codeLanguageFromString(const std::string& name);

// What is being computed, for the snippet: file names are loaded in the snippet as given
// (np.load for .npy, np.loadtxt for .txt, cv2.imread for images).
struct CodeRequest {
    enum class Operation { Conv, TransposedConv, Match, Pool } operation = Operation::Conv;
    std::string inputPath = "input.npy";
    std::string kernelPath = "kernel.npy";
    ConvParams conv{};
    TransposedParams transposed{};
    MatchMethod method = MatchMethod::CCoeffNormed;
    PoolParams pool{};
};

// A short runnable snippet computing the same numbers as ConvLab. Where a language has no
// equivalent (e.g. OpenCV for a strided conv) the snippet says how it does it instead.
std::string generateCode(const CodeRequest& request, CodeLanguage lang);

} // namespace convlab
