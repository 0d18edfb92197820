// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <opencv2/imgcodecs.hpp>
#include <string>
#include <string_view>
#include <vector>

// Image files built byte by byte (headers that claim any size, with no pixels behind them) and
// encoded by OpenCV, for the suites that check what is read before decoding.
namespace convlab::test {

inline std::string bigEndian(std::uint64_t value, int bytes)
{
    std::string s;
    for (int i = bytes - 1; i >= 0; --i)
        s.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
    return s;
}

inline std::string littleEndian(std::uint64_t value, int bytes)
{
    std::string s;
    for (int i = 0; i < bytes; ++i)
        s.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
    return s;
}

// The CRC-32 of PNG chunks (ISO 3309), bit by bit.
inline std::uint32_t crc32(std::string_view bytes)
{
    std::uint32_t crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= static_cast<std::uint8_t>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline std::string pngChunk(const std::string& type, const std::string& data)
{
    return bigEndian(data.size(), 4) + type + data + bigEndian(crc32(type + data), 4);
}

// Signature and a valid IHDR (8-bit grayscale), then nothing.
inline std::string pngHeaderOnly(std::uint32_t width, std::uint32_t height)
{
    const std::string ihdr =
        bigEndian(width, 4) + bigEndian(height, 4) + std::string("\x08\x00\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr);
}

// SOI, a JFIF APP0 segment, then a baseline frame header (SOF0) for one component.
inline std::string jpegHeaderOnly(std::uint16_t width, std::uint16_t height)
{
    const std::string app0 = std::string("\xff\xe0", 2) + bigEndian(16, 2) +
                             std::string("JFIF\0\x01\x01\x00\x00\x01\x00\x01\x00\x00", 14);
    const std::string sof0 = std::string("\xff\xc0", 2) + bigEndian(11, 2) + "\x08" +
                             bigEndian(height, 2) + bigEndian(width, 2) +
                             std::string("\x01\x01\x11\x00", 4);
    return std::string("\xff\xd8", 2) + app0 + sof0;
}

inline std::string bmpHeaderOnly(std::int32_t width, std::int32_t height)
{
    return "BM" + littleEndian(54, 4) + littleEndian(0, 4) + littleEndian(54, 4) +
           littleEndian(40, 4) + littleEndian(static_cast<std::uint32_t>(width), 4) +
           littleEndian(static_cast<std::uint32_t>(height), 4) + littleEndian(1, 2) +
           littleEndian(24, 2) + std::string(24, '\0');
}

inline std::string gifHeaderOnly(std::uint16_t width, std::uint16_t height)
{
    return "GIF89a" + littleEndian(width, 2) + littleEndian(height, 2) + std::string(3, '\0');
}

// Little-endian TIFF, one IFD with ImageWidth and ImageLength as LONG.
inline std::string tiffHeaderOnly(std::uint32_t width, std::uint32_t height)
{
    return std::string("II*\0", 4) + littleEndian(8, 4) + littleEndian(2, 2) +
           littleEndian(256, 2) + littleEndian(4, 2) + littleEndian(1, 4) + littleEndian(width, 4) +
           littleEndian(257, 2) + littleEndian(4, 2) + littleEndian(1, 4) +
           littleEndian(height, 4) + littleEndian(0, 4);
}

// Extended WebP: a VP8X chunk with the canvas size, and no image chunk.
inline std::string webpHeaderOnly(std::uint32_t width, std::uint32_t height)
{
    return "RIFF" + littleEndian(22, 4) + "WEBPVP8X" + littleEndian(10, 4) + littleEndian(0, 4) +
           littleEndian(width - 1, 3) + littleEndian(height - 1, 3);
}

inline std::string ppmHeaderOnly(std::uint32_t width, std::uint32_t height)
{
    return "P6\n" + std::to_string(width) + " " + std::to_string(height) + "\n255\n";
}

inline std::string encoded(const std::string& extension, const cv::Mat& image,
                           const std::vector<int>& params = {})
{
    std::vector<std::uint8_t> bytes;
    if (!cv::imencode(extension, image, bytes, params))
        return {};
    return std::string(bytes.begin(), bytes.end());
}

} // namespace convlab::test
