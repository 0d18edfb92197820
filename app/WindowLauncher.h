// SPDX-License-Identifier: MIT
#pragma once

namespace convlab {

// Starts the ConvLab window: says so plainly, with the headless commands to use instead,
// when there is no display; takes the hidden --smoke-test PATH used by the X11 smoke test.
class WindowLauncher final {
  public:
    static int run(int argc, char* argv[]);

  private:
    static bool hasDisplay(int argc, char* argv[]);
    static void explainMissingDisplay(const char* program);
};

} // namespace convlab
