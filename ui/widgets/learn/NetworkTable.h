// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Architecture.h"

#include <QList>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace convlab {

class Retranslation;

// The network with its shapes: an editor of the architecture within ArchitectureLimits (the
// number of stages; each stage's filters, kernel, stride, padding and pooling) above the
// ShapeTable of every layer — its output (channels × rows × cols, from ConvLab's output-size
// formula, written out on hovering), parameters, multiply-adds per digit and receptive field.
// An impossible architecture is explained in place, naming the layer, and its stage is marked;
// the table keeps the last possible one until the edit is fixed.
class NetworkTable final : public QWidget {
    Q_OBJECT
  public:
    explicit NetworkTable(QWidget* parent = nullptr);

    void setArchitecture(const Architecture& architecture);
    const Architecture& architecture() const { return m_architecture; }
    // Whether the editor's architecture can be built; problem() says why not (translated).
    bool isPossible() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void setEditable(bool editable);

    QTableWidget* table() const { return m_table; }
    QSpinBox* stageBox() const { return m_stages; }
    // The spin boxes of stage `s`: filters, kernel, stride, padding, pool.
    QList<QSpinBox*> stageBoxes(int stage) const { return m_boxes.value(stage); }

  signals:
    // A possible architecture the student made.
    void architectureEdited(const convlab::Architecture& architecture);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void readEditor();
    void showEditor();
    void fillTable();
    void markStage(int stage);

    Architecture m_architecture;                    // what the editor shows, possible or not
    Architecture m_shown = Architecture::lecture(); // what the table shows: the last possible one
    QString m_problem;
    QString m_englishProblem;
    QSpinBox* m_stages;
    QList<QList<QSpinBox*>> m_boxes;
    QList<QLabel*> m_stageLabels;
    QLabel* m_problemLabel;
    QTableWidget* m_table;
    Retranslation* m_texts;
    bool m_updating = false;
};

} // namespace convlab
