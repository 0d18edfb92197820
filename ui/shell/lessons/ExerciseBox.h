// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/ExerciseCheck.h"

#include <QGroupBox>
#include <QList>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace convlab {

// The lab box under a step's text: the question, one or two fields, Check and Show answer.
// The expected answer comes from ExerciseCheck (core), given when the step is loaded.
class ThemedStyleSheet;

class ExerciseBox final : public QGroupBox {
    Q_OBJECT
  public:
    explicit ExerciseBox(QWidget* parent = nullptr);

    void setExercise(const Exercise& exercise, const ExerciseCheck::Answer& answer);
    // Re-reads the question and labels in the current language.
    void retranslate();
    // The same exercise's question, written again (its placeholders filled anew).
    void setQuestion(const LocalizedText& question);

    // What Check does with the typed text; also for tests.
    ExerciseCheck::Verdict submit(const QStringList& typed);
    const ExerciseCheck::Answer& answer() const { return m_answer; }
    QString feedback() const;
    QList<QLineEdit*> fields() const { return m_fields; }

  signals:
    // The student checked the right answer, or asked for it: nothing is held back any more.
    void answered();

  private:
    void onCheck();
    void onReveal();

    Exercise m_exercise;
    ExerciseCheck::Answer m_answer;
    QLabel* m_question;
    QList<QLabel*> m_labels;
    QList<QLineEdit*> m_fields;
    QPushButton* m_check;
    QPushButton* m_reveal;
    QLabel* m_feedback;
    std::optional<bool> m_correct; // of the verdict shown, none for an answer or nothing
    ThemedStyleSheet* m_feedbackStyle;
};

} // namespace convlab
