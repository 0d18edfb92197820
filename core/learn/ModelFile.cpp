// SPDX-License-Identifier: MIT
#include "learn/ModelFile.h"

#include "Error.h"
#include "io/ArrayIO.h"
#include "io/ImageProbe.h"
#include "learn/NetworkModule.h"

#include <algorithm>
#include <caffe2/serialize/versions.h>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>
#include <zlib.h>

namespace convlab {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFormatKey = "convlab_format";
constexpr const char* kVersionKey = "convlab_version";
constexpr const char* kArchitectureKey = "architecture";
constexpr int kFieldsPerStage = 5;

std::string shapeText(c10::IntArrayRef shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

// libtorch's own words, first line only: its messages carry a C++ backtrace after it.
std::string firstLine(const char* message)
{
    std::string text(message);
    return text.substr(0, text.find('\n'));
}

std::vector<std::int64_t> encodeArchitecture(const Architecture& a)
{
    std::vector<std::int64_t> fields{a.inputSize, a.classes};
    for (const ConvStage& s : a.stages)
        fields.insert(fields.end(), {s.filters, s.kernel, s.stride, s.padding, s.pool});
    return fields;
}

Architecture decodeArchitecture(const c10::IValue& value, const std::string& name)
{
    const std::string broken = name + " has a broken architecture entry";
    require(value.isIntList(), broken);
    const std::vector<std::int64_t> fields = value.toIntVector();
    require(fields.size() >= 2 && (fields.size() - 2) % kFieldsPerStage == 0, broken);
    for (const std::int64_t field : fields)
        require(field >= -1'000'000 && field <= 1'000'000, broken); // ShapeTable says the rest
    const auto at = [&](std::size_t i) { return static_cast<int>(fields[i]); };
    Architecture a;
    a.inputSize = at(0);
    a.classes = at(1);
    for (std::size_t i = 2; i < fields.size(); i += kFieldsPerStage)
        a.stages.push_back({at(i), at(i + 1), at(i + 2), at(i + 3), at(i + 4)});
    return a;
}

// What the first bytes say when they are not a zip archive.
std::string foreignKind(std::string_view bytes)
{
    std::istringstream in{std::string(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096)))};
    switch (readImageHeader(in).format) {
    case ImageFormat::Unknown:
        return "it is not a PyTorch archive";
    case ImageFormat::Png:
        return "it is a PNG image";
    case ImageFormat::Jpeg:
        return "it is a JPEG image";
    default:
        return "it is an image";
    }
}

// ------------------------------------------------------------------ zip checksums
// libtorch 1.13 reads the zip's entries without checking their CRC-32: a flipped byte in a
// weight would load silently. Each stored entry is checked here first, from the central
// directory (ZIP64 too, which PyTorch writes for large archives).

std::uint64_t little(std::string_view bytes, std::size_t at, int width)
{
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = value << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

// What libtorch's archive reader checks only after allocating its zip state, which it then leaks
// when the check fails (PyTorchStreamReader::init throws from its constructor): every entry in
// the first entry's folder, a stored `version` record of PyTorch's supported file versions.
struct VersionRecord {
    int count = 0;
    std::string_view text;
    bool stored = false;
};

// As libtorch looks a record up (miniz, ignoring case): FOLDER/version or FOLDER/.data/version.
bool isVersionRecord(std::string_view entry, std::string_view folder)
{
    const auto sameLetters = [](std::string_view a, std::string_view b) {
        return std::ranges::equal(a, b, [](char x, char y) {
            return std::tolower(static_cast<unsigned char>(x)) ==
                   std::tolower(static_cast<unsigned char>(y));
        });
    };
    if (entry.size() <= folder.size() || !sameLetters(entry.substr(0, folder.size()), folder) ||
        entry[folder.size()] != '/')
        return false;
    const std::string_view rest = entry.substr(folder.size() + 1);
    return sameLetters(rest, "version") || sameLetters(rest, ".data/version");
}

void verifyVersion(std::string_view folder, const VersionRecord& record, const std::string& name)
{
    const std::string corrupt = name + " is not a ConvLab model, or is truncated or corrupt";
    require(!folder.empty(), corrupt + " (its entries are not in a folder)");
    require(record.count == 1,
            corrupt + " (" + (record.count == 0 ? "no version record" : "two version records") +
                ")");
    // Read as libtorch reads it (std::stoull): leading blanks, then digits; "3\n" is version 3.
    std::string_view text = record.text;
    text.remove_prefix(std::min(text.find_first_not_of(" \t\n\v\f\r"), text.size()));
    const std::string_view digits = text.substr(0, text.find_first_not_of("0123456789"));
    std::uint64_t version = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), version);
    require(record.stored && version >= caffe2::serialize::kMinSupportedFileFormatVersion &&
                version <= caffe2::serialize::kMaxSupportedFileFormatVersion,
            corrupt + " (a version record this libtorch does not read)");
}

// Every entry's checksum (zlib's CRC-32), and the version record (verifyVersion).
void verifyArchive(std::string_view zip, const std::string& name)
{
    const std::string corrupt = name + " is not a ConvLab model, or is truncated or corrupt";
    const auto need = [&](bool condition, const char* what) {
        require(condition, corrupt + " (" + what + ")");
    };
    // Offsets and sizes come from the file: compared without overflowing.
    const auto within = [&](std::uint64_t offset, std::uint64_t length) {
        return offset <= zip.size() && length <= zip.size() - offset;
    };
    constexpr std::size_t kEndRecord = 22;
    need(zip.size() >= kEndRecord, "no zip directory");
    // The end record is the last one, before a comment of at most 65,535 bytes.
    std::size_t end = zip.size() - kEndRecord;
    const std::size_t lowest = zip.size() > kEndRecord + 65535 ? end - 65535 : 0;
    while (little(zip, end, 4) != 0x06054b50) {
        need(end > lowest, "no zip directory");
        --end;
    }
    std::uint64_t entries = little(zip, end + 10, 2);
    std::uint64_t directory = little(zip, end + 16, 4);
    if (entries == 0xFFFF || directory == 0xFFFFFFFF) {
        need(end >= 20 && little(zip, end - 20, 4) == 0x07064b50, "broken ZIP64 locator");
        const std::uint64_t record = little(zip, end - 20 + 8, 8);
        need(within(record, 56) && little(zip, record, 4) == 0x06064b50, "broken ZIP64 directory");
        entries = little(zip, record + 32, 8);
        directory = little(zip, record + 48, 8);
    }
    std::string_view folder;
    VersionRecord version;
    std::uint64_t at = directory;
    for (std::uint64_t e = 0; e < entries; ++e) {
        need(within(at, 46) && little(zip, at, 4) == 0x02014b50, "broken zip directory");
        const auto method = little(zip, at + 10, 2);
        const auto crc = static_cast<std::uint32_t>(little(zip, at + 16, 4));
        std::uint64_t size = little(zip, at + 20, 4);
        const std::uint64_t nameLength = little(zip, at + 28, 2);
        const std::uint64_t extraLength = little(zip, at + 30, 2);
        const std::uint64_t commentLength = little(zip, at + 32, 2);
        std::uint64_t local = little(zip, at + 42, 4);
        const std::uint64_t extraEnd = at + 46 + nameLength + extraLength;
        need(extraEnd <= zip.size(), "broken zip directory");
        // ZIP64 sizes and offset, in the order of the fields that overflowed.
        for (std::uint64_t x = at + 46 + nameLength; x + 4 <= extraEnd;) {
            const auto id = little(zip, x, 2);
            const auto length = little(zip, x + 2, 2);
            if (x + 4 + length > extraEnd)
                break;
            if (id == 0x0001) {
                std::uint64_t field = x + 4;
                if (little(zip, at + 24, 4) == 0xFFFFFFFF)
                    field += 8; // uncompressed size
                if (size == 0xFFFFFFFF && field + 8 <= x + 4 + length) {
                    size = little(zip, field, 8);
                    field += 8;
                }
                if (local == 0xFFFFFFFF && field + 8 <= x + 4 + length)
                    local = little(zip, field, 8);
            }
            x += 4 + length;
        }
        need(within(local, 30) && little(zip, local, 4) == 0x04034b50, "broken zip entry");
        const std::uint64_t data =
            local + 30 + little(zip, local + 26, 2) + little(zip, local + 28, 2);
        need(within(data, size), "an entry runs past the end");
        const std::string_view content = zip.substr(data, size);
        if (method == 0) // stored, as PyTorch writes every entry
            need(::crc32(0, reinterpret_cast<const Bytef*>(content.data()),
                         static_cast<uInt>(content.size())) == crc,
                 "an entry's checksum does not match");
        const std::string_view entry = zip.substr(at + 46, nameLength);
        if (e == 0 && entry.find('/') != std::string_view::npos)
            folder = entry.substr(0, entry.find('/'));
        if (!folder.empty() && isVersionRecord(entry, folder)) {
            ++version.count;
            version.text = content;
            version.stored = method == 0;
        }
        at = extraEnd + commentLength;
    }
    verifyVersion(folder, version, name);
}

// The tensor at `key` ("conv1.weight") of the archive, nested archives for the dots.
bool readTensor(torch::serialize::InputArchive& archive, const std::string& key,
                torch::Tensor& tensor)
{
    const std::size_t dot = key.find('.');
    if (dot == std::string::npos)
        return archive.try_read(key, tensor);
    torch::serialize::InputArchive child;
    return archive.try_read(key.substr(0, dot), child) &&
           readTensor(child, key.substr(dot + 1), tensor);
}

Network decodeArchive(std::string_view bytes, const std::string& name)
{
    require(!bytes.empty(), name + " is empty");
    require(bytes.starts_with("PK\x03\x04"),
            name + " is not a ConvLab model: " + foreignKind(bytes));
    verifyArchive(bytes, name);
    torch::serialize::InputArchive archive;
    archive.load_from(bytes.data(), bytes.size());

    c10::IValue format;
    require(archive.try_read(kFormatKey, format) && format.isString() &&
                format.toStringRef() == ModelFile::kFormat,
            name + " is a PyTorch file but not a ConvLab model (it has no " + kFormatKey +
                " entry)");
    c10::IValue version;
    require(archive.try_read(kVersionKey, version) && version.isInt(),
            name + " is a ConvLab model without a version");
    require(version.toInt() <= ModelFile::kVersion,
            name + " is a ConvLab model of version " + std::to_string(version.toInt()) +
                "; this ConvLab reads version " + std::to_string(ModelFile::kVersion));
    c10::IValue fields;
    require(archive.try_read(kArchitectureKey, fields),
            name + " is a ConvLab model without an architecture");
    const Architecture architecture = decodeArchitecture(fields, name);
    try {
        ShapeTable{architecture};
    } catch (const Error& e) {
        throw Error(name + " holds an impossible network: " + e.what());
    }

    Network network(architecture);
    const torch::NoGradGuard noGrad;
    for (auto& parameter : network.module().named_parameters()) {
        torch::Tensor stored;
        require(readTensor(archive, parameter.key(), stored),
                name + " has no weights " + parameter.key());
        require(stored.scalar_type() == torch::kFloat32,
                name + " has weights " + parameter.key() + " of type " +
                    std::string(c10::toString(stored.scalar_type())) + "; expected float32");
        require(stored.sizes() == parameter.value().sizes(),
                name + " has weights " + parameter.key() + " of shape " +
                    shapeText(stored.sizes()) + "; its architecture needs " +
                    shapeText(parameter.value().sizes()));
        require(torch::isfinite(stored).all().item<bool>(),
                name + " has NaN or infinite weights in " + parameter.key());
        parameter.value().copy_(stored);
    }
    return network;
}

} // namespace

std::string ModelFile::encode(const Network& network)
{
    torch::serialize::OutputArchive archive;
    archive.write(kFormatKey, c10::IValue(std::string(kFormat)));
    archive.write(kVersionKey, c10::IValue(static_cast<std::int64_t>(kVersion)));
    archive.write(kArchitectureKey, c10::IValue(encodeArchitecture(network.architecture())));
    network.module().save(archive);
    std::ostringstream out;
    archive.save_to(out);
    return std::move(out).str();
}

void ModelFile::save(const Network& network, const std::string& path)
{
    writeFileAtomically(path, encode(network));
}

Network ModelFile::decode(std::string_view bytes, const std::string& name)
{
    try {
        return decodeArchive(bytes, name);
    } catch (const Error&) {
        throw;
    } catch (const c10::Error& e) {
        throw Error(name + " is not a ConvLab model, or is truncated or corrupt (" +
                    firstLine(e.what_without_backtrace()) + ")");
    } catch (const std::exception& e) {
        throw Error(name + " is not a ConvLab model, or is truncated or corrupt (" +
                    firstLine(e.what()) + ")");
    }
}

Network ModelFile::load(const std::string& path)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error("cannot open " + path + ": " +
                    (ec ? ec.message() : std::generic_category().message(ENOENT)));
    require(!fs::is_directory(status), path + " is a folder, not a file");
    const std::uintmax_t size = fs::file_size(path, ec);
    require(!ec, "cannot open " + path + ": " + ec.message());
    require(size <= static_cast<std::uintmax_t>(kMaxBytes),
            path + " is " + std::to_string(static_cast<long long>(size / 1'000'000)) +
                " MB; a ConvLab model is at most " + std::to_string(kMaxBytes / 1'000'000) + " MB");
    std::ifstream in(path, std::ios::binary);
    require(static_cast<bool>(in),
            "cannot open " + path + ": " + std::generic_category().message(errno));
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    require(static_cast<std::uintmax_t>(in.gcount()) == size,
            "cannot read " + path + ": it changed size while being read");
    return decode(bytes, path);
}

} // namespace convlab
