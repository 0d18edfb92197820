// SPDX-License-Identifier: MIT
#pragma once

#include "learn/ShapeTable.h"
#include "ops/Conv2d.h"

#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace convlab {

class Network;

// Back to pixels with libtorch's autograd, beside ConvLab's own operations (ops/ConvGradient.h):
// the backward pass through a convolution is a transposed convolution. Maps are H×W
// CV_32FC(channels), channels interleaved, as Network::activations gives them.

// One conv stage of the network, for one digit, with the loss −log softmax(scores)[label]
// (cross-entropy, no label smoothing).
struct LayerGradient {
    int stage = 0;
    int label = 0;
    double loss = 0;
    ConvParams layer; // the stage's stride and zero padding (dilation 1, as the network's)
    cv::Mat input;    // x: the digit (stage 0) or the previous stage's output, CV_32FC(Cin)
    cv::Mat output;   // y = conv(x) + b, before the ReLU, CV_32FC(Cout)
    cv::Mat delta;    // δ = ∂L/∂y, by autograd, CV_32FC(Cout)

    cv::Mat inputGradient;         // ∂L/∂x by autograd, CV_32FC(Cin)
    cv::Mat transposedDelta;       // ConvLab's Σ_o transposedConv2d(δ_o, W_o): Wᵀδ
    double inputDifference = 0;    // largest |inputGradient − transposedDelta|
    double inputGradientScale = 0; // largest |inputGradient|, to read the difference against

    std::vector<cv::Mat> weightGradient; // ∂L/∂W by autograd, one k×k CV_32FC(Cin) per filter
    std::vector<cv::Mat> inputCorrelation; // ConvLab's x ⋆ δ_o, the same layout
    double weightDifference = 0;           // largest difference over every filter
    std::vector<double> filterDifference;  // the largest difference of each filter
    double weightGradientScale = 0;
    std::vector<float> biasGradient; // by autograd: Σ δ_o
};

// Throws Error for a digit the network cannot read, a stage it does not have, or a label that
// is not one of its classes.
LayerGradient layerGradient(const Network& network, const cv::Mat& digit, int label, int stage);

// The lecture's 1D case with numbers: y = w ⋆ x (PyTorch's conv1d: stride, zero padding each
// side, dilation), the loss L = ½ Σ (y − t)², so δ = ∂L/∂y = y − t, and autograd's ∂L/∂x
// beside Wᵀδ. W, y, δ, L and Wᵀδ are ConvLab's, the Matrix page's numbers (convMatrix and
// squaredErrorBackward of ops/ConvMatrix.h); autograd runs libtorch's conv1d on its own.
struct Backward1d {
    cv::Mat W;                  // outputs × inputs, CV_32F (convMatrix)
    std::vector<float> y;       // W x
    std::vector<float> delta;   // y − t
    double loss = 0;            // ½ Σ (y − t)²
    std::vector<float> wTdelta; // Wᵀδ

    std::vector<float> gradient;  // ∂L/∂x by autograd
    std::vector<float> autogradY; // libtorch's conv1d(x, w)
    double autogradLoss = 0;      // the loss as libtorch computes it
    double difference = 0;        // largest |gradient − wTdelta|
};
// `target` has as many values as y (empty: zeros, so δ = y). Throws Error naming the problem.
Backward1d backward1d(const std::vector<float>& x, const std::vector<float>& kernel, int stride,
                      int padding, int dilation, const std::vector<float>& target = {});

// What to project back to the pixels: a layer of the shape table (a conv, relu or pool layer:
// "conv1", "relu2", "pool1", …), one of its feature maps, and optionally one unit of it.
struct UnitSelection {
    std::string layer = "relu2";
    int channel = 0;
    std::optional<cv::Point> unit; // (x = column, y = row) in that map; the whole map if none
};

// The selection's row in the shape table; throws Error naming the problem for an unknown or
// linear layer, or a channel or unit outside its map.
int selectedLayer(const ShapeTable& shapes, const UnitSelection& selection);

// Plain gradient saliency (Simonyan et al. 2014) of the selection: autograd's gradient of the
// selected activations with respect to the digit, seeded with their own values (so it answers
// "which pixels raise these activations", and matches Springenberg et al.'s "backpropagation",
// which the deconvnet differs from only at the ReLUs). 20×20 CV_32FC1 for the lecture's net.
cv::Mat gradientSaliency(const Network& network, const cv::Mat& digit,
                         const UnitSelection& selection);

} // namespace convlab
