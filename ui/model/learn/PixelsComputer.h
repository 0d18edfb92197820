// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Backward.h"
#include "learn/Deconvnet.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace convlab {

class Network;

// What the "Back to pixels" views ask of one digit: the backward pass through conv stage
// `stage` for the loss of `label`, and a unit (or a whole map) projected back to the pixels.
struct PixelsRequest {
    std::shared_ptr<const Network> network;
    cv::Mat digit; // 20×20 CV_32FC1, as the network reads it
    int label = 0;
    int stage = 0;
    UnitSelection unit;
    bool strongestUnit = false; // the unit: the largest activation of the selected map
};

struct PixelsResult {
    LayerGradient gradient;
    DeconvnetProjection projection;
    cv::Mat saliency;   // gradientSaliency of the same selection
    UnitSelection unit; // the selection computed (the strongest unit found, if asked)
    QString error;      // translated; the rest is empty then
};

// The backward pass, the deconvnet and the saliency of one digit, computed off the GUI thread
// (libtorch's autograd takes milliseconds to tens of them): the last request wins, one worker
// at a time, and only the newest result is published.
class PixelsComputer final : public QObject {
    Q_OBJECT
  public:
    explicit PixelsComputer(QObject* parent = nullptr);
    ~PixelsComputer() override; // waits for the worker

    void request(PixelsRequest request);
    // From a request until its result (or a newer one's) is published.
    bool isBusy() const { return m_busy; }
    // On the calling thread: what the worker computes (tests, the command line).
    static PixelsResult compute(const PixelsRequest& request);

  signals:
    void computed(const convlab::PixelsResult& result);

  private:
    void launch(PixelsRequest request);

    QFutureWatcher<PixelsResult> m_watcher;
    std::optional<PixelsRequest> m_pending;
    bool m_busy = false;
};

} // namespace convlab

Q_DECLARE_METATYPE(convlab::PixelsResult)
