// SPDX-License-Identifier: MIT
#pragma once

class QMainWindow;
class QSplitter;

namespace convlab {

class CodePanel;
class Document;

// What the window remembers from one start to the next (QSettings): its geometry, docks and
// toolbars, the views' split, the code panel's language and the preferred colormap.
class WindowSettings final {
  public:
    // Without saved geometry the window takes most of the primary screen, centred. The
    // preferred colormap applies to `document` without making it modified.
    static void restore(QMainWindow& window, QSplitter& views, CodePanel& code, Document& document);
    static void save(const QMainWindow& window, const QSplitter& views, const CodePanel& code,
                     const Document& document);
};

} // namespace convlab
