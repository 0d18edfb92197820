// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"
#include "session/Outcome.h"

#include <QObject>
#include <QRect>
#include <QUndoStack>

namespace convlab {

class PaintCommand;
class PixelDelta;
class SetImageCommand;
class SetOwnDigitsCommand;
class SetPatchCommand;
template <typename Part> struct EditedPart;

// The document: image, patch, parameters and view settings, changed only through undo
// commands pushed on its own QUndoStack. Views read it through the const getters and redraw
// on its signals; they never keep a copy they write to.
class Document final : public QObject {
    Q_OBJECT
  public:
    // Starts on the default sample (rendered digits, the 2 as patch).
    explicit Document(QObject* parent = nullptr);
    explicit Document(const DocumentState& state, QObject* parent = nullptr);

    const cv::Mat& image() const { return m_state.image; }
    const cv::Mat& patch() const { return m_state.patch; }
    const Parameters& parameters() const { return m_state.parameters; }
    const ViewSettings& viewSettings() const { return m_state.view; }
    const LessonNotes& notes() const { return m_state.notes; }
    const std::vector<OwnDigit>& ownDigits() const { return m_state.ownDigits; }
    // A deep copy, safe to hand to another thread.
    DocumentState snapshot() const { return m_state.clone(); }

    QUndoStack* undoStack() { return &m_undo; }
    const QUndoStack* undoStack() const { return &m_undo; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undo.isClean(); }

    // A brush stroke: `edited` is the whole layer after the edit (same size), of which only
    // `dirty` changed. Calls sharing `strokeId` merge into one undo step.
    void paintImage(const cv::Mat& edited, const QRect& dirty, int strokeId);
    void paintPatch(const cv::Mat& edited, const QRect& dirty, int strokeId);
    // A whole new layer (open, paste, new blank, sample, "use as patch", preset…).
    void setImage(const cv::Mat& image, const QString& actionText);
    void setPatch(const cv::Mat& patch, const QString& actionText);
    // Consecutive changes of the same control (a slider drag) merge into one undo step.
    void setParameters(const Parameters& parameters);
    void setViewSettings(const ViewSettings& view);
    // The student's own digits (OwnDigit), each add or removal an undo step. A digit that
    // breaks OwnDigits' rules, one too many or an index outside the list is refused with a
    // translated message naming the value; the document is then unchanged.
    Outcome addOwnDigit(const cv::Mat& pixels, int label);
    Outcome removeOwnDigit(int index);

    // Open / new / document loading: replaces everything, clears the undo history, marks clean.
    void replaceAll(const DocumentState& state, const QString& filePath = {});
    // After a successful save to `filePath`.
    void markSaved(const QString& filePath);
    // Recovered work that has no saved file yet: modified though the history is empty.
    void markUnsaved();

  signals:
    void imageChanged(const QRect& dirty); // dirty in image cells; the whole image when resized
    void patchChanged();
    void parametersChanged();
    void viewSettingsChanged();
    void ownDigitsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& filePath);

  private:
    friend class PaintCommand;
    friend class SetImageCommand;
    friend class SetOwnDigitsCommand;
    friend class SetPatchCommand;
    template <typename Part> friend struct EditedPart;

    enum class Layer { Image, Patch };
    cv::Mat& layer(Layer which) { return which == Layer::Image ? m_state.image : m_state.patch; }
    // Writes the delta's before or after tiles in place and signals the changed cells.
    void applyDelta(Layer which, const PixelDelta& delta, bool after);
    void assignImage(const cv::Mat& image);
    void assignPatch(const cv::Mat& patch);
    void assignParameters(const Parameters& parameters);
    void assignViewSettings(const ViewSettings& view);
    void assignOwnDigits(const std::vector<OwnDigit>& digits);
    void paint(Layer which, const cv::Mat& edited, const QRect& dirty, int strokeId);
    void setFilePath(const QString& filePath);

    DocumentState m_state;
    QUndoStack m_undo;
    QString m_filePath;
};

} // namespace convlab
