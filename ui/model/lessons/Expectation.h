// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"
#include "lessons/LessonMap.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <opencv2/core.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace convlab {

struct StepFacts;

// One machine-checkable claim a lesson step makes about what it shows ("the best peak is at
// the 2", "raw and normalised maps have different best peaks", "the output is 3×3"), written
// in the step's "expect" list (resources/lessons/FORMAT.md, "Expectations") and evaluated on
// the step's StepFacts, headless. Reading refuses a malformed one naming its key.
class Expectation final {
    Q_DECLARE_TR_FUNCTIONS(Expectation)
  public:
    enum class Claim {
        PeakAt,          // cell: the best peak of `map` is at (row, col)
        PeakIn,          // rect: the best peak of `map` lies in [top, left, height, width]
        PeaksAgree,      // maps: both maps' best peaks are at the same cell
        PeaksDiffer,     // maps: … at different cells
        Score,           // min / max: the best peak's score of `map`
        PeakCount,       // min / max: peaks marked on the response (top_k, distance, threshold)
        OutputSize,      // size: the response's (after pooling)
        Value,           // cell + equals (tolerance) or min / max: `map` at the cell
        UndefinedCells,  // min / max: 0/0 cells of the response
        PageOutputSize,  // size: the output of the step-through page's case
        TransposedForms, // zero insertion, scatter and Wᵀy of the Transposed page agree
        Matrix,          // orthonormal, reconstructs, w_shape, input_gradient: the Matrix page's W
        PeakMoved,       // from_step, by: the best peak moved by (rows, cols) since that step
        ScoreVsStep,     // step, relation: best score equal / lower / higher than that step's
        Checkerboard,    // even, resize_even, interior: the Checkerboard page's overlap
        // The learned page's claims (View ▸ Learned Filters): they need libtorch, so
        // failure() does not evaluate them; LearnedClaims (convlab_model_learn) does.
        LearnedGradient, // networks, relative_difference, input: Back to pixels' ∂L/∂x against Wᵀδ
        LearnedUnit,    // networks, field, ink_outside: the deconvnet's projection of a unit
        LearnedDecoder, // start_above, end_within, resize_below: the decoders' checkerboard
    };
    // The networks the learned page can show: before Train (the seed's weights) and after.
    enum class LearnedNetwork { Untrained, Trained };

    // nullopt with `error` naming the key under `where` ("lesson.steps[2].expect[0]"); `step`
    // is the 0-based index of the step it belongs to (a claim may only name earlier steps).
    static std::optional<Expectation> fromJson(const QJsonValue& value, const QString& where,
                                               int step, QString* error);

    // The facts of another step of the same lesson (0-based), nullptr when they cannot be made.
    using OtherStep = std::function<const StepFacts*(int)>;
    // Empty when the claim holds; else what was found, e.g. "the best peak of the response is
    // at (9, 200), not in [150, 50, 40, 40]".
    // A learned claim is never found to hold here: it says that LearnedClaims evaluates it.
    QString failure(const StepFacts& facts, const OtherStep& other = {}) const;
    // Whether the claim is about the learned page, evaluated by LearnedClaims only.
    static bool isLearned(Claim claim);
    bool isLearned() const { return isLearned(m_claim); }

    enum class Relation { Equal, Lower, Higher };

    Claim claim() const { return m_claim; }
    // The claim as written in the file, compact JSON, to name it in a report.
    QString describe() const;

    // Its keys, read (for those who restate the claim elsewhere, e.g. LessonNotebook).
    const QJsonObject& source() const { return m_source; }
    LessonMap map() const { return m_map; }
    LessonMap otherMap() const { return m_other; }
    Pair cell() const { return m_cell; } // cell, or size for the output sizes
    cv::Rect rect() const { return m_rect; }
    std::optional<double> min() const { return m_min; }
    std::optional<double> max() const { return m_max; }
    std::optional<double> equals() const { return m_equals; }
    double tolerance() const { return m_tolerance; }
    int step() const { return m_step; } // 0-based
    Pair by() const { return m_by; }
    Relation relation() const { return m_relation; }
    // The learned claims' keys.
    const std::vector<LearnedNetwork>& networks() const { return m_networks; }
    double relativeDifference() const { return m_relativeDifference; }
    // The stage's input as [channels, rows, cols]; empty: not claimed.
    const std::vector<int>& inputShape() const { return m_inputShape; }
    int field() const { return m_field; }
    std::optional<double> inkOutside() const { return m_inkOutside; }
    std::optional<double> startAbove() const { return m_startAbove; }
    std::optional<std::pair<double, double>> endWithin() const { return m_endWithin; }
    std::optional<double> resizeBelow() const { return m_resizeBelow; }
    static QString networkName(LearnedNetwork network);
    // ScoreVsStep's "equal", and the margin of "lower" and "higher".
    static constexpr double kScoreTolerance = 1e-4;

  private:
    Claim m_claim = Claim::PeakAt;
    QJsonObject m_source;
    LessonMap m_map = LessonMap::Response;
    LessonMap m_other = LessonMap::Raw; // the second map of agree / differ
    Pair m_cell{0, 0};
    cv::Rect m_rect;
    std::optional<double> m_min, m_max, m_equals;
    double m_tolerance = 1e-4;
    int m_step = 0; // 0-based
    Pair m_by{0, 0};
    Relation m_relation = Relation::Equal;
    std::optional<bool> m_orthonormal, m_reconstructs;
    std::optional<Pair> m_wShape;
    std::optional<bool> m_even, m_resizeEven;
    std::optional<Pair> m_interior;      // the overlap's [min, max] away from the borders
    std::vector<double> m_inputGradient; // the Matrix case's ∂L/∂x = Wᵀδ; empty: not claimed
    std::vector<LearnedNetwork> m_networks;
    double m_relativeDifference = 0;
    std::vector<int> m_inputShape;
    int m_field = 0;
    std::optional<double> m_inkOutside; // the least share of the digit's ink outside the field
    std::optional<double> m_startAbove, m_resizeBelow; // ratios to the digits' own energy
    std::optional<std::pair<double, double>> m_endWithin;
};

} // namespace convlab
