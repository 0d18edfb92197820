// SPDX-License-Identifier: MIT
// Coverage for libFuzzer from GCC-built code (the fuzz-model preset, README: Fuzzing). GCC's
// -fsanitize-coverage=trace-pc calls __sanitizer_cov_trace_pc() at the start of every basic
// block; libFuzzer no longer implements it, but it reads any counters placed in the section
// __libfuzzer_extra_counters as coverage. So each block's address is hashed into one of those
// counters: a new block reached, or a block reached a new number of times, is new coverage.
#include <cstddef>
#include <cstdint>

namespace {

constexpr std::size_t kCounters = std::size_t{1} << 16;

[[gnu::section("__libfuzzer_extra_counters"), gnu::used]] std::uint8_t counters[kCounters];

} // namespace

// Not instrumented itself (it would call itself).
extern "C" [[gnu::no_sanitize_coverage, gnu::no_sanitize_address]] void __sanitizer_cov_trace_pc()
{
    const auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
    std::uint8_t& counter = counters[(pc ^ (pc >> 17)) % kCounters];
    counter = static_cast<std::uint8_t>(counter + 1);
}

// GCC's trace-cmp also reports floating-point comparisons, which libFuzzer has no use for.
extern "C" [[gnu::no_sanitize_coverage]] void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" [[gnu::no_sanitize_coverage]] void __sanitizer_cov_trace_cmpd(double, double) {}
