// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Network.h"

#include <string>
#include <string_view>

namespace convlab {

// A trained network in one file: its architecture and its weights, in libtorch's archive
// format (torch::serialize::OutputArchive, a TorchScript zip), so that Python reads it too:
//   m = torch.jit.load("model.pt"); m.conv1.weight; m.architecture
// Entries: convlab_format ("convlab-digit-classifier"), convlab_version (1), architecture
// (input size, classes, then filters, kernel, stride, padding, pool for each stage), and the
// parameters as PyTorch names them (conv1.weight, …, linear.bias).
class ModelFile final {
  public:
    static constexpr const char* kFormat = "convlab-digit-classifier";
    static constexpr int kVersion = 1;
    // Larger files are refused before libtorch reads them; the largest network the limits
    // allow is under 2 MB.
    static constexpr long long kMaxBytes = 64'000'000;

    // Atomically (core's writeFileAtomically): the old file, or the whole new one.
    static void save(const Network& network, const std::string& path);
    // Throws Error naming the file and the problem (missing, empty, not a PyTorch archive,
    // truncated or corrupt, another network, weights of the wrong shape or not finite).
    static Network load(const std::string& path);

    static std::string encode(const Network& network);
    // `name` (a path, or where the bytes came from) begins every message.
    static Network decode(std::string_view bytes, const std::string& name);
};

} // namespace convlab
