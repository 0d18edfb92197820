// SPDX-License-Identifier: MIT
#include "lessons/LessonPanel.h"

#include "lessons/ExerciseBox.h"
#include "lessons/StepText.h"
#include "views/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convlab {

namespace {

// A 2×3 affine matrix as a small bracketed HTML table.
QString affineHtml(const cv::Matx23d& a)
{
    const QLocale locale;
    QString rows;
    for (int r = 0; r < 2; ++r) {
        rows += QStringLiteral("<tr>");
        for (int c = 0; c < 3; ++c) {
            const double v = std::abs(a(r, c)) < 1e-12 ? 0.0 : a(r, c);
            rows += QStringLiteral("<td align=\"right\">%1</td>").arg(locale.toString(v, 'g', 4));
        }
        rows += QStringLiteral("</tr>");
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" style=\"border-left: 1px "
                          "solid; border-right: 1px solid;\">%1</table>")
        .arg(rows);
}

} // namespace

LessonPanel::LessonPanel(Document* document, StepStage* stage, QWidget* parent)
    : QWidget(parent), m_document(document), m_loader(document, stage), m_title(new QLabel(this)),
      m_counter(new QLabel(this)), m_text(new QTextBrowser(this)),
      m_exercise(new ExerciseBox(this)), m_previous(new QPushButton(this)),
      m_reset(new QPushButton(this)), m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_counter->setObjectName(QStringLiteral("lessonCounter"));
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setOpenLinks(false);
    m_previous->setObjectName(QStringLiteral("lessonPrevious"));
    m_reset->setObjectName(QStringLiteral("lessonReset"));
    m_next->setObjectName(QStringLiteral("lessonNext"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_exercise);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previous);
    connect(m_reset, &QPushButton::clicked, this, &LessonPanel::reset);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(m_exercise, &ExerciseBox::answered, this, [this] {
        setConcealment({});
        refreshTexts();
    });
    clear();
}

bool LessonPanel::start(const LessonNotes& notes, bool loadFirstStep, QString* error)
{
    if (notes.steps.isEmpty()) {
        clear();
        return true;
    }
    QString problem;
    std::optional<LessonScript> script = LessonScript::fromNotes(notes, &problem);
    if (!script) {
        clear();
        m_error = problem;
        if (error)
            *error = problem;
        return false;
    }
    m_script = std::move(script);
    m_index = -1;
    emit lessonChanged();
    if (loadFirstStep) {
        if (goToStep(0))
            return true;
        if (error)
            *error = m_error;
        return false;
    }
    // The document already holds the file's state: show step 1 without loading it.
    m_index = 0;
    m_exerciseStep = -1;
    m_snapshot = m_script->snapshotAt(0, &m_error);
    stepShown();
    m_loader.arrange(m_script->step(0));
    refreshTexts();
    refreshButtons();
    emit stepChanged(0);
    return true;
}

void LessonPanel::clear()
{
    m_script.reset();
    m_snapshot.reset();
    m_facts.reset();
    m_index = -1;
    m_error.clear();
    setConcealment({});
    refreshTexts();
    refreshButtons();
    emit lessonChanged();
}

bool LessonPanel::goToStep(int index)
{
    if (!m_script || index < 0 || index >= m_script->stepCount())
        return false;
    std::optional<StepSnapshot> snapshot = m_script->snapshotAt(index, &m_error);
    if (!snapshot) {
        m_text->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                            .arg(palette::errorText(palette()).name(), m_error.toHtmlEscaped()));
        return false;
    }
    m_error.clear();
    m_index = index;
    m_exerciseStep = -1;
    m_snapshot = std::move(snapshot);
    stepShown();
    m_loader.load(m_script->step(index), index, *m_snapshot);
    refreshTexts();
    refreshButtons();
    emit stepChanged(index);
    return true;
}

bool LessonPanel::next()
{
    return goToStep(m_index + 1);
}

bool LessonPanel::previous()
{
    return goToStep(m_index - 1);
}

bool LessonPanel::reset()
{
    return goToStep(m_index);
}

QString LessonPanel::lessonTitle() const
{
    return m_title->text();
}

QString LessonPanel::stepHtml() const
{
    if (!m_script || m_index < 0)
        return {};
    const LessonStep& step = m_script->step(m_index);
    const QString text =
        m_facts ? StepText::fill(step.text.current(), *m_facts, m_hidden) : step.text.current();
    QString html = QStringLiteral("<h3>%1</h3>%2").arg(step.title.current(), text);
    if (m_snapshot && !m_snapshot->operations.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"6\">")
                    .arg(tr("Image operations (core's 2×3 affine matrix, (x, y) = (col, row))"));
        for (const AppliedOperation& op : m_snapshot->operations)
            html += QStringLiteral("<tr><td valign=\"middle\">%1</td><td>%2</td></tr>")
                        .arg(op.description.toHtmlEscaped(), affineHtml(op.affine));
        html += QStringLiteral("</table>");
    }
    return html;
}

void LessonPanel::refreshTexts()
{
    m_previous->setText(tr("&Previous"));
    m_reset->setText(tr("R&eset"));
    m_next->setText(tr("&Next"));
    m_reset->setToolTip(tr("Load this step's state again"));
    if (!m_script) {
        m_title->setText(tr("No lesson open"));
        m_counter->clear();
        m_text->setHtml(tr("<p>Choose a lesson in the <b>Lessons</b> menu, or open a "
                           "<tt>.convlab</tt> lesson file.</p>"));
        m_exercise->hide();
        return;
    }
    m_title->setText(m_script->title().current());
    m_counter->setText(tr("Step %1 / %2").arg(m_index + 1).arg(m_script->stepCount()));
    QString html = stepHtml();
    if (m_index == 0 && !m_script->text().isEmpty())
        html = m_script->text().current() + html;
    m_text->setHtml(html);
    const LessonStep& step = m_script->step(m_index);
    if (step.exercise && m_snapshot) {
        Exercise shown = *step.exercise;
        if (m_facts)
            for (const QString& language : shown.question.languages())
                shown.question.set(language,
                                   StepText::fill(shown.question.in(language), *m_facts, m_hidden));
        if (m_exerciseStep != m_index) {
            m_exerciseStep = m_index;
            m_exercise->setExercise(shown, ExerciseCheck::expected(shown, m_snapshot->state));
        } else { // a new language, or the answer revealed: what the student typed stays
            m_exercise->setQuestion(shown.question);
        }
        m_exercise->show();
    } else {
        m_exercise->hide();
    }
}

void LessonPanel::stepShown()
{
    QString problem;
    m_facts = m_script ? StepFacts::compute(*m_script, m_index, &problem) : std::nullopt;
    setConcealment(m_script ? concealmentOf(m_script->step(m_index)) : Concealment());
}

void LessonPanel::setConcealment(const Concealment& hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    emit concealmentChanged(m_hidden);
}

void LessonPanel::refreshButtons()
{
    m_previous->setEnabled(m_script && m_index > 0);
    m_next->setEnabled(m_script && m_index + 1 < m_script->stepCount());
    m_reset->setEnabled(m_script && m_index >= 0);
}

void LessonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refreshTexts();
    QWidget::changeEvent(event);
}

} // namespace convlab
