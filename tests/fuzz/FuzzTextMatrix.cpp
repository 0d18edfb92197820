// SPDX-License-Identifier: MIT
// libFuzzer target: a text matrix as numpy.savetxt writes it. A refusal (convlab::Error) is the
// expected answer to bad text; anything else is a finding.
#include "Error.h"
#include "io/ArrayIO.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        convlab::decodeTextMatrix(std::string_view(reinterpret_cast<const char*>(data), size),
                                  "fuzz.txt");
    } catch (const convlab::Error&) {
    }
    return 0;
}
