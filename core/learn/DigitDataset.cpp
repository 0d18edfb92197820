// SPDX-License-Identifier: MIT
#include "learn/DigitDataset.h"

#include "Error.h"
#include "io/ArrayIO.h"
#include "learn/SeededShuffle.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <torch/types.h>

namespace convlab {
namespace {

constexpr int kPixels = DigitDataset::kSide * DigitDataset::kSide;

std::string str(long long value)
{
    return std::to_string(value);
}

std::string sizeText(const cv::Mat& m)
{
    return str(m.cols) + "×" + str(m.rows);
}

} // namespace

DigitDataset DigitDataset::fromSheet(const cv::Mat& sheet, const std::string& name)
{
    constexpr int width = kSheetCols * kSide;
    constexpr int height = kSheetRows * kSide;
    require(sheet.type() == CV_32FC1 && sheet.cols == width && sheet.rows == height,
            name + " is " + sizeText(sheet) + " pixels; a digit sheet is " + str(width) + "×" +
                str(height) + " grayscale (50 rows of 100 digits of 20×20)");
    DigitDataset data;
    data.m_pixels.create(kSheetRows * kSheetCols, kPixels, CV_32F);
    data.m_labels.resize(static_cast<std::size_t>(kSheetRows * kSheetCols));
    constexpr int rowsPerClass = kSheetRows / kClasses;
    for (int r = 0; r < kSheetRows; ++r)
        for (int c = 0; c < kSheetCols; ++c) {
            const int index = r * kSheetCols + c;
            sheet(cv::Rect(c * kSide, r * kSide, kSide, kSide))
                .copyTo(data.m_pixels.row(index).reshape(1, kSide));
            data.m_labels[static_cast<std::size_t>(index)] = r / rowsPerClass;
        }
    data.m_sheetSize = data.size();
    return data;
}

DigitDataset DigitDataset::load(const std::string& path)
{
    return fromSheet(readImage(path), path);
}

DigitDataset DigitDataset::decode(std::span<const std::uint8_t> bytes, const std::string& name)
{
    return fromSheet(decodeImage(bytes, name), name);
}

void DigitDataset::append(const cv::Mat& digit, int label)
{
    require(label >= 0 && label < kClasses,
            "digit label " + str(label) + " must be 0 to " + str(kClasses - 1));
    require(digit.type() == CV_32FC1 && digit.rows == kSide && digit.cols == kSide,
            "a drawn digit is " + sizeText(digit) + " pixels; the network reads " + str(kSide) +
                "×" + str(kSide) + " grayscale digits");
    double low = 0, high = 0;
    cv::minMaxLoc(digit, &low, &high);
    require(std::isfinite(low) && std::isfinite(high) && low >= 0 && high <= 1,
            "a drawn digit's pixels must be within 0 to 1");
    cv::Mat row = digit.clone().reshape(1, 1);
    if (m_pixels.empty())
        m_pixels = row;
    else
        m_pixels.push_back(row);
    m_labels.push_back(label);
}

DigitDataset DigitDataset::withDigits(std::span<const cv::Mat> digits,
                                      std::span<const int> labels) const
{
    require(digits.size() == labels.size(),
            str(static_cast<long long>(digits.size())) + " digits but " +
                str(static_cast<long long>(labels.size())) + " labels");
    DigitDataset copy;
    copy.m_pixels = m_pixels.clone(); // append never writes into this dataset's pixels
    copy.m_labels = m_labels;
    copy.m_sheetSize = m_sheetSize;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        try {
            copy.append(digits[i], labels[i]);
        } catch (const Error& e) {
            throw Error("added digit " + str(static_cast<long long>(i) + 1) + ": " + e.what());
        }
    }
    return copy;
}

cv::Mat DigitDataset::image(int index) const
{
    require(index >= 0 && index < size(),
            "digit " + str(index) + " is outside the dataset (" + str(size()) + " digits)");
    return m_pixels.row(index).clone().reshape(1, kSide);
}

DatasetSplit DigitDataset::split(std::uint64_t seed, int heldOutPerClass) const
{
    std::vector<std::vector<int>> byClass(kClasses);
    for (int i = 0; i < m_sheetSize; ++i)
        byClass[static_cast<std::size_t>(m_labels[static_cast<std::size_t>(i)])].push_back(i);
    std::mt19937_64 rng(seed);
    DatasetSplit split;
    for (std::vector<int>& members : byClass) {
        seededShuffle(members, rng);
        const auto held =
            static_cast<std::ptrdiff_t>(std::clamp(heldOutPerClass, 0, int(members.size())));
        split.heldOut.insert(split.heldOut.end(), members.begin(), members.begin() + held);
        split.train.insert(split.train.end(), members.begin() + held, members.end());
    }
    std::sort(split.heldOut.begin(), split.heldOut.end());
    std::sort(split.train.begin(), split.train.end());
    for (int i = m_sheetSize; i < size(); ++i)
        split.train.push_back(i);
    return split;
}

at::Tensor DigitDataset::images(std::span<const int> indices) const
{
    torch::Tensor batch =
        torch::empty({static_cast<long>(indices.size()), 1, kSide, kSide}, torch::kFloat32);
    float* out = batch.data_ptr<float>();
    for (const int index : indices) {
        require(index >= 0 && index < size(),
                "digit " + str(index) + " is outside the dataset (" + str(size()) + " digits)");
        std::memcpy(out, m_pixels.ptr<float>(index), kPixels * sizeof(float));
        out += kPixels;
    }
    return batch;
}

at::Tensor DigitDataset::labels(std::span<const int> indices) const
{
    torch::Tensor labels = torch::empty({static_cast<long>(indices.size())}, torch::kInt64);
    std::int64_t* out = labels.data_ptr<std::int64_t>();
    for (const int index : indices)
        *out++ = label(index);
    return labels;
}

} // namespace convlab
