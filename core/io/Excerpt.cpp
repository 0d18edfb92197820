// SPDX-License-Identifier: MIT
#include "io/Excerpt.h"

#include <cstdio>

namespace convlab {

namespace {

// The length of the UTF-8 sequence starting at `at`, or 0 when it is not one.
std::size_t utf8Length(std::string_view bytes, std::size_t at)
{
    const auto lead = static_cast<unsigned char>(bytes[at]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xe  ? 3
                               : (lead >> 3) == 0x1e ? 4
                                                     : 0;
    if (length == 0 || at + length > bytes.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i)
        if ((static_cast<unsigned char>(bytes[at + i]) >> 6) != 0x2)
            return 0;
    // C1 controls (U+0080–U+009F) are two bytes, C2 80 to C2 9F: terminals obey some of them.
    if (length == 2 && lead == 0xc2 && static_cast<unsigned char>(bytes[at + 1]) < 0xa0)
        return 0;
    return length;
}

} // namespace

std::string excerpt(std::string_view bytes, std::size_t maxChars)
{
    std::string text;
    std::size_t chars = 0, at = 0;
    for (; at < bytes.size() && chars < maxChars; ++chars) {
        const auto byte = static_cast<unsigned char>(bytes[at]);
        const std::size_t length = utf8Length(bytes, at);
        if (length == 0 || byte < 0x20 || byte == 0x7f) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
            text += escaped;
            ++at;
        } else {
            text.append(bytes.substr(at, length));
            at += length;
        }
    }
    if (at < bytes.size())
        text += "… (" + std::to_string(bytes.size()) + " bytes in all)";
    return text;
}

} // namespace convlab
