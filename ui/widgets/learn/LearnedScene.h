// SPDX-License-Identifier: MIT
#pragma once

#include "figures/FigureExporter.h"
#include "learn/BackToPixels.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>
#include <optional>

class QWidget;

namespace convlab {

class DecoderView;
class LearnPage;
class Network;
class TrainingSession;
struct LearnedChoice;
struct Outcome;

// The learned-filters page off screen, for `convlab render --view filters|featuremaps`: a page
// in a hidden host window, its network opened from a model file and its digit put on the pad,
// so the slides show what the window shows (OffscreenScene does the same for a lesson's views).
// Its tabs beside it too, as slides of kSlideSize: "Back to pixels" (render --view
// gradient|deconvnet) and the decoders (render and animate --view decoder).
class LearnedScene final {
  public:
    static constexpr QSize kSlideSize{960, 540}; // 16:9

    // "Back to pixels" for `network` and `digit` (the loss of the network's answer), with a
    // lesson step's choices when given (LearnTabs::choose), one `section`, computed now and
    // shown off screen at kSlideSize.
    static std::unique_ptr<BackToPixels> backToPixels(std::shared_ptr<const Network> network,
                                                      const cv::Mat& digit,
                                                      BackToPixels::Section section,
                                                      const LearnedChoice* step = nullptr);
    // The decoders' tab after a run of both with the window's settings (seeded, one thread: the
    // same run every time), off screen at kSlideSize; `epochDone` after every epoch of both
    // (the first before training), the view showing it. nullptr with `error` if the run fails.
    static std::unique_ptr<DecoderView>
    decoder(QString* error, const std::function<void(DecoderView*)>& epochDone = {});

    enum class View { Filters, FeatureMaps };

    static QStringList viewNames(); // as the command line spells them
    static std::optional<View> viewFromName(const QString& name);
    static QString viewName(View view);

    LearnedScene();
    ~LearnedScene();
    LearnedScene(const LearnedScene&) = delete;
    LearnedScene& operator=(const LearnedScene&) = delete;

    // TrainingSession::openModel: a refusal names the file and the problem.
    Outcome openModel(const QString& path);
    // A digit as `convlab predict` prepares it (prepareDigit), read by the page's network.
    void showDigit(const cv::Mat& digit);

    LearnPage* page() const { return m_page; }
    QWidget* widget(View view) const;
    // The page's panel at a slide's width, as tall as its contents.
    QSize naturalSize(View view) const;
    // The panel drawn at the logical `size`; use it while the scene stands.
    Drawing drawing(View view, QSize size);

  private:
    std::unique_ptr<QWidget> m_host;
    TrainingSession* m_session;
    LearnPage* m_page;
};

} // namespace convlab
