// SPDX-License-Identifier: MIT
#include "learn/NetworkTable.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "i18n/Retranslation.h"
#include "learn/ShapeTable.h"
#include "views/Palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convlab {

namespace {

using Limits = ArchitectureLimits;

enum Column { Layer, Output, Parameters, MultiplyAdds, Field, Columns };

// ShapeTable's refusals begin with the layer ("layer conv2: kernel 5 is larger than padded
// input 4"): the layer kept, the rest translated as core's messages are.
QString translated(const QString& english)
{
    static const QRegularExpression layer(QStringLiteral("^layer (\\S+): (.*)$"));
    const QRegularExpressionMatch match = layer.match(english);
    if (!match.hasMatch())
        return CoreMessages::translate(english);
    return NetworkTable::tr("Layer %1: %2")
        .arg(match.captured(1), CoreMessages::translate(match.captured(2)));
}

// The stage a refusal names (conv2, relu2, pool2 → 1), -1 if none.
int stageNamed(const QString& english)
{
    static const QRegularExpression layer(QStringLiteral("^layer (?:conv|relu|pool)(\\d+):"));
    const QRegularExpressionMatch match = layer.match(english);
    return match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
}

} // namespace

NetworkTable::NetworkTable(QWidget* parent)
    : QWidget(parent), m_stages(new QSpinBox(this)), m_problemLabel(new QLabel(this)),
      m_table(new QTableWidget(this)), m_texts(new Retranslation(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* editor = new QGridLayout;
    editor->setHorizontalSpacing(fontMetrics().height() / 3);
    auto* stagesLabel = m_texts->text(new QLabel(this), [] { return tr("Stages"); });
    stagesLabel->setBuddy(m_stages);
    m_stages->setObjectName(QStringLiteral("stageCount"));
    m_stages->setRange(Limits::kMinStages, Limits::kMaxStages);
    editor->addWidget(stagesLabel, 0, 0);
    editor->addWidget(m_stages, 0, 1);
    const QList<std::function<QString()>> headers{
        [] { return tr("filters"); }, [] { return tr("kernel"); }, [] { return tr("stride"); },
        [] { return tr("padding"); }, [] { return tr("pool"); }};
    for (int c = 0; c < headers.size(); ++c) {
        auto* header = m_texts->text(new QLabel(this), headers[c]);
        header->setAlignment(Qt::AlignCenter);
        editor->addWidget(header, 1, c + 1);
    }
    const int maxima[] = {Limits::kMaxFilters, Limits::kMaxKernel, Limits::kMaxStride,
                          Limits::kMaxPadding, Limits::kMaxPool};
    const int minima[] = {1, 1, 1, 0, 1};
    for (int s = 0; s < Limits::kMaxStages; ++s) {
        auto* label = new QLabel(this);
        label->setText(QString::fromStdString(convLayerName(s))); // a name, not translated
        m_stageLabels << label;
        editor->addWidget(label, s + 2, 0);
        QList<QSpinBox*> boxes;
        for (int c = 0; c < 5; ++c) {
            auto* box = new QSpinBox(this);
            box->setObjectName(QStringLiteral("stage%1_%2").arg(s + 1).arg(c));
            box->setRange(minima[c], maxima[c]);
            editor->addWidget(box, s + 2, c + 1);
            connect(box, &QSpinBox::valueChanged, this, &NetworkTable::readEditor);
            boxes << box;
        }
        m_boxes << boxes;
    }
    connect(m_stages, &QSpinBox::valueChanged, this, &NetworkTable::readEditor);
    layout->addLayout(editor);

    m_problemLabel->setObjectName(QStringLiteral("architectureProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    m_table->setObjectName(QStringLiteral("shapeTable"));
    m_table->setColumnCount(Columns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_texts->add([this] {
        m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Output"), tr("Parameters"),
                                            tr("Multiply-adds"), tr("Receptive field")});
        if (!m_englishProblem.isEmpty()) {
            m_problem = translated(m_englishProblem);
            m_problemLabel->setText(m_problem);
        }
        fillTable();
    });
    layout->addWidget(m_table, 1);
    setArchitecture(Architecture::lecture());
}

void NetworkTable::setArchitecture(const Architecture& architecture)
{
    m_architecture = architecture;
    showEditor();
    readEditor();
}

void NetworkTable::setEditable(bool editable)
{
    m_stages->setEnabled(editable);
    for (const QList<QSpinBox*>& boxes : std::as_const(m_boxes))
        for (QSpinBox* box : boxes)
            box->setEnabled(editable);
    if (editable)
        showEditor(); // the stages beyond the count stay disabled
}

void NetworkTable::showEditor()
{
    m_updating = true;
    const int stages = static_cast<int>(m_architecture.stages.size());
    m_stages->setValue(stages);
    for (int s = 0; s < m_boxes.size(); ++s) {
        const ConvStage stage =
            s < stages ? m_architecture.stages[static_cast<std::size_t>(s)] : ConvStage{};
        const int values[] = {stage.filters, stage.kernel, stage.stride, stage.padding, stage.pool};
        for (int c = 0; c < 5; ++c) {
            m_boxes[s][c]->setValue(values[c]);
            m_boxes[s][c]->setEnabled(s < stages && m_stages->isEnabled());
        }
        m_stageLabels[s]->setEnabled(s < stages);
    }
    m_updating = false;
}

void NetworkTable::readEditor()
{
    if (m_updating)
        return;
    Architecture edited = m_architecture;
    edited.stages.clear();
    for (int s = 0; s < m_stages->value(); ++s) {
        const QList<QSpinBox*>& b = m_boxes[s];
        edited.stages.push_back(
            {b[0]->value(), b[1]->value(), b[2]->value(), b[3]->value(), b[4]->value()});
    }
    const bool countChanged = edited.stages.size() != m_architecture.stages.size();
    m_architecture = edited;
    if (countChanged)
        showEditor();
    try {
        const ShapeTable check(m_architecture);
        m_englishProblem.clear();
        m_problem.clear();
        m_shown = m_architecture;
        m_problemLabel->hide();
        markStage(-1);
        fillTable();
        if (!m_updating)
            emit architectureEdited(m_architecture);
    } catch (const Error& e) {
        m_englishProblem = QString::fromUtf8(e.what());
        m_problem = translated(m_englishProblem);
        m_problemLabel->setText(m_problem);
        m_problemLabel->show();
        markStage(stageNamed(m_englishProblem));
        m_table->setEnabled(false);
    }
}

void NetworkTable::markStage(int stage)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, palette::errorText(palette));
    m_problemLabel->setPalette(palette);
    for (int s = 0; s < m_stageLabels.size(); ++s) {
        QFont font = m_stageLabels[s]->font();
        font.setBold(s == stage);
        m_stageLabels[s]->setFont(font);
        m_stageLabels[s]->setPalette(s == stage ? palette : this->palette());
    }
}

void NetworkTable::fillTable()
{
    m_table->setEnabled(m_problem.isEmpty());
    const ShapeTable shapes(m_shown);
    const auto& layers = shapes.layers();
    m_table->setRowCount(static_cast<int>(layers.size()) + 1);
    const QLocale locale;
    const auto set = [this](int row, int column, const QString& text, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tip);
        if (column != Layer)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerShape& l = layers[i];
        const int row = static_cast<int>(i);
        set(row, Layer, QString::fromStdString(l.name));
        const QString output = l.kind == LayerKind::Linear
                                   ? QString::number(l.channels)
                                   : tr("%1 × %2 × %2").arg(l.channels).arg(l.size);
        const QString formula =
            l.formula.empty()
                ? QString()
                : tr("Output size per axis: %1").arg(QString::fromStdString(l.formula));
        set(row, Output, output, formula);
        set(row, Parameters, locale.toString(l.parameters));
        set(row, MultiplyAdds, locale.toString(l.multiplyAdds));
        set(row, Field,
            l.kind == LayerKind::Linear ? tr("the whole digit")
                                        : tr("%1 × %1").arg(l.receptiveField),
            l.kind == LayerKind::Linear
                ? QString()
                : tr("A unit sees %1 × %1 input pixels (padding included); neighbouring units "
                     "are %2 pixels apart.")
                      .arg(l.receptiveField)
                      .arg(l.jump));
    }
    const int total = static_cast<int>(layers.size());
    set(total, Layer, tr("total"));
    set(total, Output, QString());
    set(total, Parameters, locale.toString(shapes.parameters()));
    set(total, MultiplyAdds, locale.toString(shapes.multiplyAdds()));
    set(total, Field, QString());
    for (int c = 0; c < Columns; ++c) {
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->item(total, c)->setFont(bold);
    }
}

void NetworkTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LocaleChange)
        fillTable();
    QWidget::changeEvent(event);
}

} // namespace convlab
