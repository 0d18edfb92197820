// SPDX-License-Identifier: MIT
#pragma once

#include "learn/DigitDataset.h"

#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convlab {

// « Effet négligeable quand les filtres sont appris », measured: a small encoder–decoder learns
// to upsample a digit ×2 (10×10, the digit shrunk by area averaging, back to the 20×20
// original), with one of two decoders:
enum class DecoderKind {
    Transposed, // two transposed convolutions of stride 2: checkerboards from the start
    ResizeConv, // two (nearest ×2, then 3×3 convolution): Odena et al.'s remedy
};
std::string toString(DecoderKind kind);                     // "transposed", "resize-conv"
DecoderKind decoderKindFromString(const std::string& name); // throws Error naming the value

// encoder: conv 1→C 3×3 pad 1, ReLU, conv C→2C 3×3 stride 2 pad 1, ReLU (10×10 → 5×5);
// decoder: 2C→C (5×5 → 10×10), ReLU, C→1 (10×10 → 20×20); mean squared error, Adam.
struct DecoderOptions {
    DecoderKind kind = DecoderKind::Transposed;
    int channels = 16;
    int kernel = 3; // the transposed decoder's (3: overlap 1, 2, 1, 2…; 4: even); padding
                    // (k−1)/2 and output padding k mod 2 give exactly ×2. Resize-conv uses 3.
    int epochs = 8;
    int trainDigits = 1000; // short epochs, so that the per-epoch curve shows the fading
    int batchSize = 32;
    double learningRate = 0.002;
    std::uint64_t seed = 1;  // the weights and the order of the digits
    int monitorDigits = 200; // the first held-out digits, measured after every epoch
    int samples = 4;         // outputs kept for a view among them
    int threads = 1;         // 1 gives the same weights on every run

    static constexpr int kMaxChannels = 64;
    static constexpr int kMaxKernel = 7;
    static constexpr int kMaxEpochs = 1000;
    static constexpr int kMaxBatchSize = 4096;
    static constexpr int kMaxThreads = 64;
};

struct DecoderEpoch {
    int epoch = 0;          // 0: before any training
    double trainLoss = 0;   // mean squared error over the epoch's batches (0 before training)
    double heldOutLoss = 0; // over the monitor digits
    // Mean checkerboardEnergy(output, {2, 2}) of the monitor digits' outputs (ops/Checkerboard.h):
    // compare with UpsamplingDecoder::targetEnergy(), the digits' own.
    double checkerboardEnergy = 0;
    std::vector<cv::Mat> samples; // the first `samples` monitor outputs, 20×20 CV_32FC1
};

// Trains synchronously, one epoch per call, so that the caller picks the thread and shows
// each epoch as it comes. Not thread-safe.
class UpsamplingDecoder final {
  public:
    static constexpr int kSmallSide = DigitDataset::kSide / 2;

    // Refuses (Error naming the value) options out of range and a split with fewer training
    // or held-out digits than asked for. `data` must outlive the decoder.
    UpsamplingDecoder(const DigitDataset& data, const DatasetSplit& split,
                      DecoderOptions options = {});
    ~UpsamplingDecoder();
    UpsamplingDecoder(const UpsamplingDecoder&) = delete;
    UpsamplingDecoder& operator=(const UpsamplingDecoder&) = delete;

    // 20×20 → 10×10 by area averaging (each cell the mean of a 2×2 block): the decoder's input.
    static cv::Mat downscale(const cv::Mat& digit);
    // The decoder's 20×20 output for a 10×10 CV_32FC1 input.
    cv::Mat upsample(const cv::Mat& small) const;

    DecoderEpoch trainEpoch(); // one more epoch (even past options().epochs), then measure()
    DecoderEpoch measure() const;
    int epoch() const;
    bool finished() const { return epoch() >= m_options.epochs; }

    const DecoderOptions& options() const { return m_options; }
    long long parameters() const;
    double targetEnergy() const; // mean checkerboardEnergy of the monitor digits themselves
    double bilinearLoss() const; // cv::resize bilinear's error on them: the bar to beat
    std::vector<cv::Mat> sampleInputs() const;  // 10×10, as the samples' inputs
    std::vector<cv::Mat> sampleTargets() const; // 20×20 originals

  private:
    struct State; // libtorch's module, optimiser and tensors
    DecoderOptions m_options;
    std::unique_ptr<State> m_state;
};

} // namespace convlab
