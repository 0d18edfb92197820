// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/Concealment.h"
#include "lessons/LessonScript.h"
#include "lessons/StepFacts.h"
#include "lessons/StepLoader.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace convlab {

class ExerciseBox;
class Document;

// The guided-lesson dock: the lesson's title, the step's text (rich text, formulas with
// sub/sup), Previous / Reset / Next, "step n / N", and the exercise box when the step has one.
// Going to a step loads its state into the document as one undoable step (see StepLoader);
// Reset loads the current step's state again. Texts follow the UI language.
class LessonPanel final : public QWidget {
    Q_OBJECT
  public:
    // Steps are put on `stage` (the window's step-through mode and side panels).
    LessonPanel(Document* document, StepStage* stage, QWidget* parent = nullptr);

    // Reads the notes of an opened lesson and shows its step 1. `loadFirstStep` puts step 1's
    // state in the document (false when the document already holds the file's own state).
    // Notes without steps clear the panel. false with `error` when the steps are malformed.
    bool start(const LessonNotes& notes, bool loadFirstStep, QString* error = nullptr);
    void clear();

    bool hasLesson() const { return m_script.has_value(); }
    const LessonScript* script() const { return m_script ? &*m_script : nullptr; }
    int currentStep() const { return m_index; }
    int stepCount() const { return m_script ? m_script->stepCount() : 0; }
    // The state the current step loads (what Reset restores and exercises are computed on).
    const StepSnapshot* snapshot() const { return m_snapshot ? &*m_snapshot : nullptr; }
    QString lastError() const { return m_error; }

    bool goToStep(int index);
    bool next();
    bool previous();
    bool reset();

    // What the screen holds back while the step's exercise is unanswered (nothing once it is
    // answered right or shown); the views obey it through concealmentChanged.
    const Concealment& concealment() const { return m_hidden; }
    // The step's computation, for the placeholders of its texts (nullptr without a step).
    const StepFacts* facts() const { return m_facts ? &*m_facts : nullptr; }

    QString lessonTitle() const;
    QString stepHtml() const;
    ExerciseBox* exerciseBox() const { return m_exercise; }
    // The step's text, for a layout that must show it whole.
    const QTextBrowser* textView() const { return m_text; }

  signals:
    void stepChanged(int index);
    void lessonChanged();
    void concealmentChanged(const convlab::Concealment& hidden);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void refreshTexts();
    void refreshButtons();
    void stepShown(); // facts and concealment of the new current step
    void setConcealment(const Concealment& hidden);

    Document* m_document;
    StepLoader m_loader;
    std::optional<LessonScript> m_script;
    std::optional<StepSnapshot> m_snapshot;
    std::optional<StepFacts> m_facts;
    Concealment m_hidden;
    int m_index = -1;
    int m_exerciseStep = -1; // the step whose exercise the box holds
    QString m_error;

    QLabel* m_title;
    QLabel* m_counter;
    QTextBrowser* m_text;
    ExerciseBox* m_exercise;
    QPushButton* m_previous;
    QPushButton* m_reset;
    QPushButton* m_next;
};

} // namespace convlab
