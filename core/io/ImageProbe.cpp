// SPDX-License-Identifier: MIT
#include "io/ImageProbe.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <zlib.h>

namespace convlab {

namespace {

// Thrown by HeaderReader when the header is shorter than its format says or breaks a rule;
// readImageHeader turns it into "recognised, size unknown".
struct BrokenHeader {};

// Random-access reads of big- and little-endian fields from a seekable stream.
class HeaderReader {
  public:
    explicit HeaderReader(std::istream& in) : m_in(in) {}

    void seek(std::uint64_t offset)
    {
        m_in.clear();
        if (offset > static_cast<std::uint64_t>(std::numeric_limits<std::streamoff>::max()))
            throw BrokenHeader{};
        m_in.seekg(static_cast<std::streamoff>(offset));
        if (!m_in)
            throw BrokenHeader{};
    }
    std::uint64_t position() { return static_cast<std::uint64_t>(m_in.tellg()); }
    void skip(std::uint64_t count) { seek(position() + count); }

    std::uint8_t u8()
    {
        const int c = m_in.get();
        if (c == std::char_traits<char>::eof())
            throw BrokenHeader{};
        return static_cast<std::uint8_t>(c);
    }
    std::uint64_t bigEndian(int bytes)
    {
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | u8();
        return v;
    }
    std::uint64_t littleEndian(int bytes)
    {
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= std::uint64_t{u8()} << (8 * i);
        return v;
    }
    std::string text(int count)
    {
        std::string s;
        for (int i = 0; i < count; ++i)
            s.push_back(static_cast<char>(u8()));
        return s;
    }

  private:
    std::istream& m_in;
};

// The whitespace-separated tokens of a text header (Netpbm, PAM, PFM, Radiance), '#' comments
// skipped; bounded so that a binary file mistaken for text cannot keep us reading.
class TextTokens {
  public:
    explicit TextTokens(HeaderReader& reader) : m_reader(reader) {}

    std::string next()
    {
        char c = skipSpaceAndComments();
        std::string token;
        while (!std::isspace(static_cast<unsigned char>(c)) && token.size() < kMaxToken) {
            token.push_back(c);
            c = get();
        }
        return token;
    }
    long long number()
    {
        const std::string token = next();
        if (token.empty() || token.size() > 12 ||
            token.find_first_not_of("0123456789") != std::string::npos)
            throw BrokenHeader{};
        return std::stoll(token);
    }
    // Radiance headers end with an empty line; the resolution line follows.
    void skipToEmptyLine()
    {
        char previous = 0;
        for (char c = get();; previous = c, c = get())
            if (c == '\n' && previous == '\n')
                return;
    }

  private:
    static constexpr std::size_t kMaxToken = 64;
    static constexpr int kMaxHeaderBytes = 64 * 1024;

    char get()
    {
        if (++m_consumed > kMaxHeaderBytes)
            throw BrokenHeader{};
        return static_cast<char>(m_reader.u8());
    }
    char skipSpaceAndComments()
    {
        for (char c = get();; c = get()) {
            if (c == '#')
                while (c != '\n')
                    c = get();
            else if (!std::isspace(static_cast<unsigned char>(c)))
                return c;
        }
    }

    HeaderReader& m_reader;
    int m_consumed = 0;
};

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

ImageFormat formatFromSignature(std::string_view s)
{
    using namespace std::string_view_literals;
    if (startsWith(s, "\x89PNG\r\n\x1a\n"sv))
        return ImageFormat::Png;
    if (startsWith(s, "\xff\xd8\xff"sv))
        return ImageFormat::Jpeg;
    if (startsWith(s, "BM"sv))
        return ImageFormat::Bmp;
    if (startsWith(s, "GIF87a"sv) || startsWith(s, "GIF89a"sv))
        return ImageFormat::Gif;
    if (s.size() >= 2 && s[0] == 'P' && s[1] >= '1' && s[1] <= '6')
        return ImageFormat::Netpbm;
    if (startsWith(s, "P7"sv))
        return ImageFormat::Pam;
    if (startsWith(s, "PF"sv) || startsWith(s, "Pf"sv))
        return ImageFormat::Pfm;
    if (startsWith(s, "II*\0"sv) || startsWith(s, "MM\0*"sv) || startsWith(s, "II+\0"sv) ||
        startsWith(s, "MM\0+"sv))
        return ImageFormat::Tiff;
    if (startsWith(s, "RIFF"sv) && s.size() >= 12 && s.substr(8, 4) == "WEBP"sv)
        return ImageFormat::WebP;
    if (startsWith(s, "\x59\xa6\x6a\x95"sv))
        return ImageFormat::SunRaster;
    if (startsWith(s, "#?RADIANCE"sv) || startsWith(s, "#?RGBE"sv))
        return ImageFormat::RadianceHdr;
    if (startsWith(s, "\0\0\0\x0cjP  \r\n\x87\n"sv) || startsWith(s, "\xff\x4f\xff\x51"sv))
        return ImageFormat::Jpeg2000;
    return ImageFormat::Unknown;
}

struct Size {
    long long width = 0;
    long long height = 0;
};

Size pngSize(HeaderReader& r)
{
    r.seek(8);
    r.skip(4); // chunk length
    if (r.text(4) != "IHDR")
        throw BrokenHeader{};
    const auto width = static_cast<long long>(r.bigEndian(4));
    return {width, static_cast<long long>(r.bigEndian(4))};
}

bool isStartOfFrame(std::uint8_t marker)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

bool hasNoLength(std::uint8_t marker)
{
    return marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8);
}

Size jpegSize(HeaderReader& r)
{
    r.seek(2);
    for (;;) {
        if (r.u8() != 0xff)
            throw BrokenHeader{};
        std::uint8_t marker = r.u8();
        while (marker == 0xff) // fill bytes
            marker = r.u8();
        if (hasNoLength(marker))
            continue;
        if (marker == 0xd9 || marker == 0xda) // EOI or a scan before any frame header
            throw BrokenHeader{};
        const std::uint64_t length = r.bigEndian(2);
        if (isStartOfFrame(marker)) {
            r.skip(1); // sample precision
            const auto height = static_cast<long long>(r.bigEndian(2));
            return {static_cast<long long>(r.bigEndian(2)), height};
        }
        if (length < 2)
            throw BrokenHeader{};
        r.skip(length - 2);
    }
}

Size bmpSize(HeaderReader& r)
{
    r.seek(14);
    if (r.littleEndian(4) == 12) { // OS/2 BITMAPCOREHEADER: 16-bit sizes
        const auto width = static_cast<long long>(r.littleEndian(2));
        return {width, static_cast<long long>(r.littleEndian(2))};
    }
    const auto width = static_cast<std::int32_t>(r.littleEndian(4));
    const auto height = static_cast<std::int32_t>(r.littleEndian(4)); // negative: top-down
    return {width, std::llabs(height)};
}

Size gifSize(HeaderReader& r)
{
    r.seek(6);
    const auto width = static_cast<long long>(r.littleEndian(2));
    return {width, static_cast<long long>(r.littleEndian(2))};
}

Size netpbmSize(HeaderReader& r)
{
    r.seek(2);
    TextTokens tokens(r);
    const long long width = tokens.number();
    return {width, tokens.number()};
}

Size pamSize(HeaderReader& r)
{
    r.seek(2);
    TextTokens tokens(r);
    Size size;
    for (std::string key = tokens.next(); key != "ENDHDR"; key = tokens.next()) {
        if (key == "WIDTH")
            size.width = tokens.number();
        else if (key == "HEIGHT")
            size.height = tokens.number();
    }
    return size;
}

Size tiffSize(HeaderReader& r)
{
    r.seek(0);
    const bool little = r.u8() == 'I';
    r.skip(1);
    const auto read = [&](int bytes) {
        return little ? r.littleEndian(bytes) : r.bigEndian(bytes);
    };
    const bool big = read(2) == 43; // BigTIFF: 64-bit offsets and counts
    if (big)
        r.skip(4); // offset byte size (8) and a zero
    r.seek(read(big ? 8 : 4));
    const std::uint64_t entries = read(big ? 8 : 2);
    if (entries > 4096)
        throw BrokenHeader{};
    Size size;
    for (std::uint64_t i = 0; i < entries; ++i) {
        const std::uint64_t tag = read(2);
        const std::uint64_t type = read(2);
        r.skip(big ? 8 : 4); // value count
        const int valueBytes = big ? 8 : 4;
        std::uint64_t value = 0;
        if (type == 3) { // SHORT, left-justified in the value field
            value = read(2);
            r.skip(valueBytes - 2);
        } else if (type == 4) { // LONG
            value = read(4);
            r.skip(valueBytes - 4);
        } else if (type == 16 && big) { // LONG8
            value = read(8);
        } else {
            r.skip(valueBytes);
        }
        if (tag == 256)
            size.width = static_cast<long long>(value);
        else if (tag == 257)
            size.height = static_cast<long long>(value);
    }
    return size;
}

Size webpSize(HeaderReader& r)
{
    r.seek(12);
    const std::string chunk = r.text(4);
    r.skip(4); // chunk size
    if (chunk == "VP8 ") {
        r.skip(3); // frame tag
        if (r.bigEndian(3) != 0x9d012a)
            throw BrokenHeader{};
        const auto width = static_cast<long long>(r.littleEndian(2) & 0x3fff);
        return {width, static_cast<long long>(r.littleEndian(2) & 0x3fff)};
    }
    if (chunk == "VP8L") {
        if (r.u8() != 0x2f)
            throw BrokenHeader{};
        const std::uint64_t bits = r.littleEndian(4);
        return {static_cast<long long>(bits & 0x3fff) + 1,
                static_cast<long long>((bits >> 14) & 0x3fff) + 1};
    }
    if (chunk == "VP8X") {
        r.skip(4); // flags
        const auto width = static_cast<long long>(r.littleEndian(3)) + 1;
        return {width, static_cast<long long>(r.littleEndian(3)) + 1};
    }
    throw BrokenHeader{};
}

Size sunRasterSize(HeaderReader& r)
{
    r.seek(4);
    const auto width = static_cast<long long>(r.bigEndian(4));
    return {width, static_cast<long long>(r.bigEndian(4))};
}

Size radianceSize(HeaderReader& r)
{
    r.seek(0);
    TextTokens tokens(r);
    tokens.skipToEmptyLine();
    // "-Y 480 +X 640": the first axis named is the one that varies slowest.
    const std::string firstAxis = tokens.next();
    const long long first = tokens.number();
    const std::string secondAxis = tokens.next();
    const long long second = tokens.number();
    if (firstAxis.size() != 2 || secondAxis.size() != 2)
        throw BrokenHeader{};
    if (firstAxis[1] == 'Y' && secondAxis[1] == 'X')
        return {second, first};
    if (firstAxis[1] == 'X' && secondAxis[1] == 'Y')
        return {first, second};
    throw BrokenHeader{};
}

Size j2kCodestreamSize(HeaderReader& r)
{
    r.seek(0);
    if (r.bigEndian(2) != 0xff4f || r.bigEndian(2) != 0xff51) // SOC, then SIZ
        throw BrokenHeader{};
    r.skip(4); // Lsiz, Rsiz
    const std::uint64_t xsiz = r.bigEndian(4), ysiz = r.bigEndian(4);
    const std::uint64_t xOffset = r.bigEndian(4), yOffset = r.bigEndian(4);
    if (xOffset >= xsiz || yOffset >= ysiz)
        throw BrokenHeader{};
    return {static_cast<long long>(xsiz - xOffset), static_cast<long long>(ysiz - yOffset)};
}

constexpr std::uint64_t kToEndOfFile = std::numeric_limits<std::uint64_t>::max();

struct Jp2Box {
    std::uint64_t payload = 0; // where the contents begin
    std::uint64_t end = 0;
};

// Walks the boxes in [start, end) and returns box `type`, if there is one.
std::optional<Jp2Box> findJp2Box(HeaderReader& r, std::uint64_t start, std::uint64_t end,
                                 std::string_view type)
{
    for (std::uint64_t at = start; at < end;) {
        r.seek(at);
        std::uint64_t length = r.bigEndian(4);
        const std::string boxType = r.text(4);
        std::uint64_t headerBytes = 8;
        if (length == 1) {
            length = r.bigEndian(8);
            headerBytes = 16;
        }
        const bool last = length == 0; // runs to the end of the file
        if (!last && (length < headerBytes || length > kToEndOfFile - at))
            throw BrokenHeader{};
        if (boxType == type)
            return Jp2Box{at + headerBytes, last ? kToEndOfFile : at + length};
        if (last)
            return std::nullopt;
        at += length;
    }
    return std::nullopt;
}

Size jpeg2000Size(HeaderReader& r)
{
    r.seek(0);
    if (r.bigEndian(2) == 0xff4f)
        return j2kCodestreamSize(r);
    const auto header = findJp2Box(r, 0, kToEndOfFile, "jp2h");
    if (!header)
        throw BrokenHeader{};
    const auto imageHeader = findJp2Box(r, header->payload, header->end, "ihdr");
    if (!imageHeader)
        throw BrokenHeader{};
    r.seek(imageHeader->payload);
    const auto height = static_cast<long long>(r.bigEndian(4));
    return {static_cast<long long>(r.bigEndian(4)), height};
}

Size sizeFromHeader(ImageFormat format, HeaderReader& r)
{
    switch (format) {
    case ImageFormat::Png:
        return pngSize(r);
    case ImageFormat::Jpeg:
        return jpegSize(r);
    case ImageFormat::Bmp:
        return bmpSize(r);
    case ImageFormat::Gif:
        return gifSize(r);
    case ImageFormat::Netpbm:
    case ImageFormat::Pfm:
        return netpbmSize(r);
    case ImageFormat::Pam:
        return pamSize(r);
    case ImageFormat::Tiff:
        return tiffSize(r);
    case ImageFormat::WebP:
        return webpSize(r);
    case ImageFormat::SunRaster:
        return sunRasterSize(r);
    case ImageFormat::RadianceHdr:
        return radianceSize(r);
    case ImageFormat::Jpeg2000:
        return jpeg2000Size(r);
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

std::uint32_t bigEndian32(std::span<const std::uint8_t> bytes, std::size_t at)
{
    return std::uint32_t{bytes[at]} << 24 | std::uint32_t{bytes[at + 1]} << 16 |
           std::uint32_t{bytes[at + 2]} << 8 | std::uint32_t{bytes[at + 3]};
}

bool pngReachesIend(std::span<const std::uint8_t> bytes)
{
    constexpr std::size_t kChunkOverhead = 12; // length, type, CRC
    if (bytes.size() < 8)
        return false;
    for (std::size_t at = 8; bytes.size() - at >= kChunkOverhead;) {
        const std::uint32_t length = bigEndian32(bytes, at);
        if (length > bytes.size() - at - kChunkOverhead)
            return false;
        // The CRC covers the chunk's type and data.
        const auto crc = static_cast<std::uint32_t>(
            crc32(0, bytes.data() + at + 4, static_cast<uInt>(length + 4)));
        if (crc != bigEndian32(bytes, at + 8 + length))
            return false;
        if (std::memcmp(bytes.data() + at + 4, "IEND", 4) == 0)
            return true;
        at += kChunkOverhead + length;
    }
    return false;
}

// Follows the marker segments and, after each scan header, the entropy-coded data up to the
// next marker, until EOI.
bool jpegReachesEoi(std::span<const std::uint8_t> bytes)
{
    const std::size_t n = bytes.size();
    std::size_t at = 2;
    while (at < n) {
        if (bytes[at] != 0xff)
            return false;
        while (at < n && bytes[at] == 0xff)
            ++at;
        if (at >= n)
            return false;
        const std::uint8_t marker = bytes[at++];
        if (marker == 0xd9)
            return true;
        if (hasNoLength(marker))
            continue;
        if (n - at < 2)
            return false;
        const std::size_t length = std::size_t{bytes[at]} << 8 | bytes[at + 1];
        if (length < 2 || length > n - at)
            return false;
        at += length;
        if (marker != 0xda)
            continue;
        // Entropy-coded data: 0xFF is followed by 0x00 (stuffing) or a restart marker inside it.
        for (; at + 1 < n; ++at)
            if (bytes[at] == 0xff && bytes[at + 1] != 0x00 &&
                !(bytes[at + 1] >= 0xd0 && bytes[at + 1] <= 0xd7))
                break;
        if (at + 1 >= n)
            return false;
    }
    return false;
}

} // namespace

ImageHeader readImageHeader(std::istream& in)
{
    std::array<char, 16> signature{};
    in.read(signature.data(), signature.size());
    const auto format = formatFromSignature(
        std::string_view(signature.data(), static_cast<std::size_t>(in.gcount())));
    ImageHeader header{format, 0, 0};
    if (format == ImageFormat::Unknown)
        return header;
    try {
        HeaderReader reader(in);
        const Size size = sizeFromHeader(format, reader);
        if (size.width > 0 && size.height > 0) {
            header.width = size.width;
            header.height = size.height;
        }
    } catch (const BrokenHeader&) {
        // Recognised, but the size could not be read: the caller refuses the file.
    }
    return header;
}

bool reachesEndMarker(ImageFormat format, std::span<const std::uint8_t> bytes)
{
    switch (format) {
    case ImageFormat::Png:
        return pngReachesIend(bytes);
    case ImageFormat::Jpeg:
        return jpegReachesEoi(bytes);
    default:
        return true;
    }
}

} // namespace convlab
