// SPDX-License-Identifier: MIT
// convlab_bench: every case of issue 2 §5 for Core (the public API, which goes through the
// correlation engine), OpenCV (its fastest way) and Direct (textbook loops), then a summary
// table, the peak memory of a 4096×4096 image with a 64×64 patch (convlab_memprobe) and the
// targets of issue 6.
#include "BenchCases.h"
#include "Implementations.h"
#include "SummaryReporter.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <map>
#include <memory>
#include <string>

namespace convlab::bench {
namespace {

// Inputs and OpenCV's answer, made once per case and shared by its benchmarks.
struct PreparedCase {
    BenchInputs inputs;
    cv::Mat reference;
};

const PreparedCase& prepared(const BenchCase& benchCase)
{
    static std::map<std::string, std::unique_ptr<PreparedCase>> cache;
    auto& slot = cache[benchCase.name];
    if (!slot) {
        slot = std::make_unique<PreparedCase>();
        slot->inputs = makeInputs(benchCase);
        slot->reference = openCvCandidates(benchCase).front().run(benchCase, slot->inputs.image,
                                                                  slot->inputs.kernel);
    }
    return *slot;
}

// Largest difference from OpenCV's result, relative to OpenCV's largest magnitude; NaN
// cells (undefined normalised scores) must be NaN in both.
double differenceFromOpenCv(const cv::Mat& result, const cv::Mat& reference)
{
    if (result.size() != reference.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0, scale = 0;
    for (int i = 0; i < result.rows; ++i)
        for (int j = 0; j < result.cols; ++j) {
            const double a = result.at<float>(i, j), b = reference.at<float>(i, j);
            if (std::isnan(a) || std::isnan(b)) {
                if (std::isnan(a) != std::isnan(b))
                    return std::numeric_limits<double>::infinity();
                continue;
            }
            worst = std::max(worst, std::abs(a - b));
            scale = std::max(scale, std::abs(b));
        }
    return worst / std::max(scale, 1e-30);
}

void timeRunner(benchmark::State& state, const BenchCase& benchCase, Runner run,
                bool checkAgainstOpenCv)
{
    const PreparedCase& data = prepared(benchCase);
    cv::Mat kernel = data.inputs.kernel.clone();
    try {
        cv::Mat result;
        for (auto _ : state) {
            if (benchCase.kernelChangesEveryCall)
                touchKernel(kernel);
            result = run(benchCase, data.inputs.image, kernel);
            benchmark::DoNotOptimize(result.data);
        }
        if (checkAgainstOpenCv && !benchCase.kernelChangesEveryCall)
            state.counters["rel_diff_vs_opencv"] = differenceFromOpenCv(result, data.reference);
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
    }
}

// OpenCV's fastest way for this case, picked by timing each once beforehand.
Runner fastestOpenCv(const BenchCase& benchCase, std::string& name)
{
    const PreparedCase& data = prepared(benchCase);
    double best = std::numeric_limits<double>::infinity();
    Runner fastest = nullptr;
    for (const OpenCvCandidate& candidate : openCvCandidates(benchCase)) {
        double seconds = std::numeric_limits<double>::infinity();
        for (int repeat = 0; repeat < 3; ++repeat) {
            const auto start = std::chrono::steady_clock::now();
            candidate.run(benchCase, data.inputs.image, data.inputs.kernel);
            seconds = std::min(
                seconds,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        if (seconds < best) {
            best = seconds;
            fastest = candidate.run;
            name = candidate.name;
        }
    }
    return fastest;
}

double minimum(const std::vector<double>& values)
{
    return *std::min_element(values.begin(), values.end());
}

// Outputs × taps above which the textbook loops take seconds: one run is enough to show it.
bool directIsSlow(const BenchCase& c)
{
    return double(c.image.area()) * c.kernel.area() > 1e9;
}

void registerCase(const BenchCase& benchCase)
{
    const auto add = [&](const std::string& impl, auto function) {
        auto* b = benchmark::RegisterBenchmark((impl + "/" + benchCase.name).c_str(), function);
        b->UseRealTime()->Unit(benchmark::kMillisecond)->ComputeStatistics("min", minimum);
        return b;
    };
    add("Core",
        [benchCase](benchmark::State& state) { timeRunner(state, benchCase, runCore, true); });
    add("OpenCV", [benchCase](benchmark::State& state) {
        static std::map<std::string, std::pair<Runner, std::string>> chosen;
        auto& choice = chosen[benchCase.name];
        if (!choice.first)
            choice.first = fastestOpenCv(benchCase, choice.second);
        state.SetLabel(choice.second);
        timeRunner(state, benchCase, choice.first, false);
    });
    auto* direct = add("Direct", [benchCase](benchmark::State& state) {
        timeRunner(state, benchCase, runDirect, true);
    });
    if (directIsSlow(benchCase))
        direct->Iterations(1)->Repetitions(1);
}

// Runs convlab_memprobe in a process of its own and reports its peak RSS as counters.
void registerMemoryProbe(const std::string& operation)
{
    const std::string name = "Core/" + operation + "4096_k64_memory";
    const std::string command = std::string(CONVLAB_MEMPROBE) + " " + operation;
    benchmark::RegisterBenchmark(
        name.c_str(),
        [command](benchmark::State& state) {
            double peak = -1, baseline = -1, seconds = -1;
            for (auto _ : state) {
                FILE* pipe = popen(command.c_str(), "r");
                if (!pipe || std::fscanf(pipe, "peak_MB=%lf baseline_MB=%lf seconds=%lf", &peak,
                                         &baseline, &seconds) != 3) {
                    if (pipe)
                        pclose(pipe);
                    state.SkipWithError(("no answer from " + command).c_str());
                    return;
                }
                if (pclose(pipe) != 0) {
                    state.SkipWithError((command + " failed").c_str());
                    return;
                }
            }
            state.counters["peak_MB"] = peak;
            state.counters["baseline_MB"] = baseline;
            state.counters["compute_s"] = seconds;
        })
        ->Iterations(1)
        ->Repetitions(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
}

} // namespace
} // namespace convlab::bench

int main(int argc, char** argv)
{
    using namespace convlab::bench;
    std::vector<std::string> order;
    for (const BenchCase& benchCase : benchCases()) {
        registerCase(benchCase);
        order.push_back(benchCase.name);
    }
    for (const char* operation : {"conv", "ncc"})
        registerMemoryProbe(operation);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    SummaryReporter reporter(order);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
