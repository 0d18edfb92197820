// SPDX-License-Identifier: MIT
// libFuzzer target: an image file's bytes through the header probe, the end-marker and JPEG
// checks and OpenCV's decoders, grayscale and colour. A refusal (convlab::Error) is the
// expected answer to bad bytes; anything else is a finding.
#include "Error.h"
#include "io/ArrayIO.h"

#include <cstddef>
#include <cstdint>
#include <opencv2/core/utils/logger.hpp>
#include <span>

// As in the program: OpenCV's log lines would only slow the fuzzer down.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    for (const bool keepChannels : {false, true}) {
        try {
            convlab::decodeImage(bytes, "fuzz.img", keepChannels);
        } catch (const convlab::Error&) {
        }
    }
    return 0;
}
