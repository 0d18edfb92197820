// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convlab {

// A lesson text (Qt rich text, the subset resources/lessons/FORMAT.md allows) as Markdown for a
// Jupyter notebook: paragraphs, <i> as *…*, <b> as **…**, <tt> as `…`, <br> and lists;
// <sub> and <sup> stay HTML, which Jupyter's Markdown shows and Markdown has no syntax for.
// Text is escaped so that nothing in it becomes Markdown or MathJax by accident ($, *, _, …);
// tags it does not know are dropped, their text kept.
QString richTextToMarkdown(const QString& html);

} // namespace convlab
