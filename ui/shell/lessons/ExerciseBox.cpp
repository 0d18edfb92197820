// SPDX-License-Identifier: MIT
#include "lessons/ExerciseBox.h"

#include "theme/ThemedStyleSheet.h"
#include "views/Palette.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <cmath>

namespace convlab {

namespace {

// Either the UI's decimal separator or a dot: "0,5" in French, "0.5" anywhere.
double parseNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? value : std::nan("");
}

} // namespace

ExerciseBox::ExerciseBox(QWidget* parent)
    : QGroupBox(parent), m_question(new QLabel(this)), m_check(new QPushButton(this)),
      m_reveal(new QPushButton(this)), m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("exerciseBox"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    m_feedback->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("exerciseFeedback"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedbackStyle = new ThemedStyleSheet(m_feedback, [this](const QPalette& colours) {
        if (!m_correct)
            return QString();
        const QColor colour =
            *m_correct ? palette::successText(colours) : palette::errorText(colours);
        return QStringLiteral("color: %1;").arg(colour.name());
    });
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_question, 0, 0, 1, 4);
    for (int i = 0; i < 2; ++i) {
        auto* label = new QLabel(this);
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("exerciseField%1").arg(i));
        label->setBuddy(field);
        connect(field, &QLineEdit::returnPressed, this, &ExerciseBox::onCheck);
        layout->addWidget(label, 1, 2 * i);
        layout->addWidget(field, 1, 2 * i + 1);
        m_labels << label;
        m_fields << field;
    }
    m_check->setObjectName(QStringLiteral("exerciseCheck"));
    m_reveal->setObjectName(QStringLiteral("exerciseReveal"));
    layout->addWidget(m_check, 2, 0, 1, 2);
    layout->addWidget(m_reveal, 2, 2, 1, 2);
    layout->addWidget(m_feedback, 3, 0, 1, 4);
    connect(m_check, &QPushButton::clicked, this, &ExerciseBox::onCheck);
    connect(m_reveal, &QPushButton::clicked, this, &ExerciseBox::onReveal);
    retranslate();
}

void ExerciseBox::setExercise(const Exercise& exercise, const ExerciseCheck::Answer& answer)
{
    m_exercise = exercise;
    m_answer = answer;
    for (QLineEdit* field : std::as_const(m_fields))
        field->clear();
    m_feedback->clear();
    m_correct.reset();
    m_feedbackStyle->refresh();
    retranslate();
}

void ExerciseBox::retranslate()
{
    setTitle(tr("Your turn"));
    m_question->setText(m_exercise.question.current());
    const QStringList labels = ExerciseCheck::fieldLabels(m_exercise);
    for (int i = 0; i < m_fields.size(); ++i) {
        const bool used = i < labels.size();
        m_labels[i]->setVisible(used);
        m_fields[i]->setVisible(used);
        if (used)
            m_labels[i]->setText(labels[i]);
    }
    m_check->setText(tr("&Check"));
    m_reveal->setText(tr("Show &answer"));
}

void ExerciseBox::setQuestion(const LocalizedText& question)
{
    m_exercise.question = question;
    retranslate();
}

ExerciseCheck::Verdict ExerciseBox::submit(const QStringList& typed)
{
    std::vector<double> given;
    for (const QString& text : typed)
        given.push_back(parseNumber(text));
    const ExerciseCheck::Verdict verdict = ExerciseCheck::check(m_exercise, m_answer, given);
    m_feedback->setText(verdict.feedback);
    m_correct = verdict.correct;
    m_feedbackStyle->refresh();
    if (verdict.correct)
        emit answered();
    return verdict;
}

QString ExerciseBox::feedback() const
{
    return m_feedback->text();
}

void ExerciseBox::onCheck()
{
    QStringList typed;
    for (int i = 0; i < ExerciseCheck::fieldCount(m_exercise); ++i)
        typed << m_fields[i]->text();
    submit(typed);
}

void ExerciseBox::onReveal()
{
    m_correct.reset();
    m_feedbackStyle->refresh();
    m_feedback->setText(m_answer.ok() ? tr("Answer: %1").arg(m_answer.explanation)
                                      : m_answer.error);
    emit answered();
}

} // namespace convlab
