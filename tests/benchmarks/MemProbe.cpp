// SPDX-License-Identifier: MIT
// convlab_memprobe: peak memory of one 4096×4096 image × 64×64 patch computation, measured in
// a process of its own so that nothing else's allocations count.
//   convlab_memprobe conv|ncc
// prints "peak_MB=<process peak RSS> baseline_MB=<peak RSS before the data> seconds=<time>".
#include "BenchCases.h"
#include "Implementations.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <opencv2/core/utility.hpp>
#include <sys/resource.h>

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

int usage()
{
    std::fprintf(stderr, "usage: convlab_memprobe conv|ncc\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace convlab::bench;
    if (argc != 2)
        return usage();
    const bool conv = std::strcmp(argv[1], "conv") == 0;
    const bool ncc = std::strcmp(argv[1], "ncc") == 0;
    if (!conv && !ncc)
        return usage();

    cv::setNumThreads(cv::getNumThreads()); // start the worker pool before the baseline
    const double baseline = peakMegabytes();
    const BenchCase benchCase{"probe4096_k64",
                              conv ? Operation::Correlate : Operation::MatchCCoeffNormed,
                              {4096, 4096},
                              {64, 64}};
    try {
        const BenchInputs inputs = makeInputs(benchCase, false);
        const auto start = std::chrono::steady_clock::now();
        const cv::Mat result = runCore(benchCase, inputs.image, inputs.kernel);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("peak_MB=%.1f baseline_MB=%.1f seconds=%.3f result=%dx%d\n", peakMegabytes(),
                    baseline, seconds, result.rows, result.cols);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "convlab_memprobe: %s\n", e.what());
        return 1;
    }
    return 0;
}
