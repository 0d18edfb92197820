// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace convlab {

// Refuse images larger than this before decoding them.
inline constexpr long long kMaxImagePixels = 50'000'000;

// Any image OpenCV reads: grayscale float32 in [0, 1], or float32 channels (B, G, R order
// swapped to R, G, B) in [0, 1] when keepChannels. The header is checked against
// kMaxImagePixels before decoding. Throws Error naming the file and the problem.
cv::Mat readImage(const std::string& path, bool keepChannels = false);
// The same from an encoded image in memory (a resource compiled into the program); `name`
// (where the bytes came from) begins every message.
cv::Mat decodeImage(std::span<const std::uint8_t> bytes, const std::string& name,
                    bool keepChannels = false);

// .npy: float32, float64, uint8 (little endian), 2-D or H×W×C, C order. Returns CV_32F(C).
// Refuses a header that disagrees with the file size, Fortran order, other dtypes, NaN/Inf.
cv::Mat readNpy(const std::string& path);
// The same, from bytes in memory; `name` (a path, or where the bytes came from) begins every
// message.
cv::Mat decodeNpy(std::string_view bytes, const std::string& name);
// What writeNpy puts in a file: version 1.0, '<f4', C order, H×W or H×W×C.
std::string encodeNpy(const cv::Mat& m);
// Text matrix as numpy.savetxt writes it: one row per line, spaces or commas, '#' comments.
cv::Mat readTextMatrix(const std::string& path);
// Dispatch on the extension: .npy, .txt/.csv, anything else as an image.
cv::Mat readArray(const std::string& path, bool keepChannels = false);

// Writers are atomic: a temporary file beside the target, renamed on success, removed on
// failure; the target is never left truncated.
void writeNpy(const std::string& path, const cv::Mat& m);         // float32, C order
void writeTextMatrix(const std::string& path, const cv::Mat& m);  // "%.9g", spaces (.csv: commas)
// Dispatch on the extension: .npy, .txt/.csv, .png (min–max normalised grayscale).
void writeArray(const std::string& path, const cv::Mat& m);

// Writes `bytes` to `path` atomically (temp file + rename). Throws Error on failure.
void writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace convlab
