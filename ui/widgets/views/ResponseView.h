// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "document/Parameters.h"
#include "lessons/Concealment.h"

#include <QWidget>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace convlab {

class ColorBar;
class HeatmapView;
class Retranslation;

// The response map: heatmap and colour bar, colormap and range, the best peak with its
// (row, col) as numpy reports it and where that is in the image, top-k peaks with a minimum
// distance and a threshold, and on demand raw and normalised correlation side by side.
class ResponseView final : public QWidget {
    Q_OBJECT
  public:
    // Which map a hovered cell belongs to: the response, or one of the side-by-side maps
    // (those are before pooling).
    enum class MapKind { Response, Raw, Normalised };
    Q_ENUM(MapKind)

    explicit ResponseView(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const ResponseResult> result);
    void setViewSettings(const ViewSettings& view);
    void setPeakQuery(const PeakQuery& query);
    // What a lesson's unanswered exercise holds back: peaks, the size, a cell's value.
    void setConcealment(const Concealment& hidden);
    std::shared_ptr<const ResponseResult> result() const { return m_result; }

    HeatmapView* heatmap() const { return m_main; }
    HeatmapView* rawHeatmap() const { return m_raw; }
    HeatmapView* normalisedHeatmap() const { return m_normalised; }
    ColorBar* colorBar() const { return m_mainBar; }
    // The sentence under the map: the best peak, or why there is no map.
    QString peakText() const;
    // The colored image of the response as shown (for the overlay on the input).
    QImage coloredResponse() const;

    void setHighlightedCells(const QVector<QPoint>& cells);
    // The colormap, range and peak controls (presentation mode hides them).
    QWidget* controls() const { return m_controls; }

    // Raw | normalised share the space the way that shows both maps larger: side by side, or
    // one above the other when the maps are wide for the space (a dock at half a screen).
    static Qt::Orientation sideBySideOrientation(QSize area, QSize map, int barWidth,
                                                 int titleHeight);

  public slots:
    void zoomToFit();
    void zoomActualPixels();
    void zoomIn();
    void zoomOut();

  signals:
    void viewSettingsEdited(const convlab::ViewSettings& view);
    void peakQueryEdited(const convlab::PeakQuery& query);
    // (-1, -1) when the mouse leaves the map.
    void cellHovered(int row, int col, convlab::ResponseView::MapKind kind);

  protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* buildControls();
    void refresh();
    void refreshSideBySide();
    void refreshPeakText();
    void readViewControls();
    void readPeakControls();
    void syncThresholdSlider();
    void arrangeSideBySide();
    ValueRange responseRange() const; // of the current result's response
    QWidget* mapPane(HeatmapView* view, ColorBar* bar, QLabel* title);

    Retranslation* m_texts;
    std::shared_ptr<const ResponseResult> m_result;
    ViewSettings m_view;
    PeakQuery m_query;
    bool m_updating = false;
    Concealment m_hidden;

    QWidget* m_controls = nullptr;
    QComboBox* m_colormap = nullptr;
    QCheckBox* m_autoRange = nullptr;
    QDoubleSpinBox* m_low = nullptr;
    QDoubleSpinBox* m_high = nullptr;
    QToolButton* m_overlay = nullptr;
    QToolButton* m_sideBySide = nullptr;
    QSpinBox* m_topK = nullptr;
    QSpinBox* m_minDistance = nullptr;
    QCheckBox* m_useThreshold = nullptr;
    QSlider* m_threshold = nullptr;
    QLabel* m_thresholdValue = nullptr;
    QLabel* m_peakText = nullptr;

    QWidget* m_mainPane = nullptr;
    QWidget* m_sidePanes = nullptr;
    QBoxLayout* m_sides = nullptr;
    HeatmapView* m_main = nullptr;
    ColorBar* m_mainBar = nullptr;
    QLabel* m_mainTitle = nullptr;
    HeatmapView* m_raw = nullptr;
    ColorBar* m_rawBar = nullptr;
    QLabel* m_rawTitle = nullptr;
    HeatmapView* m_normalised = nullptr;
    ColorBar* m_normalisedBar = nullptr;
    QLabel* m_normalisedTitle = nullptr;
    double m_sliderLow = 0, m_sliderHigh = 1; // the threshold slider's value range
};

} // namespace convlab
