// SPDX-License-Identifier: MIT
#include "io/ArrayIO.h"

#include "Error.h"
#include "io/ImageProbe.h"
#include "ops/Conv2d.h" // requireFinite
#include "render/Colormap.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <limits>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <sstream>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace convlab {

namespace {

namespace fs = std::filesystem;

// Formats whose header ConvLab cannot read (OpenEXR, DICOM…) are decoded only when the file
// is this small, and their size is checked after decoding.
constexpr std::uintmax_t kMaxUnprobedImageBytes = 4'000'000;

std::string osError(int error)
{
    return std::generic_category().message(error);
}

std::string lowerExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string megabytes(std::uintmax_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

// Opens a regular file for binary reading and returns its size; every failure names the path.
std::uintmax_t openForReading(const std::string& path, std::ifstream& in)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error("cannot open " + path + ": " + (ec ? ec.message() : osError(ENOENT)));
    require(!fs::is_directory(status), path + " is a folder, not a file");
    const std::uintmax_t size = fs::file_size(path, ec);
    in.open(path, std::ios::binary);
    if (ec || !in)
        throw Error("cannot open " + path + ": " + (ec ? ec.message() : osError(errno)));
    return size;
}

std::vector<std::uint8_t> readBytes(std::ifstream& in, std::uintmax_t size, const std::string& path)
{
    std::vector<std::uint8_t> bytes(size);
    in.clear();
    in.seekg(0);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
    require(static_cast<std::uintmax_t>(in.gcount()) == size,
            "cannot read " + path + ": it changed size while being read");
    return bytes;
}

// "(row 2, col 3)", with the channel when there are several.
std::string cellName(std::size_t index, int cols, int channels)
{
    const std::size_t pixel = index / static_cast<std::size_t>(channels);
    std::string name = "(row " + std::to_string(pixel / static_cast<std::size_t>(cols)) + ", col " +
                       std::to_string(pixel % static_cast<std::size_t>(cols));
    if (channels > 1)
        name += ", channel " + std::to_string(index % static_cast<std::size_t>(channels));
    return name + ")";
}

// Every value must be a finite float32; `where` begins the message ("data.npy holds NaN at …").
float checkedFloat(double value, const std::string& where, const std::string& cell)
{
    if (std::isnan(value))
        throw Error(where + " holds NaN at " + cell + "; ConvLab needs finite numbers");
    if (std::isinf(value))
        throw Error(where + " holds " + (value > 0 ? "+Inf" : "-Inf") + " at " + cell +
                    "; ConvLab needs finite numbers");
    // Halfway between FLT_MAX and the next power of two: anything below rounds to FLT_MAX.
    constexpr double kFloat32Overflow = 0x1.ffffffp127;
    if (std::abs(value) >= kFloat32Overflow) {
        char text[32];
        std::snprintf(text, sizeof text, "%g", value);
        throw Error(where + " holds " + text + " at " + cell +
                    ", too large for float32 (at most 3.4e38)");
    }
    constexpr double kFloat32Max = std::numeric_limits<float>::max();
    return static_cast<float>(std::clamp(value, -kFloat32Max, kFloat32Max));
}

// ---------------------------------------------------------------------------------- images

std::string notReadable(const std::string& path)
{
    return path + " is not an image ConvLab can read (truncated or corrupt)";
}

void refuseOversized(const std::string& path, long long width, long long height)
{
    if (width <= kMaxImagePixels && height <= kMaxImagePixels && width * height <= kMaxImagePixels)
        return;
    const double pixels = static_cast<double>(width) * static_cast<double>(height);
    char amount[48];
    if (pixels >= 1e9)
        std::snprintf(amount, sizeof amount, "%.1f gigapixels", pixels / 1e9);
    else
        std::snprintf(amount, sizeof amount, "%.1f megapixels", pixels / 1e6);
    throw Error(path + " is " + std::to_string(width) + "×" + std::to_string(height) + " pixels (" +
                amount + "); ConvLab opens images up to " +
                std::to_string(kMaxImagePixels / 1'000'000) + " megapixels");
}

cv::Mat toFloatImage(const cv::Mat& decoded, const std::string& path, bool keepChannels)
{
    double scale = 1;
    switch (decoded.depth()) {
    case CV_8U:
        scale = 1.0 / 255;
        break;
    case CV_16U:
        scale = 1.0 / 65535;
        break;
    case CV_32F:
    case CV_64F:
        break;
    default:
        throw Error(path + " stores signed integer samples; ConvLab reads 8-bit, 16-bit and "
                           "floating-point images");
    }
    require(decoded.channels() == 1 || decoded.channels() == 3,
            path + " decodes to " + std::to_string(decoded.channels()) +
                " channels; ConvLab reads grayscale and colour images");
    cv::Mat values;
    decoded.convertTo(values, CV_32F, scale);
    if (decoded.depth() == CV_32F || decoded.depth() == CV_64F)
        requireFinite(values, path.c_str());
    if (values.channels() == 3)
        cv::cvtColor(values, values, keepChannels ? cv::COLOR_BGR2RGB : cv::COLOR_BGR2GRAY);
    return values;
}

// ------------------------------------------------------------------------------------- npy

enum class NpyType { Float32, Float64, UInt8 };

struct NpyHeader {
    std::string descr;
    bool fortranOrder = false;
    std::vector<long long> shape;
};

// The header of a .npy file is a Python dict literal; this reads exactly the subset numpy
// writes: string keys, and string, True/False or tuple-of-integers values.
class NpyHeaderParser {
  public:
    NpyHeaderParser(std::string_view text, const std::string& path) : m_text(text), m_path(path) {}

    NpyHeader parse()
    {
        NpyHeader header;
        bool seenDescr = false, seenOrder = false, seenShape = false;
        expect('{');
        while (!accept('}')) {
            const std::string key = string();
            expect(':');
            if (key == "descr") {
                header.descr = string();
                seenDescr = true;
            } else if (key == "fortran_order") {
                header.fortranOrder = boolean();
                seenOrder = true;
            } else if (key == "shape") {
                header.shape = tuple();
                seenShape = true;
            } else {
                fail("unexpected key '" + key + "'");
            }
            if (!accept(',')) {
                expect('}');
                break;
            }
        }
        skipSpace();
        if (m_at != m_text.size())
            fail("text after the closing brace");
        if (!seenDescr || !seenOrder || !seenShape)
            fail(std::string("missing key '") +
                 (!seenDescr   ? "descr"
                  : !seenOrder ? "fortran_order"
                               : "shape") +
                 "'");
        return header;
    }

  private:
    [[noreturn]] void fail(const std::string& problem) const
    {
        throw Error(m_path + " has a malformed .npy header (" + problem +
                    "): " + std::string(m_text.substr(0, 120)));
    }
    void skipSpace()
    {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }
    bool accept(char c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    void expect(char c)
    {
        if (!accept(c))
            fail(std::string("expected '") + c + "' at offset " + std::to_string(m_at));
    }
    std::string string()
    {
        skipSpace();
        if (m_at >= m_text.size() || (m_text[m_at] != '\'' && m_text[m_at] != '"'))
            fail("expected a quoted string at offset " + std::to_string(m_at));
        const char quote = m_text[m_at++];
        const std::size_t end = m_text.find(quote, m_at);
        if (end == std::string_view::npos)
            fail("unterminated string");
        std::string s(m_text.substr(m_at, end - m_at));
        m_at = end + 1;
        return s;
    }
    bool boolean()
    {
        skipSpace();
        for (const auto& [word, value] : {std::pair{"True", true}, std::pair{"False", false}})
            if (m_text.substr(m_at, std::strlen(word)) == word) {
                m_at += std::strlen(word);
                return value;
            }
        fail("expected True or False at offset " + std::to_string(m_at));
    }
    std::vector<long long> tuple()
    {
        std::vector<long long> values;
        expect('(');
        while (!accept(')')) {
            skipSpace();
            long long value = 0;
            const char* begin = m_text.data() + m_at;
            const auto [end, ec] = std::from_chars(begin, m_text.data() + m_text.size(), value);
            if (ec != std::errc() || value < 0)
                fail("expected a dimension at offset " + std::to_string(m_at));
            m_at += static_cast<std::size_t>(end - begin);
            values.push_back(value);
            if (!accept(',')) {
                expect(')');
                break;
            }
        }
        return values;
    }

    std::string_view m_text;
    const std::string& m_path;
    std::size_t m_at = 0;
};

NpyType npyType(const std::string& descr, const std::string& path)
{
    if (descr == "<f4")
        return NpyType::Float32;
    if (descr == "<f8")
        return NpyType::Float64;
    if (descr == "|u1" || descr == "<u1")
        return NpyType::UInt8;
    throw Error(path + " holds dtype '" + descr +
                "'; ConvLab reads float32 '<f4', float64 '<f8' and uint8 '|u1'");
}

std::size_t itemSize(NpyType type)
{
    switch (type) {
    case NpyType::Float32:
        return 4;
    case NpyType::Float64:
        return 8;
    case NpyType::UInt8:
        return 1;
    }
    return 0;
}

const char* typeName(NpyType type)
{
    switch (type) {
    case NpyType::Float32:
        return "float32";
    case NpyType::Float64:
        return "float64";
    case NpyType::UInt8:
        return "uint8";
    }
    return "";
}

std::string shapeText(const std::vector<long long>& shape)
{
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + (shape.size() == 1 ? ",)" : ")");
}

std::uint64_t littleEndian(const std::uint8_t* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= std::uint64_t{p[i]} << (8 * i);
    return v;
}

double npySample(const std::uint8_t* p, NpyType type)
{
    switch (type) {
    case NpyType::Float32:
        return std::bit_cast<float>(static_cast<std::uint32_t>(littleEndian(p, 4)));
    case NpyType::Float64:
        return std::bit_cast<double>(littleEndian(p, 8));
    case NpyType::UInt8:
        return *p;
    }
    return 0;
}

// ------------------------------------------------------------------------------------- text

std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

// A data line split on commas when it has any (numpy.savetxt(delimiter=',')), on whitespace
// otherwise (the default delimiter).
std::vector<std::string_view> splitFields(std::string_view line, const std::string& where)
{
    std::vector<std::string_view> fields;
    if (line.find(',') != std::string_view::npos) {
        for (std::size_t start = 0;;) {
            const std::size_t comma = line.find(',', start);
            const std::string_view field = trimmed(line.substr(start, comma - start));
            require(!field.empty(), where + ": empty field between commas");
            fields.push_back(field);
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
        return fields;
    }
    for (std::size_t at = 0; at < line.size();) {
        while (at < line.size() && std::isspace(static_cast<unsigned char>(line[at])))
            ++at;
        std::size_t end = at;
        while (end < line.size() && !std::isspace(static_cast<unsigned char>(line[end])))
            ++end;
        if (end > at)
            fields.push_back(line.substr(at, end - at));
        at = end;
    }
    return fields;
}

double parseNumber(std::string_view token, const std::string& where)
{
    std::string_view digits = token;
    if (digits.size() > 1 && digits.front() == '+' && digits[1] != '-')
        digits.remove_prefix(1); // from_chars does not take an explicit plus sign
    // from_chars, unlike strtod, ignores the locale (Qt sets it from the environment).
    double value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (end != digits.data() + digits.size() ||
        (ec != std::errc() && ec != std::errc::result_out_of_range))
        throw Error(where + ": '" + std::string(token) + "' is not a number");
    if (ec == std::errc::result_out_of_range) {
        // Beyond double: a negative exponent underflows to zero, anything else is too large.
        const std::size_t exponent = digits.find_first_of("eE");
        if (exponent != std::string_view::npos && digits.substr(exponent + 1, 1) == "-")
            return 0.0;
        throw Error(where + ": " + std::string(token) + " is too large for float32");
    }
    return value;
}

// ----------------------------------------------------------------------------------- writing

} // namespace

std::string encodeNpy(const cv::Mat& m)
{
    cv::Mat values;
    m.convertTo(values, CV_32F);
    std::string shape = "(" + std::to_string(values.rows) + ", " + std::to_string(values.cols);
    if (values.channels() > 1)
        shape += ", " + std::to_string(values.channels());
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + "), }";
    // numpy pads with spaces and ends with a newline so that the data starts on a multiple of
    // 64 bytes (magic 6 + version 2 + length 2 + header).
    const std::size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header.push_back('\n');

    std::string bytes("\x93NUMPY\x01\x00", 8);
    bytes.push_back(static_cast<char>(header.size() & 0xff));
    bytes.push_back(static_cast<char>(header.size() >> 8));
    bytes += header;
    const int cells = values.cols * values.channels();
    bytes.reserve(bytes.size() + values.total() * values.channels() * 4);
    for (int r = 0; r < values.rows; ++r) {
        const float* row = values.ptr<float>(r);
        for (int i = 0; i < cells; ++i) {
            const auto bits = std::bit_cast<std::uint32_t>(row[i]);
            for (int b = 0; b < 4; ++b)
                bytes.push_back(static_cast<char>((bits >> (8 * b)) & 0xff));
        }
    }
    return bytes;
}

namespace {

void requireWritable(const cv::Mat& m, const std::string& path)
{
    require(!m.empty(), "cannot write " + path + ": the map is empty");
    require(m.dims == 2, "cannot write " + path + ": the array has " + std::to_string(m.dims) +
                             " dimensions, ConvLab writes 2-D maps");
}

// A random name beside the target, hidden, so that a crash leaves no half file under the
// target's name.
std::string temporaryNameFor(const fs::path& target, std::random_device& random)
{
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(random()));
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    return (directory / ("." + target.filename().string() + ".tmp-" + suffix)).string();
}

// What readImage and decodeImage check before decoding: a known header's size, or a small
// enough file when the header cannot tell.
void refuseUncheckable(const ImageHeader& header, std::uintmax_t size, const std::string& path)
{
    if (header.recognised()) {
        require(header.hasSize(), notReadable(path));
        refuseOversized(path, header.width, header.height);
        return;
    }
    const std::string tooLarge =
        " it is too large to try (limit " + megabytes(kMaxUnprobedImageBytes) + ")";
    require(size <= kMaxUnprobedImageBytes,
            path +
                " is not in an image format whose size ConvLab can check before decoding, "
                "and at " +
                megabytes(size) + tooLarge);
}

// `path` names a file when `isFile`, else only where the bytes came from.
cv::Mat decodeChecked(std::span<const std::uint8_t> bytes, ImageFormat format,
                      const std::string& path, bool isFile, bool keepChannels)
{
    require(reachesEndMarker(format, bytes), notReadable(path));
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8U,
                                       const_cast<std::uint8_t*>(bytes.data())),
                               cv::IMREAD_ANYCOLOR | cv::IMREAD_ANYDEPTH);
    } catch (const cv::Exception&) {
        decoded.release(); // reported below as unreadable, like any other decoder failure
    }
    // OpenCV tells a known format from the file's signature; for bytes, the probe tells
    // (GIF is probed but not decoded).
    const bool decodable = isFile ? cv::haveImageReader(path)
                                  : format != ImageFormat::Unknown && format != ImageFormat::Gif;
    if (decoded.empty())
        throw Error(decodable ? notReadable(path)
                        : path + " is not in an image format ConvLab can read");
    refuseOversized(path, decoded.cols, decoded.rows); // for the formats checked only now
    return toFloatImage(decoded, path, keepChannels);
}

} // namespace

cv::Mat readImage(const std::string& path, bool keepChannels)
{
    std::ifstream in;
    const std::uintmax_t size = openForReading(path, in);
    require(size > 0, path + " is empty");
    const ImageHeader header = readImageHeader(in);
    refuseUncheckable(header, size, path);
    const std::vector<std::uint8_t> bytes = readBytes(in, size, path);
    return decodeChecked(bytes, header.format, path, true, keepChannels);
}

cv::Mat decodeImage(std::span<const std::uint8_t> bytes, const std::string& name,
                    bool keepChannels)
{
    require(!bytes.empty(), name + " is empty");
    std::istringstream in(std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    const ImageHeader header = readImageHeader(in);
    refuseUncheckable(header, bytes.size(), name);
    return decodeChecked(bytes, header.format, name, false, keepChannels);
}

cv::Mat readNpy(const std::string& path)
{
    std::ifstream in;
    const std::uintmax_t size = openForReading(path, in);
    const std::vector<std::uint8_t> bytes = readBytes(in, size, path);
    return decodeNpy(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()),
                     path);
}

cv::Mat decodeNpy(std::string_view bytes, const std::string& name)
{
    const auto* raw = reinterpret_cast<const std::uint8_t*>(bytes.data());
    require(bytes.size() >= 10 && bytes.starts_with("\x93NUMPY"),
            name + " is not a .npy file (it does not start with \\x93NUMPY)");
    const int major = raw[6];
    require(major >= 1 && major <= 3, name + " is .npy format version " + std::to_string(major) +
                                          "; ConvLab reads versions 1, 2 and 3");
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    require(bytes.size() >= 8 + lengthBytes, name + " is truncated inside its .npy header");
    const std::size_t headerLength = littleEndian(raw + 8, static_cast<int>(lengthBytes));
    const std::size_t dataStart = 8 + lengthBytes + headerLength;
    require(dataStart <= bytes.size(),
            name + " is truncated inside its .npy header (" + std::to_string(bytes.size()) +
                " bytes, header ends at byte " + std::to_string(dataStart) + ")");

    const NpyHeader header =
        NpyHeaderParser(bytes.substr(8 + lengthBytes, headerLength), name).parse();
    const NpyType type = npyType(header.descr, name);
    require(!header.fortranOrder, name + " is stored in Fortran order; save it in C order "
                                         "(numpy.ascontiguousarray) for ConvLab");
    const std::vector<long long>& shape = header.shape;
    require(shape.size() >= 1 && shape.size() <= 3,
            name + " has shape " + shapeText(shape) + "; ConvLab reads 1-D, 2-D and H×W×C arrays");
    require(std::all_of(shape.begin(), shape.end(), [](long long d) { return d > 0; }),
            name + " is empty (shape " + shapeText(shape) + ")");
    const long long rows = shape.size() == 1 ? 1 : shape[0];
    const long long cols = shape.size() == 1 ? shape[0] : shape[1];
    const long long channels = shape.size() == 3 ? shape[2] : 1;
    constexpr long long kMaxSide = std::numeric_limits<int>::max();
    require(rows <= kMaxSide && cols <= kMaxSide && channels <= CV_CN_MAX,
            name + " has shape " + shapeText(shape) + ", beyond what ConvLab can hold (at most " +
                std::to_string(CV_CN_MAX) + " channels)");

    std::uint64_t expected = itemSize(type);
    for (const long long d : shape)
        if (__builtin_mul_overflow(expected, static_cast<std::uint64_t>(d), &expected))
            throw Error(name + " has shape " + shapeText(shape) + ", too large to hold");
    const std::size_t actual = bytes.size() - dataStart;
    require(expected == actual, name + ": the header says shape " + shapeText(shape) + " " +
                                    typeName(type) + ", which is " + std::to_string(expected) +
                                    " bytes of data, but the file holds " + std::to_string(actual) +
                                    " bytes");

    cv::Mat m(static_cast<int>(rows), static_cast<int>(cols), CV_32FC(static_cast<int>(channels)));
    const std::size_t cellsPerRow = static_cast<std::size_t>(cols * channels);
    const std::uint8_t* data = raw + dataStart;
    const std::size_t step = itemSize(type);
    for (int r = 0; r < m.rows; ++r) {
        float* row = m.ptr<float>(r);
        for (std::size_t i = 0; i < cellsPerRow; ++i) {
            const std::size_t index = static_cast<std::size_t>(r) * cellsPerRow + i;
            const double value = npySample(data + index * step, type);
            row[i] = std::isfinite(value) && std::abs(value) <= std::numeric_limits<float>::max()
                         ? static_cast<float>(value)
                         : checkedFloat(value, name,
                                        cellName(index, m.cols, static_cast<int>(channels)));
        }
    }
    return m;
}

cv::Mat readTextMatrix(const std::string& path)
{
    std::ifstream in;
    openForReading(path, in);
    std::vector<float> values;
    std::size_t cols = 0;
    int rows = 0, firstDataLine = 0, lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        const std::string where = path + " line " + std::to_string(lineNumber);
        const std::vector<std::string_view> fields =
            splitFields(trimmed(std::string_view(line).substr(0, line.find('#'))), where);
        if (fields.empty())
            continue;
        if (rows == 0) {
            cols = fields.size();
            firstDataLine = lineNumber;
        }
        require(fields.size() == cols, where + " has " + std::to_string(fields.size()) +
                                           " values but line " + std::to_string(firstDataLine) +
                                           " has " + std::to_string(cols));
        for (std::size_t c = 0; c < cols; ++c)
            values.push_back(checkedFloat(
                parseNumber(fields[c], where), where,
                cellName(static_cast<std::size_t>(rows) * cols + c, static_cast<int>(cols), 1)));
        ++rows;
    }
    require(!in.bad(), "cannot read " + path + ": " + osError(errno));
    require(rows > 0, path + " holds no numbers");
    return cv::Mat(rows, static_cast<int>(cols), CV_32F, values.data()).clone();
}

cv::Mat readArray(const std::string& path, bool keepChannels)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".npy")
        return readNpy(path);
    if (ext == ".txt" || ext == ".csv")
        return readTextMatrix(path);
    return readImage(path, keepChannels);
}

void writeNpy(const std::string& path, const cv::Mat& m)
{
    requireWritable(m, path);
    writeFileAtomically(path, encodeNpy(m));
}

void writeTextMatrix(const std::string& path, const cv::Mat& m)
{
    requireWritable(m, path);
    require(m.channels() == 1, "cannot write " + path + ": a text matrix holds one channel, this " +
                                   "map has " + std::to_string(m.channels()) +
                                   " (write .npy instead)");
    cv::Mat values;
    m.convertTo(values, CV_32F);
    const char separator = lowerExtension(path) == ".csv" ? ',' : ' ';
    std::string text;
    char number[32];
    for (int r = 0; r < values.rows; ++r) {
        const float* row = values.ptr<float>(r);
        for (int c = 0; c < values.cols; ++c) {
            // Nine significant digits are enough for any float32 to read back identically.
            std::snprintf(number, sizeof number, "%.9g", static_cast<double>(row[c]));
            if (c > 0)
                text.push_back(separator);
            text += number;
        }
        text.push_back('\n');
    }
    writeFileAtomically(path, text);
}

void writeArray(const std::string& path, const cv::Mat& m)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".npy")
        return writeNpy(path, m);
    if (ext == ".txt" || ext == ".csv")
        return writeTextMatrix(path, m);
    require(ext == ".png",
            "cannot write " + path + ": ConvLab writes .npy, .txt, .csv and .png files");
    requireWritable(m, path);
    require(m.channels() == 1 || m.channels() == 3,
            "cannot write " + path + ": a .png holds 1 or 3 channels, this map has " +
                std::to_string(m.channels()) + " (write .npy instead)");
    // One min–max normalisation over all channels, so that their relative levels survive.
    cv::Mat gray = normaliseToGray8(m.reshape(1, m.rows));
    cv::Mat image = gray.reshape(m.channels(), m.rows);
    if (m.channels() == 3)
        cv::cvtColor(image, image, cv::COLOR_RGB2BGR);
    std::vector<std::uint8_t> png;
    require(cv::imencode(".png", image, png), "cannot write " + path + ": PNG encoding failed");
    writeFileAtomically(path, std::string(png.begin(), png.end()));
}

void writeFileAtomically(const std::string& path, const std::string& bytes)
{
    const auto failure = [&path](int error) {
        return Error("cannot write " + path + ": " + osError(error));
    };
    std::random_device random;
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0; ++attempt) {
        temporary = temporaryNameFor(fs::path(path), random);
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && (errno != EEXIST || attempt == 100))
            throw failure(errno);
    }
    const auto abandon = [&](int error) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temporary.c_str());
        return failure(error);
    };
    for (std::size_t written = 0; written < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw abandon(errno);
        written += static_cast<std::size_t>(n);
    }
    // On disk before the rename, so that a crash leaves the old file or the new one, whole.
    if (::fsync(fd) != 0)
        throw abandon(errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        throw abandon(errno);
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        throw abandon(errno);
}

} // namespace convlab
