// SPDX-License-Identifier: MIT
#include "learn/OwnDigitsPanel.h"

#include "document/Document.h"
#include "i18n/Retranslation.h"
#include "image/ImageConversion.h"
#include "views/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace convlab {

namespace {

constexpr int kThumbnail = 40; // twice the 20×20 digit: every pixel a 2×2 square

} // namespace

OwnDigitsPanel::OwnDigitsPanel(QWidget* parent)
    : QGroupBox(parent), m_texts(new Retranslation(this)), m_label(new QSpinBox(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_list(new QListWidget(this)),
      m_counts(new QLabel(this)), m_run(new QLabel(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ownDigitsPanel"));
    m_texts->title(this, [] { return tr("Your own digits"); });
    auto* layout = new QVBoxLayout(this);
    auto* about = m_texts->text(new QLabel(this), [] {
        return tr("Draw a digit on the pad, say which digit it is, and add it to the training "
                  "set: the next run trains on it too (never on the held-out digits). The "
                  "digits are kept in the document.");
    });
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(about);

    auto* row = new QHBoxLayout;
    auto* labelText = m_texts->text(new QLabel(this), [] { return tr("La&bel"); });
    labelText->setBuddy(m_label);
    m_label->setObjectName(QStringLiteral("ownDigitLabel"));
    m_label->setRange(0, OwnDigits::kClasses - 1);
    m_label->setWrapping(true);
    m_texts->toolTip(m_label, [] { return tr("The digit you drew: its label in training"); });
    m_add->setObjectName(QStringLiteral("addOwnDigitButton"));
    m_texts->text(m_add, [] { return tr("&Add to Training Set"); });
    m_remove->setObjectName(QStringLiteral("removeOwnDigitButton"));
    m_texts->text(m_remove, [] { return tr("Remo&ve"); });
    m_texts->toolTip(m_remove, [] { return tr("Remove the selected digit (Undo puts it back)"); });
    row->addWidget(labelText);
    row->addWidget(m_label);
    row->addWidget(m_add);
    row->addStretch(1);
    row->addWidget(m_remove);
    layout->addLayout(row);

    m_problem->setObjectName(QStringLiteral("ownDigitProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_list->setObjectName(QStringLiteral("ownDigitList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWrapping(true);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Two rows of thumbnails in view; more scroll.
    m_list->setFixedHeight(2 * (kThumbnail + 2 * fontMetrics().height()));
    layout->addWidget(m_list);
    m_counts->setObjectName(QStringLiteral("ownDigitCounts"));
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);
    m_run->setObjectName(QStringLiteral("ownDigitRun"));
    m_run->setWordWrap(true);
    m_run->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_run);

    connect(m_add, &QPushButton::clicked, this, [this] { emit addRequested(m_label->value()); });
    connect(m_remove, &QPushButton::clicked, this, &OwnDigitsPanel::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_document && !m_list->selectedItems().isEmpty()); });
    m_texts->add([this] { updateTexts(); });
    refresh();
}

void OwnDigitsPanel::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::ownDigitsChanged, this, &OwnDigitsPanel::refresh);
    refresh();
}

void OwnDigitsPanel::showProblem(const QString& problem)
{
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, palette::errorText(this->palette()));
    m_problem->setPalette(palette);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void OwnDigitsPanel::setRunText(const QString& text)
{
    m_run->setText(text);
    m_run->setVisible(!text.isEmpty());
}

bool OwnDigitsPanel::removeSelected()
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0 || m_list->selectedItems().isEmpty())
        return false;
    const Outcome outcome = m_document->removeOwnDigit(row);
    showProblem(outcome.ok ? QString() : outcome.message);
    return outcome.ok;
}

void OwnDigitsPanel::refresh()
{
    const int selected = m_list->currentRow();
    m_list->clear();
    if (m_document) {
        for (const OwnDigit& digit : m_document->ownDigits()) {
            const QImage image =
                grayImage(digit.pixels)
                    .scaled(kThumbnail, kThumbnail, Qt::IgnoreAspectRatio, Qt::FastTransformation);
            auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)),
                                             QString::number(digit.label), m_list);
            item->setTextAlignment(Qt::AlignHCenter);
        }
    }
    if (selected >= 0 && selected < m_list->count())
        m_list->setCurrentRow(selected);
    setEnabled(m_document != nullptr);
    m_remove->setEnabled(m_document && !m_list->selectedItems().isEmpty());
    updateTexts();
}

void OwnDigitsPanel::updateTexts()
{
    const std::vector<OwnDigit> none;
    const std::vector<OwnDigit>& digits = m_document ? m_document->ownDigits() : none;
    if (digits.empty()) {
        m_counts->setText(tr("None yet."));
        return;
    }
    // A row of the ten digits over a row of how many of each: the classes left out show.
    const std::array<int, OwnDigits::kClasses> counts = OwnDigits::perClass(digits);
    QString digitRow = QStringLiteral("<td>%1&nbsp;</td>").arg(tr("digit").toHtmlEscaped());
    QString countRow = QStringLiteral("<td>%1&nbsp;</td>").arg(tr("count").toHtmlEscaped());
    for (int d = 0; d < OwnDigits::kClasses; ++d) {
        digitRow += QStringLiteral("<td align=\"center\">%1</td>").arg(d);
        countRow += QStringLiteral("<td align=\"center\"><b>%1</b></td>")
                        .arg(counts[static_cast<std::size_t>(d)]);
    }
    m_counts->setText(
        QStringLiteral(
            "%1<table cellspacing=\"0\" cellpadding=\"3\"><tr>%2</tr><tr>%3</tr></table>")
            .arg(tr("%n digit(s) of your own (at most %1):", nullptr,
                    static_cast<int>(digits.size()))
                     .arg(OwnDigits::kMaxCount)
                     .toHtmlEscaped(),
                 digitRow, countRow));
}

} // namespace convlab
