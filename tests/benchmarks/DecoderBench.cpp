// SPDX-License-Identifier: MIT
// convlab_decoder_bench (issue 15 §4): the two decoders of learn/UpsamplingDecoder.h trained to
// the figure with its default options (8 epochs of 1,000 digits), one after the other, one
// thread each: per epoch the held-out error and the outputs' checkerboard energy, then the
// wall time of each run. Exits 1 if the two runs together take a minute or more.
#include "learn/DigitDataset.h"
#include "learn/UpsamplingDecoder.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

using namespace convlab;

namespace {

struct Run {
    std::vector<DecoderEpoch> epochs; // 0 (untrained) to the last
    double seconds = 0;
    double targetEnergy = 0;
    double bilinearLoss = 0;
    long long parameters = 0;
};

Run train(const DigitDataset& data, const DatasetSplit& split, DecoderKind kind)
{
    const auto start = std::chrono::steady_clock::now();
    DecoderOptions options;
    options.kind = kind;
    UpsamplingDecoder decoder(data, split, options);
    Run run;
    run.epochs.push_back(decoder.measure());
    while (!decoder.finished())
        run.epochs.push_back(decoder.trainEpoch());
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.targetEnergy = decoder.targetEnergy();
    run.bilinearLoss = decoder.bilinearLoss();
    run.parameters = decoder.parameters();
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const std::string sheet =
            argc > 1 ? argv[1] : CONVLAB_SOURCE_DIR "/resources/data/digits.png";
        const DigitDataset data = DigitDataset::load(sheet);
        const DatasetSplit split = data.split();
        const Run transposed = train(data, split, DecoderKind::Transposed);
        const Run resized = train(data, split, DecoderKind::ResizeConv);

        std::printf("×2 upsampling of 10×10 digits, %lld / %lld parameters; checkerboard energy "
                    "of the digits themselves %.3g, bilinear error %.4f\n",
                    transposed.parameters, resized.parameters, transposed.targetEnergy,
                    transposed.bilinearLoss);
        std::printf("%5s  %-24s  %-24s\n", "", "transposed conv", "resize-conv");
        std::printf("%5s  %10s %13s  %10s %13s\n", "epoch", "error", "checkerboard", "error",
                    "checkerboard");
        for (std::size_t e = 0; e < transposed.epochs.size(); ++e) {
            const DecoderEpoch& t = transposed.epochs[e];
            const DecoderEpoch& r = resized.epochs[e];
            std::printf("%5d  %10.4f %13.3g  %10.4f %13.3g\n", t.epoch, t.heldOutLoss,
                        t.checkerboardEnergy, r.heldOutLoss, r.checkerboardEnergy);
        }
        const double total = transposed.seconds + resized.seconds;
        std::printf("time: transposed %.1f s, resize-conv %.1f s, both %.1f s (limit 60 s)\n",
                    transposed.seconds, resized.seconds, total);
        return total < 60 ? EXIT_SUCCESS : EXIT_FAILURE;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "convlab_decoder_bench: %s\n", e.what());
        return EXIT_FAILURE;
    }
}
