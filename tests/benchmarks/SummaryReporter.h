// SPDX-License-Identifier: MIT
#pragma once

#include <benchmark/benchmark.h>
#include <map>
#include <string>
#include <vector>

namespace convlab::bench {

// The console output, then one Markdown table (the one README shows): a row per case, a
// column per implementation, and Core/OpenCV. With --benchmark_repetitions, the minimum over
// repetitions is used (the least disturbed run on a shared machine).
class SummaryReporter final : public benchmark::ConsoleReporter {
  public:
    explicit SummaryReporter(std::vector<std::string> caseOrder);

    void ReportRuns(const std::vector<Run>& runs) override;
    void Finalize() override;

  private:
    struct Timing {
        double milliseconds = -1;
        bool fromMinimum = false;
        std::map<std::string, double> counters;
        std::string label;
    };
    std::vector<std::string> m_caseOrder;
    std::map<std::string, Timing> m_timings; // by "Impl/case"
};

} // namespace convlab::bench
