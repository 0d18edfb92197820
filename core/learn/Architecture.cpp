// SPDX-License-Identifier: MIT
#include "learn/Architecture.h"

namespace convlab {

Architecture Architecture::lecture()
{
    Architecture a;
    a.stages = {ConvStage{8, 5, 1, 2, 2}, ConvStage{16, 5, 1, 2, 2}};
    return a;
}

std::string convLayerName(int stage)
{
    return "conv" + std::to_string(stage + 1);
}

std::string reluLayerName(int stage)
{
    return "relu" + std::to_string(stage + 1);
}

std::string poolLayerName(int stage)
{
    return "pool" + std::to_string(stage + 1);
}

} // namespace convlab
