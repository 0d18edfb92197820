// SPDX-License-Identifier: MIT
// libFuzzer target: a model file's bytes (convlab train's output), read as convlab predict and
// the window read them. A refusal (convlab::Error) is the expected answer to bad bytes; a
// crash, another exception or a sanitizer report is a finding.
#include "Error.h"
#include "learn/ModelFile.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        convlab::ModelFile::decode(std::string_view(reinterpret_cast<const char*>(data), size),
                                   "fuzz.pt");
    } catch (const convlab::Error&) {
    }
    return 0;
}
