// SPDX-License-Identifier: MIT
#pragma once

#include <csignal>

namespace convlab::cli {

// While an export writes its staged file or folder, SIGTERM, SIGINT and SIGHUP (a `timeout`,
// Ctrl+C, a closed terminal) only ask it to stop: the export sees the request at its next
// frame, gives up, and its staged output is removed as for any failure. Then the process ends
// by the same signal, as the sender expects. Outside such a scope the signals act as usual.
class TerminationSignals final {
  public:
    TerminationSignals();
    ~TerminationSignals(); // ends the process by the signal received, if one was
    TerminationSignals(const TerminationSignals&) = delete;
    TerminationSignals& operator=(const TerminationSignals&) = delete;

    // The signal received since construction, 0 for none.
    static int received();

  private:
    struct sigaction m_previous[3];
};

} // namespace convlab::cli
