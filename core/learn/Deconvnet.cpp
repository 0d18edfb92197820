// SPDX-License-Identifier: MIT
#include "learn/Deconvnet.h"

#include "learn/Network.h"
#include "ops/ConvGradient.h"

namespace convlab {

DeconvnetProjection deconvnetProjection(const Network& network, const cv::Mat& digit,
                                        const UnitSelection& selection)
{
    const std::vector<LayerShape>& layers = network.shapes().layers();
    const int selected = selectedLayer(network.shapes(), selection);
    const std::vector<cv::Mat> maps = network.activations(digit); // checks the digit
    const cv::Mat& map = maps[std::size_t(selected)];

    DeconvnetProjection projection;
    cv::extractChannel(map, projection.activation, selection.channel);
    if (selection.unit) {
        projection.kept = cv::Mat::zeros(map.size(), CV_32F);
        projection.kept.at<float>(*selection.unit) =
            projection.activation.at<float>(*selection.unit);
    } else {
        projection.kept = projection.activation.clone();
    }
    cv::Mat signal = cv::Mat::zeros(map.size(), map.type());
    cv::insertChannel(projection.kept, signal, selection.channel);

    for (int l = selected; l >= 0; --l) {
        const LayerShape& layer = layers[std::size_t(l)];
        // What the layer read in the forward pass: the previous layer's map, or the digit.
        const cv::Mat& below = l == 0 ? digit : maps[std::size_t(l - 1)];
        const ConvStage& stage = network.architecture().stages[std::size_t(layer.stage)];
        switch (layer.kind) {
        case LayerKind::MaxPool: {
            PoolParams pool;
            pool.size = pool.stride = {stage.pool, stage.pool};
            signal = maxUnpool(signal, maxPoolWithSwitches(below, pool).switches, below.size());
            break;
        }
        case LayerKind::Relu:
            cv::max(signal, 0.0, signal);
            break;
        case LayerKind::Conv: {
            ConvParams conv;
            conv.stride = {stage.stride, stage.stride};
            conv.padding = Padding::uniform(stage.padding);
            signal = convInputGradient(signal, network.filters(layer.stage),
                                       {below.rows, below.cols}, conv);
            break;
        }
        case LayerKind::Linear:
            break; // selectedLayer refuses it, and nothing lies below a conv but conv stages
        }
        projection.steps.push_back({layer.name, signal});
    }
    projection.pixels = signal;
    return projection;
}

} // namespace convlab
