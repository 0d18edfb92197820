// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QString>

namespace convlab {

enum class Tool { Select, Brush, Eraser, Line, Rectangle, Ellipse, Text, Fill };

// The drawing tool and its settings, shared by the input canvas and the patch editor so that
// one toolbar drives both.
class ToolSettings final : public QObject {
    Q_OBJECT
  public:
    explicit ToolSettings(QObject* parent = nullptr);

    Tool tool() const { return m_tool; }
    int brushSize() const { return m_brushSize; } // cells
    float intensity() const { return m_intensity; }
    bool filled() const { return m_filled; }
    QString text() const { return m_text; }
    QFont font() const { return m_font; } // pixel size in cells of the image
    // What the tool writes: the intensity, or 0 for the eraser.
    float paintValue() const { return m_tool == Tool::Eraser ? 0.f : m_intensity; }

  public slots:
    void setTool(convlab::Tool tool);
    void setBrushSize(int cells);
    void setIntensity(double value);
    void setFilled(bool filled);
    void setText(const QString& text);
    void setFont(const QFont& font);
    void setTextSize(int cells);

  signals:
    void changed();

  private:
    Tool m_tool = Tool::Brush;
    int m_brushSize = 5;
    float m_intensity = 1.f;
    bool m_filled = false;
    QString m_text = QStringLiteral("2");
    QFont m_font;
};

} // namespace convlab
