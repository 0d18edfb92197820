// SPDX-License-Identifier: MIT
#include "views/ToolSettings.h"

#include <algorithm>

namespace convlab {

ToolSettings::ToolSettings(QObject* parent) : QObject(parent)
{
    m_font.setFamily(QStringLiteral("DejaVu Sans"));
    m_font.setBold(true);
    m_font.setPixelSize(40);
}

void ToolSettings::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    emit changed();
}

void ToolSettings::setBrushSize(int cells)
{
    cells = std::clamp(cells, 1, 512);
    if (cells == m_brushSize)
        return;
    m_brushSize = cells;
    emit changed();
}

void ToolSettings::setIntensity(double value)
{
    if (static_cast<float>(value) == m_intensity)
        return;
    m_intensity = static_cast<float>(value);
    emit changed();
}

void ToolSettings::setFilled(bool filled)
{
    if (filled == m_filled)
        return;
    m_filled = filled;
    emit changed();
}

void ToolSettings::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    emit changed();
}

void ToolSettings::setFont(const QFont& font)
{
    const int size = m_font.pixelSize();
    m_font = font;
    m_font.setPixelSize(size);
    emit changed();
}

void ToolSettings::setTextSize(int cells)
{
    cells = std::clamp(cells, 4, 1024);
    if (cells == m_font.pixelSize())
        return;
    m_font.setPixelSize(cells);
    emit changed();
}

} // namespace convlab
