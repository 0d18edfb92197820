// SPDX-License-Identifier: MIT
#pragma once

#include "export/AnimationExporter.h"
#include "export/AnimationOptions.h"
#include "export/FrameSource.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace convlab {

// Export the current animation for slides: format (GIF, MP4, PNG sequence), frame size, scale
// (1×/2×/4×), frame rate and target. Export runs in the background behind a progress dialog
// with Cancel; a failure is explained in a message naming the path and the reason, and the
// dialog stays open to try again. The window can keep options() between uses.
class ExportAnimationDialog final : public QDialog {
    Q_OBJECT
  public:
    ExportAnimationDialog(std::shared_ptr<const FrameSource> source,
                          const AnimationOptions& initial, QWidget* parent = nullptr);

    AnimationOptions options() const;
    void setOptions(const AnimationOptions& options);
    bool isExporting() const { return m_exporter.isRunning(); }

  public slots:
    void startExport();

  signals:
    void exported(const QString& path);

  private:
    void onFormatChanged();
    void browse();
    void updateSummary();
    void onProgress(int done, int total);
    void onFinished(AnimationExporter::Outcome outcome, const QString& message);
    AnimationFormat format() const;

    std::shared_ptr<const FrameSource> m_source;
    AnimationExporter m_exporter;
    QComboBox* m_format;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QSpinBox* m_fps;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_summary;
    QPushButton* m_export;
    QPointer<QProgressDialog> m_progress;
};

} // namespace convlab
