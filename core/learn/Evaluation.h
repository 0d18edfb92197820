// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <vector>

namespace convlab {

class DigitDataset;
class Network;

struct WrongPrediction {
    int index = 0; // into the dataset
    int label = 0;
    int predicted = 0;
    float confidence = 0; // the probability of the predicted class
};

// How a network does on some digits (the held-out set): accuracy, confusion matrix, and the
// digits it gets wrong, for the student to browse.
struct Evaluation {
    int count = 0;
    int correct = 0;
    std::vector<std::vector<int>> confusion; // confusion[label][predicted]
    std::vector<WrongPrediction> wrong;      // in the order of the indices

    double accuracy() const { return count > 0 ? static_cast<double>(correct) / count : 0; }

    static Evaluation of(const Network& network, const DigitDataset& data,
                         std::span<const int> indices);
};

} // namespace convlab
