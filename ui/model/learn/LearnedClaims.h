// SPDX-License-Identifier: MIT
#pragma once

#include "learn/DigitDataset.h"
#include "learn/PixelsComputer.h"
#include "learn/UpsamplingDecoder.h"
#include "lessons/Expectation.h"
#include "lessons/LessonStep.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace convlab {

class Network;

// What the learned page (View ▸ Learned Filters) shows, computed headless with the page's own
// code for the lessons' learned claims (Expectation::isLearned): the network before Train
// (TrainingSession's seed weights) and after a run with the page's settings untouched
// (TrainingSession::start, to the end: seed 1, one thread, the same weights every time), the
// Back to pixels tab's computation (PixelsComputer::compute, the tab's worker) on the
// held-out digit a step puts on the pad, and the Decoder tab's run (DecoderSession with its
// defaults, as the tab starts it). Training takes seconds: compute once, evaluate every claim.
struct LearnedFacts {
    std::shared_ptr<const DigitDataset> data; // the compiled-in sheet and the page's split
    DatasetSplit split;
    std::shared_ptr<const Network> untrained;
    std::shared_ptr<const Network> trained; // empty unless computed with `train`
    // The Decoder tab after Start (empty unless computed with `decode`): the digits' own
    // checkerboard energy (its dashed line) and every epoch of both decoders, 0 (before any
    // training) to the last.
    double digitsEnergy = 0;
    std::vector<DecoderEpoch> transposed, resizeConv;

    // Needs a QCoreApplication: the sessions publish through queued signals. nullopt with
    // `error` if the sheet cannot be read or a run fails.
    static std::optional<LearnedFacts> compute(bool train, bool decode, QString* error);

    // nullptr if not computed.
    std::shared_ptr<const Network> network(Expectation::LearnedNetwork which) const;
    // What the Back to pixels tab asks for a step's choices: the held-out digit the step puts
    // on the pad, prepared as LearnPage prepares the pad's image, and the network's answer as
    // the loss's label (LearnTabs::feed, LearnTabs::choose).
    PixelsRequest request(const LearnedChoice& choice,
                          std::shared_ptr<const Network> network) const;
};

namespace LearnedClaims {

// Empty when the learned `claim` of `step` holds on every network it names (and on the
// Decoder tab's run); else what was found, naming the network, e.g. "on the trained network,
// 3 pixels outside the unit's field (rows 0–13, columns 2–15) are not 0, up to 0.02".
QString failure(const Expectation& claim, const LessonStep& step, const LearnedFacts& facts);

} // namespace LearnedClaims

} // namespace convlab
