// SPDX-License-Identifier: MIT
#pragma once

#include <random>
#include <utility>
#include <vector>

namespace convlab {

// Fisher–Yates with mt19937_64, whose numbers the standard fixes: unlike std::shuffle, the
// same seed gives the same order with every standard library. (The modulo's bias, below
// 2^-50 for these sizes, does not matter here.)
template <typename T> void seededShuffle(std::vector<T>& values, std::mt19937_64& rng)
{
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[rng() % i]);
}

} // namespace convlab
