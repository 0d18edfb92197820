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

} // namespace convlab
