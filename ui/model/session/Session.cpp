// SPDX-License-Identifier: MIT
#include "session/Session.h"

#include "Error.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "i18n/CoreMessages.h"
#include "image/ImageConversion.h"
#include "io/ArrayIO.h"
#include "io/Autosave.h"
#include "io/DocumentFile.h"
#include "io/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>
#include <opencv2/imgproc.hpp>

namespace convlab {

namespace {

QString errorText(const std::exception& error)
{
    return CoreMessages::translate(QString::fromUtf8(error.what()));
}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

// Any array or image as one gray channel.
cv::Mat readGray(const QString& path)
{
    cv::Mat array = readArray(path.toStdString());
    if (array.channels() != 1)
        cv::cvtColor(array, array, cv::COLOR_RGB2GRAY);
    return array;
}

} // namespace

Session::Session(QObject* parent)
    : Session(SampleGallery::stateFor(SampleGallery::Id::RenderedDigits), parent)
{
}

Session::Session(const DocumentState& state, QObject* parent, Computation computation)
    : QObject(parent), m_document(new Document(state, this)), m_recent(new RecentFiles(this))
{
    if (computation == Computation::InBackground)
        m_computer = new ResponseComputer(m_document, this);
}

Session::~Session()
{
    // The computation and autosave wait for their workers, which read the document: they go
    // first.
    delete m_autosave;
    delete m_computer;
}

QUndoStack* Session::undoStack() const
{
    return m_document->undoStack();
}

std::shared_ptr<const ResponseResult> Session::computeNow() const
{
    return std::make_shared<const ResponseResult>(
        ResponsePipeline::compute(ResponsePipeline::inputFor(m_document->snapshot())));
}

void Session::enableAutosave(const QString& directory)
{
    if (!m_autosave)
        m_autosave = new Autosave(m_document, this, directory);
}

bool Session::isDocumentFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(DocumentFile::kSuffix),
                                            Qt::CaseInsensitive) == 0;
}

Outcome Session::open(const QString& path)
{
    if (isDocumentFile(path)) {
        Outcome outcome = replaceBy(path, path);
        if (outcome)
            m_recent->add(path);
        return outcome;
    }
    try {
        m_document->setImage(readGray(path), tr("Open %1").arg(fileName(path)));
    } catch (const std::exception& error) {
        return Outcome::failure(tr("Cannot open the image"),
                                tr("%1\n\nThe open work is unchanged.").arg(errorText(error)));
    }
    m_recent->add(path);
    return Outcome::success();
}

Outcome Session::openLesson(const QString& path)
{
    return replaceBy(path, QString());
}

Outcome Session::replaceBy(const QString& path, const QString& documentPath)
{
    QString error;
    const auto state = DocumentFile::load(path, &error);
    if (!state)
        return Outcome::failure(tr("Cannot open the lesson"),
                                tr("%1\n\nThe open work is unchanged.").arg(error));
    m_document->replaceAll(*state, documentPath);
    return Outcome::success();
}

Outcome Session::saveTo(const QString& path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + QLatin1String(DocumentFile::kSuffix);
    QString error;
    if (!DocumentFile::save(target, m_document->snapshot(), &error))
        return Outcome::failure(tr("Cannot save"), error);
    m_document->markSaved(target);
    m_recent->add(target);
    return Outcome::success(tr("Saved %1").arg(fileName(target)));
}

Outcome Session::loadPatch(const QString& path)
{
    try {
        const cv::Mat patch = readGray(path);
        if (patch.rows > limits::kMaxPatchSide || patch.cols > limits::kMaxPatchSide)
            throw Error(tr("The patch in %1 is %2×%3; a patch can be at most %4×%4.")
                            .arg(fileName(path))
                            .arg(patch.rows)
                            .arg(patch.cols)
                            .arg(limits::kMaxPatchSide)
                            .toStdString());
        m_document->setPatch(patch, tr("Load patch %1").arg(fileName(path)));
        return Outcome::success();
    } catch (const std::exception& error) {
        return Outcome::failure(tr("Cannot load the patch"), errorText(error));
    }
}

Outcome Session::savePatch(const QString& path) const
{
    try {
        writeArray(path.toStdString(), m_document->patch());
        return Outcome::success();
    } catch (const std::exception& error) {
        return Outcome::failure(tr("Cannot save the patch"), errorText(error));
    }
}

Outcome Session::saveArrays(const QString& folder) const
{
    try {
        writeNpy(QDir(folder).filePath(QStringLiteral("input.npy")).toStdString(),
                 m_document->image());
        writeNpy(QDir(folder).filePath(QStringLiteral("kernel.npy")).toStdString(),
                 m_document->patch());
        return Outcome::success(tr("Wrote input.npy and kernel.npy in %1").arg(folder));
    } catch (const std::exception& error) {
        return Outcome::failure(tr("Cannot save the arrays"), errorText(error));
    }
}

QString Session::localFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

bool Session::offersImage(const QMimeData* mime)
{
    return mime && (mime->hasImage() || !localFile(mime).isEmpty());
}

Outcome Session::takeImage(const QMimeData* mime, const QString& actionText)
{
    if (const QString file = localFile(mime); !file.isEmpty())
        return open(file);
    if (mime && mime->hasImage())
        return takeImage(qvariant_cast<QImage>(mime->imageData()), actionText);
    return Outcome::remark(tr("The clipboard holds no image."));
}

Outcome Session::takeImage(const QImage& image, const QString& actionText)
{
    if (image.isNull())
        return Outcome::remark(tr("The clipboard holds no image."));
    m_document->setImage(toGrayFloat(image), actionText);
    return Outcome::success();
}

void Session::newImage(int rows, int cols)
{
    m_document->setImage(cv::Mat::zeros(rows, cols, CV_32F),
                         tr("New blank image %1×%2").arg(rows).arg(cols));
}

void Session::clearImage()
{
    const cv::Mat& image = m_document->image();
    m_document->setImage(cv::Mat::zeros(image.size(), image.type()), tr("Clear image"));
}

void Session::invertImage()
{
    cv::Mat image = m_document->image().clone();
    double low = 0, high = 0;
    cv::minMaxLoc(image, &low, &high);
    if (low >= 0 && high <= 1) {
        low = 0;
        high = 1;
    }
    m_document->setImage(cv::Scalar::all(low + high) - image, tr("Invert image"));
}

Outcome Session::useAsPatch(const QRect& selection)
{
    if (selection.isEmpty())
        return Outcome::remark(tr("Select a rectangle on the input first (Select tool, S)."));
    if (selection.width() > limits::kMaxPatchSide || selection.height() > limits::kMaxPatchSide)
        return Outcome::failure(tr("Use as patch"),
                                tr("The selection is %1×%2; a patch can be at most %3×%3.")
                                    .arg(selection.height())
                                    .arg(selection.width())
                                    .arg(limits::kMaxPatchSide));
    const cv::Rect rect(selection.x(), selection.y(), selection.width(), selection.height());
    m_document->setPatch(
        m_document->image()(rect).clone(),
        tr("Use selection (row %1, col %2) as patch").arg(selection.y()).arg(selection.x()));
    return Outcome::success();
}

void Session::openSample(SampleGallery::Id id)
{
    const DocumentState state = SampleGallery::stateFor(id);
    QUndoStack* undo = m_document->undoStack();
    undo->beginMacro(tr("Open sample %1").arg(SampleGallery::name(id)));
    m_document->setImage(state.image, tr("Sample image"));
    m_document->setPatch(state.patch, tr("Sample patch"));
    m_document->setParameters(state.parameters);
    undo->endMacro();
}

Outcome Session::showPattern(const cv::Mat& image, const cv::Mat& patch, const QString& actionText)
{
    if (patch.empty() || patch.rows > limits::kMaxPatchSide || patch.cols > limits::kMaxPatchSide ||
        patch.rows > image.rows || patch.cols > image.cols)
        return Outcome::failure(actionText, tr("A %1×%2 patch cannot be used on a %3×%4 image.")
                                                .arg(patch.rows)
                                                .arg(patch.cols)
                                                .arg(image.rows)
                                                .arg(image.cols));
    Parameters parameters = m_document->parameters();
    parameters.operation = Parameters::Operation::CrossCorrelation;
    parameters.conv = ConvParams{};
    parameters.poolEnabled = false;
    ViewSettings view = m_document->viewSettings();
    view.colormap = Colormap::Diverging;
    view.autoRange = true;
    QUndoStack* undo = m_document->undoStack();
    undo->beginMacro(actionText);
    m_document->setImage(image, tr("Image"));
    m_document->setPatch(patch, tr("Patch"));
    m_document->setParameters(parameters);
    m_document->setViewSettings(view);
    undo->endMacro();
    return Outcome::success();
}

} // namespace convlab
