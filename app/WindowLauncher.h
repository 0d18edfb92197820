// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convlab {

// Starts the ConvLab window: says so plainly, with the headless commands to use instead,
// when there is no display; takes the hidden --smoke-test PATH used by the X11 smoke test.
class WindowLauncher final {
  public:
    // `language` is "fr" or "en" from --lang, or empty for the one chosen in the window's
    // menu (else the system's).
    static int run(int argc, char* argv[], const QString& language = {});

  private:
    static bool hasDisplay(int argc, char* argv[]);
    static void explainMissingDisplay(const char* program);
};

} // namespace convlab
