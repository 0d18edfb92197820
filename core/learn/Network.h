// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Architecture.h"
#include "learn/ShapeTable.h"

#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <span>
#include <vector>

namespace convlab {

class DigitDataset;
class NetworkModuleImpl; // learn/NetworkModule.h, for code that uses libtorch itself

struct Prediction {
    int digit = -1;
    std::vector<float> probabilities; // softmax, one per class
};

// A digit classifier: the architecture, its shape table and its weights. The interface needs
// no libtorch header (OpenCV matrices in, out), so the window and the command line compile
// without it; module() gives the torch::nn module to code that includes NetworkModule.h.
// Not thread-safe: train one on a worker and show a clone() on the GUI thread.
class Network final {
  public:
    // Weights drawn as PyTorch initialises them, from torch::manual_seed(seed): the same seed
    // gives the same weights. Throws Error naming the layer for an impossible architecture.
    explicit Network(const Architecture& architecture = Architecture::lecture(),
                     std::uint64_t seed = 1);
    ~Network();
    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;
    Network clone() const; // a deep copy of the weights

    const Architecture& architecture() const { return m_architecture; }
    const ShapeTable& shapes() const { return m_shapes; }

    // `digit`: inputSize × inputSize CV_32FC1 in [0, 1], white on black (see prepareDigit).
    Prediction predict(const cv::Mat& digit) const;
    std::vector<Prediction> predict(const DigitDataset& data, std::span<const int> indices) const;
    // One map per layer of shapes(): size × size CV_32FC(channels), channels interleaved as
    // core's multi-channel matrices are (the linear layer's scores: 1×1 CV_32FC(classes)).
    std::vector<cv::Mat> activations(const cv::Mat& digit) const;

    // The filters of a conv stage: one kernel × kernel CV_32FC(input channels) each, the
    // layout core's conv2d takes for a CNN filter; and their biases.
    std::vector<cv::Mat> filters(int stage) const;
    std::vector<float> biases(int stage) const;
    // Every weight, in the order of the parameters (conv1.weight, conv1.bias, …).
    std::vector<float> parameters() const;
    bool isFinite() const;

    NetworkModuleImpl& module() const { return *m_module; }

  private:
    Network(const Architecture& architecture, std::shared_ptr<NetworkModuleImpl> module);
    void requireDigit(const cv::Mat& digit) const;

    Architecture m_architecture;
    ShapeTable m_shapes;
    std::shared_ptr<NetworkModuleImpl> m_module;
};

} // namespace convlab
