// SPDX-License-Identifier: MIT
#pragma once

#include "figures/FigureExporter.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>
#include <optional>

class QWidget;

namespace convlab {

class LearnPage;
class TrainingSession;
struct Outcome;

// The learned-filters page off screen, for `convlab render --view filters|featuremaps`: a page
// in a hidden host window, its network opened from a model file and its digit put on the pad,
// so the slides show what the window shows (OffscreenScene does the same for a lesson's views).
class LearnedScene final {
  public:
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
