// SPDX-License-Identifier: MIT
#include "document/Document.h"

#include "commands/PaintCommand.h"
#include "commands/SetFieldsCommand.h"
#include "commands/SetImageCommand.h"
#include "commands/SetOwnDigitsCommand.h"
#include "commands/SetPatchCommand.h"
#include "samples/SampleGallery.h"

namespace convlab {

namespace {

QRect wholeOf(const cv::Mat& m)
{
    return QRect(0, 0, m.cols, m.rows);
}

} // namespace

Document::Document(QObject* parent)
    : Document(SampleGallery::stateFor(SampleGallery::Id::RenderedDigits), parent)
{
}

Document::Document(const DocumentState& state, QObject* parent)
    : QObject(parent), m_state(state.clone())
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void Document::paintImage(const cv::Mat& edited, const QRect& dirty, int strokeId)
{
    paint(Layer::Image, edited, dirty, strokeId);
}

void Document::paintPatch(const cv::Mat& edited, const QRect& dirty, int strokeId)
{
    paint(Layer::Patch, edited, dirty, strokeId);
}

void Document::paint(Layer which, const cv::Mat& edited, const QRect& dirty, int strokeId)
{
    const cv::Mat& current = layer(which);
    if (edited.size() != current.size() || edited.type() != current.type()) {
        // Not a stroke on this layer any more (resized meanwhile): take it as a new layer.
        if (which == Layer::Image)
            setImage(edited, tr("Paint"));
        else
            setPatch(edited, tr("Paint patch"));
        return;
    }
    const QRect clipped = dirty.intersected(wholeOf(current));
    if (clipped.isEmpty())
        return;
    m_undo.push(new PaintCommand(
        this, which == Layer::Image ? PaintCommand::Target::Image : PaintCommand::Target::Patch,
        edited, clipped, strokeId));
}

void Document::setImage(const cv::Mat& image, const QString& actionText)
{
    m_undo.push(new SetImageCommand(this, image, actionText));
}

void Document::setPatch(const cv::Mat& patch, const QString& actionText)
{
    m_undo.push(new SetPatchCommand(this, patch, actionText));
}

void Document::setParameters(const Parameters& parameters)
{
    if (parameters == m_state.parameters)
        return;
    m_undo.push(new SetParametersCommand(this, parameters));
}

void Document::setViewSettings(const ViewSettings& view)
{
    if (view == m_state.view)
        return;
    m_undo.push(new SetViewSettingsCommand(this, view));
}

Outcome Document::addOwnDigit(const cv::Mat& pixels, int label)
{
    const QString title = tr("Cannot add the digit to the training set");
    QString problem = OwnDigits::countProblem(static_cast<qsizetype>(m_state.ownDigits.size()) + 1);
    if (problem.isEmpty())
        problem = OwnDigits::problemWith(pixels, label);
    if (!problem.isEmpty())
        return Outcome::failure(title, problem);
    std::vector<OwnDigit> after = OwnDigits::clone(m_state.ownDigits);
    after.push_back({pixels.clone(), label});
    m_undo.push(new SetOwnDigitsCommand(this, std::move(after),
                                        tr("Add own digit %1 to the training set").arg(label)));
    return Outcome::success(tr("Added a %1 of your own to the training set (%n own digit(s))",
                               nullptr, static_cast<int>(m_state.ownDigits.size()))
                                .arg(label));
}

Outcome Document::removeOwnDigit(int index)
{
    const int count = static_cast<int>(m_state.ownDigits.size());
    if (index < 0 || index >= count)
        return Outcome::failure(
            tr("Cannot remove the digit"),
            tr("there is no own digit %1 (the document holds %n)", nullptr, count).arg(index + 1));
    std::vector<OwnDigit> after = OwnDigits::clone(m_state.ownDigits);
    const int label = after[static_cast<std::size_t>(index)].label;
    after.erase(after.begin() + index);
    m_undo.push(new SetOwnDigitsCommand(
        this, std::move(after), tr("Remove own digit %1 from the training set").arg(label)));
    return Outcome::success(tr("Removed a %1 of your own from the training set").arg(label));
}

void Document::replaceAll(const DocumentState& state, const QString& filePath)
{
    m_undo.clear(); // also marks the stack clean, which emits modifiedChanged(false)
    m_state = state.clone();
    setFilePath(filePath);
    emit imageChanged(wholeOf(m_state.image));
    emit patchChanged();
    emit parametersChanged();
    emit viewSettingsChanged();
    emit ownDigitsChanged();
}

void Document::markSaved(const QString& filePath)
{
    setFilePath(filePath);
    m_undo.setClean(); // cleanChanged -> modifiedChanged
}

void Document::markUnsaved()
{
    m_undo.resetClean(); // cleanChanged -> modifiedChanged
}

void Document::setFilePath(const QString& filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
}

void Document::applyDelta(Layer which, const PixelDelta& delta, bool after)
{
    cv::Mat& pixels = layer(which);
    after ? delta.applyAfter(pixels) : delta.applyBefore(pixels);
    if (which == Layer::Image)
        emit imageChanged(delta.changed());
    else
        emit patchChanged();
}

void Document::assignImage(const cv::Mat& image)
{
    m_state.image = image.clone(); // strokes write in place: never share the command's copy
    emit imageChanged(wholeOf(image));
}

void Document::assignPatch(const cv::Mat& patch)
{
    m_state.patch = patch.clone();
    emit patchChanged();
}

void Document::assignParameters(const Parameters& parameters)
{
    m_state.parameters = parameters;
    emit parametersChanged();
}

void Document::assignViewSettings(const ViewSettings& view)
{
    m_state.view = view;
    emit viewSettingsChanged();
}

void Document::assignOwnDigits(const std::vector<OwnDigit>& digits)
{
    m_state.ownDigits = OwnDigits::clone(digits);
    emit ownDigitsChanged();
}

} // namespace convlab
