// SPDX-License-Identifier: MIT
#include "learn/Evaluation.h"

#include "learn/DigitDataset.h"
#include "learn/Network.h"

namespace convlab {

Evaluation Evaluation::of(const Network& network, const DigitDataset& data,
                          std::span<const int> indices)
{
    const int classes = network.architecture().classes;
    Evaluation e;
    e.confusion.assign(static_cast<std::size_t>(classes),
                       std::vector<int>(static_cast<std::size_t>(classes), 0));
    const std::vector<Prediction> predictions = network.predict(data, indices);
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        const int label = data.label(indices[i]);
        const Prediction& p = predictions[i];
        ++e.count;
        if (label < classes)
            ++e.confusion[static_cast<std::size_t>(label)][static_cast<std::size_t>(p.digit)];
        if (p.digit == label)
            ++e.correct;
        else
            e.wrong.push_back(
                {indices[i], label, p.digit, p.probabilities[static_cast<std::size_t>(p.digit)]});
    }
    return e;
}

} // namespace convlab
