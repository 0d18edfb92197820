// SPDX-License-Identifier: MIT
#pragma once

#include <QToolBar>

class QCheckBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace convlab {

class ToolSettings;

// The drawing tools' options: brush size, the value written, filled shapes, the text stamp's
// text, font and height. Edits ToolSettings and follows it.
class ToolOptionsBar final : public QToolBar {
    Q_OBJECT
  public:
    explicit ToolOptionsBar(ToolSettings* tools, QWidget* parent = nullptr);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslateUi();

    ToolSettings* m_tools;
    QLabel* m_sizeLabel;
    QSpinBox* m_size;
    QLabel* m_valueLabel;
    QDoubleSpinBox* m_intensity;
    QCheckBox* m_filled;
    QLabel* m_textLabel;
    QLineEdit* m_text;
    QFontComboBox* m_font;
    QSpinBox* m_textSize;
};

} // namespace convlab
