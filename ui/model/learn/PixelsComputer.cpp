// SPDX-License-Identifier: MIT
#include "learn/PixelsComputer.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "learn/Network.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convlab {

PixelsComputer::PixelsComputer(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<PixelsResult>();
    connect(&m_watcher, &QFutureWatcher<PixelsResult>::finished, this, [this] {
        if (m_pending) { // a newer request came meanwhile: this result is stale
            PixelsRequest next = std::move(*m_pending);
            m_pending.reset();
            launch(std::move(next));
            return;
        }
        m_busy = false;
        emit computed(m_watcher.result());
    });
}

PixelsComputer::~PixelsComputer()
{
    m_watcher.waitForFinished();
}

void PixelsComputer::request(PixelsRequest request)
{
    if (m_busy)
        m_pending = std::move(request);
    else
        launch(std::move(request));
}

void PixelsComputer::launch(PixelsRequest request)
{
    // A copy of its own: the GUI thread predicts with the published network meanwhile.
    if (request.network)
        request.network = std::make_shared<const Network>(request.network->clone());
    request.digit = request.digit.clone();
    m_busy = true;
    m_watcher.setFuture(
        QtConcurrent::run([request = std::move(request)] { return compute(request); }));
}

PixelsResult PixelsComputer::compute(const PixelsRequest& request)
{
    PixelsResult result;
    result.unit = request.unit;
    if (!request.network || request.digit.empty())
        return result;
    try {
        const Network& network = *request.network;
        if (request.strongestUnit) {
            const int row = selectedLayer(network.shapes(), request.unit);
            cv::Mat map;
            cv::extractChannel(network.activations(request.digit)[static_cast<std::size_t>(row)],
                               map, request.unit.channel);
            cv::Point strongest;
            cv::minMaxLoc(map, nullptr, nullptr, nullptr, &strongest);
            result.unit.unit = strongest;
        }
        result.gradient = layerGradient(network, request.digit, request.label, request.stage);
        result.projection = deconvnetProjection(network, request.digit, result.unit);
        result.saliency = gradientSaliency(network, request.digit, result.unit);
    } catch (const Error& e) {
        result = {};
        result.unit = request.unit;
        result.error = CoreMessages::translate(e.what());
    }
    return result;
}

} // namespace convlab
