// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>

namespace convlab {

// Whether libjpeg reads the picture data to its end without finding it damaged. A JPEG cut
// short (or with damaged data) but still ending on its EOI marker decodes with only a warning
// on stderr ("Corrupt JPEG data: premature end of data segment"), the rest of the picture
// grey; OpenCV hands that picture over as if all were well.
bool jpegDecodesCompletely(std::span<const std::uint8_t> bytes);

} // namespace convlab
