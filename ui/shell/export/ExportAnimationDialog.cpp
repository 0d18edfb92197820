// SPDX-License-Identifier: MIT
#include "export/ExportAnimationDialog.h"

#include "export/Mp4Writer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace convlab {

namespace {

constexpr int kMinSide = 16;
constexpr int kMaxSide = 4096;
constexpr int kScales[] = {1, 2, 4};

// `path` with the suffix `format` expects (a PNG sequence is a folder: no suffix). Only a
// suffix that one of the formats gave is replaced, so "notes.v2" stays itself.
QString withSuffixOf(const QString& path, AnimationFormat format)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    QString base = path;
    const QString suffix = info.suffix().toLower();
    if (suffix == AnimationOptions::suffix(AnimationFormat::Gif) ||
        suffix == AnimationOptions::suffix(AnimationFormat::Mp4))
        base.chop(info.suffix().size() + 1);
    const QString wanted = AnimationOptions::suffix(format);
    return wanted.isEmpty() ? base : base + QLatin1Char('.') + wanted;
}

} // namespace

ExportAnimationDialog::ExportAnimationDialog(std::shared_ptr<const FrameSource> source,
                                             const AnimationOptions& initial, QWidget* parent)
    : QDialog(parent), m_source(std::move(source)), m_format(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_scale(new QComboBox(this)),
      m_fps(new QSpinBox(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_summary(new QLabel(this)),
      m_export(new QPushButton(tr("Export"), this))
{
    setWindowTitle(tr("Export Animation"));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("GIF animation (.gif)"), static_cast<int>(AnimationFormat::Gif));
    m_format->addItem(tr("MP4 video (.mp4)"), static_cast<int>(AnimationFormat::Mp4));
    m_format->addItem(tr("PNG sequence (a folder of frames)"),
                      static_cast<int>(AnimationFormat::PngSequence));
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(kMinSide, kMaxSide);
        side->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_scale->setObjectName(QStringLiteral("scale"));
    for (const int scale : kScales)
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_fps->setObjectName(QStringLiteral("fps"));
    m_fps->setSuffix(tr(" frames/s"));
    m_path->setObjectName(QStringLiteral("path"));
    m_browse->setObjectName(QStringLiteral("browse"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×"), this));
    size->addWidget(m_height);
    auto* target = new QHBoxLayout;
    target->addWidget(m_path, 1);
    target->addWidget(m_browse);
    // A row whose field is a layout gets no buddy from QFormLayout, and its label would show
    // the "&" itself: each label is given the field its mnemonic reaches.
    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* buddy, auto* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    row(tr("&Format:"), m_format, m_format);
    row(tr("Frame &size:"), m_width, size);
    row(tr("S&cale:"), m_scale, m_scale);
    row(tr("Frame &rate:"), m_fps, m_fps);
    row(tr("&Target:"), m_path, target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    setOptions(initial);

    connect(m_format, &QComboBox::currentIndexChanged, this,
            &ExportAnimationDialog::onFormatChanged);
    for (QSpinBox* box : {m_width, m_height, m_fps})
        connect(box, &QSpinBox::valueChanged, this, &ExportAnimationDialog::updateSummary);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportAnimationDialog::updateSummary);
    connect(m_path, &QLineEdit::textChanged, this, &ExportAnimationDialog::updateSummary);
    connect(m_browse, &QPushButton::clicked, this, &ExportAnimationDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportAnimationDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_exporter, &AnimationExporter::progress, this, &ExportAnimationDialog::onProgress);
    connect(&m_exporter, &AnimationExporter::finished, this, &ExportAnimationDialog::onFinished);
}

AnimationFormat ExportAnimationDialog::format() const
{
    return static_cast<AnimationFormat>(m_format->currentData().toInt());
}

AnimationOptions ExportAnimationDialog::options() const
{
    AnimationOptions options;
    options.format = format();
    options.path = m_path->text().trimmed();
    options.size = {m_width->value(), m_height->value()};
    options.scale = m_scale->currentData().toInt();
    options.fps = m_fps->value();
    return options;
}

void ExportAnimationDialog::setOptions(const AnimationOptions& options)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(options.format)));
    m_fps->setRange(AnimationOptions::kMinFps, AnimationOptions::maxFps(options.format));
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    int nearestScale = 0; // the offered scale closest to the one asked for
    for (int i = 1; i < m_scale->count(); ++i)
        if (std::abs(m_scale->itemData(i).toInt() - options.scale) <
            std::abs(m_scale->itemData(nearestScale).toInt() - options.scale))
            nearestScale = i;
    m_scale->setCurrentIndex(nearestScale);
    m_fps->setValue(options.fps);
    m_path->setText(options.path.isEmpty()
                        ? withSuffixOf(QDir::home().filePath(tr("animation")), options.format)
                        : options.path);
    updateSummary();
}

void ExportAnimationDialog::onFormatChanged()
{
    m_fps->setRange(AnimationOptions::kMinFps, AnimationOptions::maxFps(format()));
    m_path->setText(withSuffixOf(m_path->text().trimmed(), format()));
    updateSummary();
}

void ExportAnimationDialog::browse()
{
    const QString current = m_path->text().trimmed();
    QString chosen;
    switch (format()) {
    case AnimationFormat::Gif:
        chosen = QFileDialog::getSaveFileName(this, tr("Export GIF Animation"), current,
                                              tr("GIF animations (*.gif)"));
        break;
    case AnimationFormat::Mp4:
        chosen = QFileDialog::getSaveFileName(this, tr("Export MP4 Video"), current,
                                              tr("MP4 videos (*.mp4)"));
        break;
    case AnimationFormat::PngSequence:
        chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the Frames (empty, or an earlier export)"), current);
        break;
    }
    if (chosen.isEmpty())
        return;
    // A chosen folder is taken as named; a file gets the suffix of its format.
    if (format() != AnimationFormat::PngSequence)
        chosen = withSuffixOf(chosen, format());
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportAnimationDialog::updateSummary()
{
    const AnimationOptions current = options();
    const int frames = m_source->frameCount();
    QSize pixels = current.pixelSize();
    if (current.format == AnimationFormat::Mp4)
        pixels = Mp4Writer::videoSize(pixels);
    QString text = tr("Frames: %1 · %2×%3 pixels · %L4 s.")
                       .arg(frames)
                       .arg(pixels.width())
                       .arg(pixels.height())
                       .arg(static_cast<double>(frames) / current.fps, 0, 'f', 1);
    const QString problem = current.problem();
    if (!problem.isEmpty())
        text += QLatin1Char(' ') + problem;
    m_summary->setText(text);
    m_export->setEnabled(problem.isEmpty() && frames > 0 && !m_exporter.isRunning());
}

void ExportAnimationDialog::startExport()
{
    const AnimationOptions current = options();
    if (!current.problem().isEmpty() || !m_exporter.start(m_source, current))
        return;
    m_export->setEnabled(false);
    m_progress =
        new QProgressDialog(tr("Exporting “%1”…").arg(QDir::toNativeSeparators(current.path)),
                            tr("Cancel"), 0, 1, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export Animation"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, &m_exporter, &AnimationExporter::cancel);
    m_progress->setValue(0);
}

void ExportAnimationDialog::onProgress(int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void ExportAnimationDialog::onFinished(AnimationExporter::Outcome outcome, const QString& message)
{
    if (m_progress) {
        m_progress->disconnect(&m_exporter);
        m_progress->deleteLater();
    }
    updateSummary();
    switch (outcome) {
    case AnimationExporter::Outcome::Succeeded:
        emit exported(m_exporter.options().path);
        accept();
        break;
    case AnimationExporter::Outcome::Cancelled:
        break; // nothing was written; the dialog stays for another try
    case AnimationExporter::Outcome::Failed: {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
                                    tr("The animation was not exported.\n\n%1").arg(message),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportFailure"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
    }
}

} // namespace convlab
