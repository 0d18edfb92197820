// SPDX-License-Identifier: MIT
#include "views/CodePanel.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "i18n/Retranslation.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace convlab {

namespace {

CodeRequest requestFor(const Parameters& parameters)
{
    CodeRequest request;
    request.inputPath = "input.npy";
    request.kernelPath = "kernel.npy";
    request.conv = parameters.effectiveConv();
    request.method = parameters.method;
    request.pool = parameters.pool;
    request.operation =
        parameters.isTemplateMatch() ? CodeRequest::Operation::Match : CodeRequest::Operation::Conv;
    return request;
}

} // namespace

QString CodePanel::codeFor(const Parameters& parameters, CodeLanguage language)
{
    try {
        QString code = QString::fromStdString(generateCode(requestFor(parameters), language));
        if (parameters.poolEnabled) {
            CodeRequest pool = requestFor(parameters);
            pool.operation = CodeRequest::Operation::Pool;
            pool.inputPath = "response.npy";
            code += QStringLiteral("\n# ") +
                    tr("Pooling after: save the map above as response.npy, then") +
                    QStringLiteral("\n") + QString::fromStdString(generateCode(pool, language));
        }
        return code;
    } catch (const Error& error) {
        return QStringLiteral("# ") +
               tr("No snippet for these parameters: %1").arg(CoreMessages::translate(error.what()));
    }
}

CodePanel::CodePanel(QWidget* parent) : QWidget(parent)
{
    auto* texts = new Retranslation(this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("codeLanguage"));
    m_language->addItem(QStringLiteral("NumPy"), static_cast<int>(CodeLanguage::NumPy));
    m_language->addItem(QStringLiteral("PyTorch"), static_cast<int>(CodeLanguage::PyTorch));
    m_language->addItem(QStringLiteral("OpenCV"), static_cast<int>(CodeLanguage::OpenCV));
    connect(m_language, &QComboBox::currentIndexChanged, this, &CodePanel::refresh);
    auto* copy = texts->text(new QPushButton(this), [] { return tr("Copy"); });
    texts->toolTip(copy, [] { return tr("Copy the snippet to the clipboard"); });
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(code());
        emit copied();
    });
    auto* save = texts->text(new QPushButton(this), [] { return tr("Save arrays…"); });
    texts->toolTip(
        save, [] { return tr("Write input.npy and kernel.npy, the files the snippet loads"); });
    connect(save, &QPushButton::clicked, this, &CodePanel::saveArraysRequested);
    bar->addWidget(m_language, 1);
    bar->addWidget(copy);
    bar->addWidget(save);
    layout->addLayout(bar);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("code"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    texts->add([this] { refresh(); }); // the snippet's comments are translated
}

void CodePanel::setParameters(const Parameters& parameters)
{
    m_parameters = parameters;
    refresh();
}

CodeLanguage CodePanel::language() const
{
    return static_cast<CodeLanguage>(m_language->currentData().toInt());
}

void CodePanel::setLanguage(CodeLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(language)));
}

QString CodePanel::code() const
{
    return m_text->toPlainText();
}

void CodePanel::refresh()
{
    m_text->setPlainText(codeFor(m_parameters, language()));
}

} // namespace convlab
