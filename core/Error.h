// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace convlab {

// Every refusal of bad input (a parameter out of range, a bad file) is an Error whose
// message names the offending value, ready to be shown to a student as it is.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

inline void require(bool condition, const std::string& message)
{
    if (!condition)
        throw Error(message);
}

// "epochs 0 must be at least 1": a count the student chose, named with its bounds.
inline void requireWithin(const char* what, long long value, long long minimum, long long maximum)
{
    require(value >= minimum, std::string(what) + " " + std::to_string(value) +
                                  " must be at least " + std::to_string(minimum));
    require(value <= maximum, std::string(what) + " " + std::to_string(value) +
                                  " must be at most " + std::to_string(maximum));
}

} // namespace convlab
