// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace convlab {

// One stage of the network: conv → ReLU → max-pool (pool 1 = no pooling layer).
struct ConvStage {
    int filters = 8;
    int kernel = 5; // square
    int stride = 1;
    int padding = 2; // zeros, each side
    int pool = 2;    // max-pool window, stride equal to the window (PyTorch's floor mode)
    friend bool operator==(const ConvStage&, const ConvStage&) = default;
};

// The digit classifier a student can edit: stages of conv → ReLU → max-pool, then one linear
// layer to the classes. Plain data; ShapeTable checks it and says what each layer computes.
struct Architecture {
    int inputSize = 20; // square single-channel input, the size of the digits
    std::vector<ConvStage> stages;
    int classes = 10;
    friend bool operator==(const Architecture&, const Architecture&) = default;

    // The lecture's: conv 1→8 5×5 pad 2 → ReLU → max-pool 2 → conv 8→16 5×5 pad 2 → ReLU →
    // max-pool 2 → linear → 10.
    static Architecture lecture();
};

// What a student may edit, and how far: enough to see every effect, small enough to train
// in seconds.
struct ArchitectureLimits {
    static constexpr int kMinStages = 1;
    static constexpr int kMaxStages = 3;
    static constexpr int kMaxFilters = 64;
    static constexpr int kMaxKernel = 9;
    static constexpr int kMaxStride = 3;
    static constexpr int kMaxPadding = 4;
    static constexpr int kMaxPool = 4;
    static constexpr int kMinInputSize = 8;
    static constexpr int kMaxInputSize = 64;
    static constexpr int kMaxClasses = 10;
};

// Layer names as the shape table, the messages and the model file use them: conv1, relu1,
// pool1, conv2, …, linear.
std::string convLayerName(int stage);
std::string reluLayerName(int stage);
std::string poolLayerName(int stage);
inline const char* const kLinearLayerName = "linear";

} // namespace convlab
