// SPDX-License-Identifier: MIT
#pragma once

#include "export/AnimationExport.h"
#include "scene/OffscreenScene.h"

#include <QCommandLineParser>
#include <QString>
#include <memory>

// The options that render, animate and arithmetic share, and what they do with a lesson.
// Values are checked before anything is drawn or written; a refusal throws convlab::Error
// naming the option and the value.
namespace convlab::cli {

inline constexpr double kMaxScale = 8;

// `more`: views a command draws besides OffscreenScene's (render: the learned filters' views).
void addViewOption(QCommandLineParser& parser, const QString& defaultView,
                   const QStringList& more = {});
void addLessonStepOption(QCommandLineParser& parser);
void addScaleOption(QCommandLineParser& parser);
void addFpsOption(QCommandLineParser& parser, int defaultFps);
void addThemeOption(QCommandLineParser& parser);
void addSceneOutputOption(QCommandLineParser& parser, const QString& description);

SceneView viewOption(const QCommandLineParser& parser, const QStringList& more = {});
double scaleOption(const QCommandLineParser& parser);
int fpsOption(const QCommandLineParser& parser);
// Applies --theme (light by default: the same picture whatever the machine's desktop) to the
// application, before any view is built.
void applyThemeOption(const QCommandLineParser& parser);
// The -o value; refused when it is missing, naming `command`.
QString sceneOutputPath(const QCommandLineParser& parser, const QString& command,
                        const QString& expected);
// Reads LESSON and loads --step N (1-based) when given; else the file's own state. For the
// stepper view of an image too large to walk cell by cell, the crop around the best match.
std::unique_ptr<OffscreenScene> openLesson(const QCommandLineParser& parser, const QString& path,
                                           SceneView view);

// A progress line on stderr, "\r"-rewritten, only when stderr is a terminal: a script's
// captured output stays clean.
class TerminalProgress final {
  public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress(); // ends the line when one was written
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    ExportProgress callback();
    void setLabel(QString label) { m_label = std::move(label); }

  private:
    QString m_label;
    bool m_enabled;
    bool m_written = false;
};

} // namespace convlab::cli
