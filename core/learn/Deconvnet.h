// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Backward.h"

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convlab {

class Network;

// Zeiler & Fergus's deconvnet ("Visualizing and understanding convolutional networks", 2014):
// keep one activation (a feature map or a unit), zero every other, and send it back down the
// network to the pixels, layer by layer, each undone by its "inverse":
//   max-pool → max-unpooling to the cells its switches recorded in the forward pass,
//   ReLU     → ReLU of the signal,
//   conv     → transposed convolution with the layer's own filters (Wᵀ, no bias).
// ConvLab's own operations throughout (ops/ConvGradient.h), no autograd.
struct DeconvnetLayer {
    std::string name; // the layer undone: "pool1", "relu1", "conv1"…
    cv::Mat signal;   // the signal after undoing it, in that layer's input space
};

struct DeconvnetProjection {
    cv::Mat activation; // the selected layer's map, the selected channel, CV_32FC1
    cv::Mat kept;       // what is sent back: that map, or the unit alone (zeros elsewhere)
    std::vector<DeconvnetLayer> steps; // from the selected layer down to the first
    cv::Mat pixels;                    // steps.back().signal: the input's size, CV_32FC1
};

// Throws Error naming the problem for an unknown or linear layer, a channel or unit outside
// the map, or a digit the network cannot read.
DeconvnetProjection deconvnetProjection(const Network& network, const cv::Mat& digit,
                                        const UnitSelection& selection);

} // namespace convlab
