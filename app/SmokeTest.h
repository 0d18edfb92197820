// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace convlab {

// Shows the window, waits until the windowing system exposes it, grabs it and saves the grab
// as a PNG. Fails (exit code 1) when the window is never exposed or the grab is all one
// colour: a window that draws nothing is not a working window.
class SmokeTest final {
  public:
    explicit SmokeTest(QString outputPath);
    int run(QWidget& window) const;

  private:
    static bool waitUntilExposed(QWidget& window, int timeoutMs);
    static void settle(int durationMs);

    QString m_outputPath;
};

} // namespace convlab
