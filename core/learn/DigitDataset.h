// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <span>
#include <string>
#include <vector>

namespace at {
class Tensor; // torch::Tensor: include <torch/types.h> to use images() and labels()
}

namespace convlab {

// Which digits train the network and which are held out to measure it (indices into a
// DigitDataset).
struct DatasetSplit {
    std::vector<int> train;
    std::vector<int> heldOut;
};

// Handwritten digits, 20×20 grayscale in [0, 1], white on black, each with its label 0–9:
// OpenCV's digits.png sheet (50 rows of 100 digits; each class fills 5 rows, 500 digits),
// then any digits a student adds.
class DigitDataset final {
  public:
    static constexpr int kSide = 20;
    static constexpr int kClasses = 10;
    static constexpr int kSheetRows = 50;
    static constexpr int kSheetCols = 100;
    static constexpr int kPerClass = 500;
    // The split everyone uses, so that held-out accuracies compare across runs and seeds.
    static constexpr std::uint64_t kSplitSeed = 1;

    DigitDataset() = default;
    // The sheet as core's readImage gives it: grayscale float in [0, 1], 1000×2000.
    // Throws Error naming the size when it is not a 50×100 grid of 20×20 digits.
    static DigitDataset fromSheet(const cv::Mat& sheet, const std::string& name);
    static DigitDataset load(const std::string& path); // readImage, then fromSheet
    // From the encoded PNG in memory (the copy compiled into the program).
    static DigitDataset decode(std::span<const std::uint8_t> bytes, const std::string& name);

    // A student's digit: 20×20 CV_32FC1 in [0, 1] (see prepareDigit), label 0–9.
    // Throws Error naming the problem; the dataset is unchanged then.
    void append(const cv::Mat& digit, int label);
    // A deep copy of this dataset with `digits` (labelled `labels`, as append takes them) after
    // its own; this one is unchanged. Throws Error naming the first bad digit by its position.
    DigitDataset withDigits(std::span<const cv::Mat> digits, std::span<const int> labels) const;

    int size() const { return static_cast<int>(m_labels.size()); }
    int sheetSize() const { return m_sheetSize; } // the first sheetSize() digits are the sheet's
    cv::Mat image(int index) const;               // 20×20 CV_32FC1, a copy
    int label(int index) const { return m_labels.at(static_cast<std::size_t>(index)); }
    const std::vector<int>& labels() const { return m_labels; }

    // Stratified and seeded: `heldOutPerClass` digits of each class of the sheet, drawn with
    // the seed, are held out (default 100 of 500: 4,000 train / 1,000 held out); the others
    // and every added digit train. The same seed gives the same split on every machine.
    DatasetSplit split(std::uint64_t seed = kSplitSeed, int heldOutPerClass = 100) const;

    // N×1×20×20 float32 and N int64 tensors of the digits at `indices`.
    at::Tensor images(std::span<const int> indices) const;
    at::Tensor labels(std::span<const int> indices) const;

  private:
    cv::Mat m_pixels; // one digit per row, 400 float32 values
    std::vector<int> m_labels;
    int m_sheetSize = 0;
};

} // namespace convlab
