// SPDX-License-Identifier: MIT
#include "geometry/Types.h"

#include "Error.h"

#include <array>
#include <utility>

namespace convlab {
namespace {

// PyTorch's padding_mode spellings, in the enum's order.
constexpr std::array<std::pair<PaddingMode, const char*>, 4> kPaddingModeNames{{
    {PaddingMode::Zeros, "zeros"},
    {PaddingMode::Reflect, "reflect"},
    {PaddingMode::Replicate, "replicate"},
    {PaddingMode::Circular, "circular"},
}};

} // namespace

std::string toString(PaddingMode mode)
{
    for (const auto& [value, name] : kPaddingModeNames)
        if (value == mode)
            return name;
    throw Error("unknown padding mode " + std::to_string(static_cast<int>(mode)));
}

PaddingMode paddingModeFromString(const std::string& name)
{
    for (const auto& [value, text] : kPaddingModeNames)
        if (name == text)
            return value;
    throw Error("unknown padding mode '" + name +
                "' (expected one of zeros, reflect, replicate, circular)");
}

} // namespace convlab
