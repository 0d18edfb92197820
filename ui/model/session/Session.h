// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"
#include "samples/SampleGallery.h"
#include "session/Outcome.h"

#include <QCoreApplication>
#include <QObject>
#include <QRect>
#include <memory>

class QImage;
class QMimeData;
class QUndoStack;

namespace convlab {

class Autosave;
class Document;
class RecentFiles;
class ResponseComputer;
struct ResponseResult;

// One piece of work, without a widget: the document, its undo stack, the background
// computation of its response, autosave and the recent files, and the operations a user asks
// for in words (open, save, load a patch, paste, invert…). Each operation either changes the
// document (an undoable step, or a replacement for open) or leaves it exactly as it was and
// says why in a translated message; nothing here asks the user anything.
class Session final : public QObject {
    Q_OBJECT
  public:
    // How the response is kept: by a background computation following every change (the
    // window), or only when asked with computeNow() (the off-screen scene draws one state at a
    // time and must not wait on a worker).
    enum class Computation { InBackground, OnDemand };

    // Starts on the default sample (rendered digits, the 2 as patch).
    explicit Session(QObject* parent = nullptr);
    explicit Session(const DocumentState& state, QObject* parent = nullptr,
                     Computation computation = Computation::InBackground);
    ~Session() override;

    Document* document() const { return m_document; }
    QUndoStack* undoStack() const;
    // nullptr when the computation is on demand.
    ResponseComputer* computer() const { return m_computer; }
    // The response of the document's current state, computed now on this thread.
    std::shared_ptr<const ResponseResult> computeNow() const;
    RecentFiles* recentFiles() const { return m_recent; }
    // nullptr until enableAutosave().
    Autosave* autosave() const { return m_autosave; }
    // Saves the work every 30 s while modified (`directory` for tests; the default otherwise).
    void enableAutosave(const QString& directory = {});

    // Whether `path` names a document (.convlab) rather than an image or an array.
    static bool isDocumentFile(const QString& path);

    // A .convlab file replaces the document (saved back to `path`); an image, .npy or .txt
    // becomes the input (an undoable step). Either joins the recent files.
    Outcome open(const QString& path);
    // A guided lesson's file replaces the document, untitled (saving asks for a name).
    Outcome openLesson(const QString& path);
    // To `path` (".convlab" added when it has no suffix); the document is then unmodified.
    Outcome saveTo(const QString& path);
    Outcome loadPatch(const QString& path);
    Outcome savePatch(const QString& path) const;
    // input.npy and kernel.npy in `folder`.
    Outcome saveArrays(const QString& folder) const;

    // An image from the clipboard or a drop: the first local file it names (opened as by
    // open()), else its pixels (as gray, an undoable step named `actionText`).
    Outcome takeImage(const QMimeData* mime, const QString& actionText);
    Outcome takeImage(const QImage& image, const QString& actionText);
    static bool offersImage(const QMimeData* mime);
    // The first local file `mime` names; empty if none.
    static QString localFile(const QMimeData* mime);

    void newImage(int rows, int cols);
    void clearImage();
    // Dark becomes light: [0, 1] images flip inside [0, 1], others inside their own range.
    void invertImage();
    // The image's cells inside `selection` (x = col, y = row) become the patch.
    Outcome useAsPatch(const QRect& selection);
    void openSample(SampleGallery::Id id);
    // `patch` as the patch of the views on `image`, by plain cross-correlation (stride 1, no
    // padding, no pooling) in the diverging colormap, as one undoable step named `actionText`:
    // a learned filter on the sheet of digits is the lecture's pattern detector with a filter
    // nobody designed. A patch larger than the limit or than the image is refused.
    Outcome showPattern(const cv::Mat& image, const cv::Mat& patch, const QString& actionText);

  private:
    Outcome replaceBy(const QString& path, const QString& documentPath);

    Document* m_document;
    ResponseComputer* m_computer = nullptr;
    RecentFiles* m_recent;
    Autosave* m_autosave = nullptr;
};

} // namespace convlab
