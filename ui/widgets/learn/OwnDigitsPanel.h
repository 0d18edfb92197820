// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace convlab {

class Document;
class Retranslation;

// "Your own digits": the digits the student added to the training set, kept in the document
// (Document::ownDigits) — a thumbnail of each with its label, how many of each class, and the
// controls to add the pad's digit with a chosen label and to remove the selected one. Every
// change goes through the document's undo stack; this panel only shows the document's list.
// What is added comes from the page (addRequested), which knows the digit on the pad.
class OwnDigitsPanel final : public QGroupBox {
    Q_OBJECT
  public:
    explicit OwnDigitsPanel(QWidget* parent = nullptr);

    // The document whose digits are shown and edited; nullptr shows none and disables it.
    void setDocument(Document* document);
    Document* document() const { return m_document; }

    QSpinBox* labelBox() const { return m_label; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QListWidget* list() const { return m_list; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* problemLabel() const { return m_problem; }
    // Why the last add or removal was refused (translated); empty clears it.
    void showProblem(const QString& problem);
    // A sentence about the training run ("The run under way includes 3 of them"), under the
    // counts; empty for none.
    void setRunText(const QString& text);
    // Removes the selected digit (an undo step); false when none is selected.
    bool removeSelected();

  signals:
    void addRequested(int label);

  private:
    void refresh();
    void updateTexts();

    Document* m_document = nullptr;
    Retranslation* m_texts;
    QSpinBox* m_label;
    QPushButton* m_add;
    QPushButton* m_remove;
    QListWidget* m_list;
    QLabel* m_counts;
    QLabel* m_run;
    QLabel* m_problem;
};

} // namespace convlab
