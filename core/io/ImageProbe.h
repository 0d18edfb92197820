// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <istream>
#include <span>

namespace convlab {

enum class ImageFormat {
    Unknown,
    Png,
    Jpeg,
    Bmp,
    Gif,
    Netpbm,
    Pam,
    Pfm,
    Tiff,
    WebP,
    SunRaster,
    RadianceHdr,
    Jpeg2000
};

// What an image file's header says, read without decoding a single pixel: enough to refuse
// an oversized image before a decoder allocates it.
struct ImageHeader {
    ImageFormat format = ImageFormat::Unknown;
    long long width = 0; // 0 when the signature is known but the header is cut short or broken
    long long height = 0;

    bool recognised() const { return format != ImageFormat::Unknown; }
    bool hasSize() const { return width > 0 && height > 0; }
};

// Reads the header of every format OpenCV 4.6 decodes except OpenEXR and DICOM (and of GIF,
// which it does not decode). `in` must be seekable; its position is left anywhere.
ImageHeader readImageHeader(std::istream& in);

// Whether the bytes reach the format's end marker (PNG's IEND chunk, JPEG's EOI): decoders
// return a half-grey image for a truncated JPEG instead of failing. For PNG, every chunk's
// CRC must match too: libpng reports a damaged chunk on stderr, past any message of ours.
// True for other formats, whose decoders fail on truncation by themselves.
bool reachesEndMarker(ImageFormat format, std::span<const std::uint8_t> bytes);

} // namespace convlab
