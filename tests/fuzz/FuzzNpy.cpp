// SPDX-License-Identifier: MIT
// libFuzzer target: a .npy file's bytes. A refusal (convlab::Error) is the expected answer to
// bad bytes; anything else (a crash, another exception, a sanitizer report) is a finding.
#include "Error.h"
#include "io/ArrayIO.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        convlab::decodeNpy(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.npy");
    } catch (const convlab::Error&) {
    }
    return 0;
}
