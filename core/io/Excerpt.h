// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace convlab {

// Bytes from a file, as a message may quote them: control characters (an escape sequence
// would recolour the student's terminal) and bytes that are not UTF-8 written as \xNN, and
// at most `maxChars` characters, the rest said as "… (N bytes in all)".
std::string excerpt(std::string_view bytes, std::size_t maxChars = 60);

} // namespace convlab
