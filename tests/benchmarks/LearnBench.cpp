// SPDX-License-Identifier: MIT
// convlab_learn_bench: one epoch of the lecture's network on the 4,000 training digits, as
// ConvLab trains it (core/learn, libtorch), with 1 and 2 threads; then the time a default
// training run takes to reach 97 % held out. torch_epoch.py times the same network in Python
// PyTorch (same threads, batch, optimiser, loss). See README, "Learned filters".
#include "learn/DigitDataset.h"
#include "learn/Network.h"
#include "learn/Trainer.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace convlab::bench {
namespace {

const DigitDataset& digits()
{
    static const DigitDataset data =
        DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    return data;
}

void trainOneEpoch(benchmark::State& state)
{
    const DatasetSplit split = digits().split();
    TrainingOptions options;
    options.epochs = 1;
    options.threads = static_cast<int>(state.range(0));
    options.batchSize = static_cast<int>(state.range(1));
    for (auto _ : state) {
        state.PauseTiming();
        Network network(Architecture::lecture(), 1);
        // The held-out evaluation at the end of the epoch is left out: only the training.
        DatasetSplit trainOnly{split.train, {}};
        Trainer trainer(network, digits(), trainOnly, options);
        state.ResumeTiming();
        benchmark::DoNotOptimize(trainer.run());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<long long>(split.train.size()));
}
BENCHMARK(trainOneEpoch)
    ->ArgNames({"threads", "batch"})
    ->Args({1, 32})
    ->Args({2, 32})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

// The default options, with the held-out accuracy measured after every epoch: the time from
// the start until an epoch ends at 97 % or more.
void timeTo97Percent(int threads)
{
    const DatasetSplit split = digits().split();
    Network network(Architecture::lecture(), 1);
    TrainingOptions options;
    options.threads = threads;
    Trainer trainer(network, digits(), split, options);
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t startCpu = std::clock();
    double reachedAt = -1;
    double final = 0;
    trainer.run([&](const TrainingProgress& p) {
        if (!p.epochEnd)
            return;
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        final = *p.heldOutAccuracy;
        // This process's CPU time too: on a shared machine it is the steadier number.
        const double cpu = static_cast<double>(std::clock() - startCpu) / CLOCKS_PER_SEC;
        std::printf("  %d thread(s), epoch %d: %.1f %% held out at %.1f s wall, %.1f s CPU\n",
                    threads, p.epoch, 100 * final, seconds, cpu);
        if (reachedAt < 0 && final >= 0.97)
            reachedAt = seconds;
    });
    if (reachedAt < 0)
        std::printf("time to 97 %%, %d thread(s): not reached (%.1f %%)\n", threads, 100 * final);
    else
        std::printf("time to 97 %%, %d thread(s): %.1f s\n", threads, reachedAt);
}

} // namespace
} // namespace convlab::bench

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (const int threads : {1, 2})
        convlab::bench::timeTo97Percent(threads);
    return 0;
}
