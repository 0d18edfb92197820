// SPDX-License-Identifier: MIT
#include "SummaryReporter.h"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <utility>

namespace convlab::bench {
namespace {

double toMilliseconds(double value, benchmark::TimeUnit unit)
{
    switch (unit) {
    case benchmark::kNanosecond:
        return value / 1e6;
    case benchmark::kMicrosecond:
        return value / 1e3;
    case benchmark::kMillisecond:
        return value;
    case benchmark::kSecond:
        return value * 1e3;
    }
    return value;
}

std::string formatMs(double ms)
{
    if (ms < 0)
        return "–";
    char text[32];
    std::snprintf(text, sizeof text, ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%.0f", ms);
    return text;
}

} // namespace

SummaryReporter::SummaryReporter(std::vector<std::string> caseOrder)
    : m_caseOrder(std::move(caseOrder))
{
}

void SummaryReporter::ReportRuns(const std::vector<Run>& runs)
{
    for (const Run& run : runs) {
        if (run.error_occurred)
            continue;
        const bool minimum = run.run_type == Run::RT_Aggregate && run.aggregate_name == "min";
        if (run.run_type == Run::RT_Aggregate && !minimum)
            continue;
        Timing& timing = m_timings[run.run_name.function_name];
        if (timing.fromMinimum && !minimum)
            continue;
        timing.milliseconds = toMilliseconds(run.GetAdjustedRealTime(), run.time_unit);
        timing.fromMinimum = minimum;
        timing.label = run.report_label;
        for (const auto& [name, counter] : run.counters)
            timing.counters[name] = counter.value;
    }
    ConsoleReporter::ReportRuns(runs);
}

void SummaryReporter::Finalize()
{
    ConsoleReporter::Finalize();
    std::ostream& out = GetOutputStream();
    const auto ms = [this](const std::string& name) {
        const auto found = m_timings.find(name);
        return found == m_timings.end() ? -1.0 : found->second.milliseconds;
    };
    out << "\n| case | Core (ms) | OpenCV (ms) | Direct (ms) | Core/OpenCV |\n"
           "|---|---:|---:|---:|---:|\n";
    double worstRatio = 0;
    for (const std::string& name : m_caseOrder) {
        const double core = ms("Core/" + name);
        const double openCv = ms("OpenCV/" + name), direct = ms("Direct/" + name);
        std::string ratioText = "–";
        if (core >= 0 && openCv > 0) {
            char text[16];
            std::snprintf(text, sizeof text, "%.2f", core / openCv);
            ratioText = text;
            worstRatio = std::max(worstRatio, core / openCv);
        }
        std::string openCvText = formatMs(openCv);
        if (const auto found = m_timings.find("OpenCV/" + name);
            found != m_timings.end() && !found->second.label.empty())
            openCvText += " (" + found->second.label + ")";
        out << "| " << name << " | " << formatMs(core) << " | " << openCvText << " | "
            << formatMs(direct) << " | " << ratioText << " |\n";
    }
    bool memoryHeader = false;
    for (const auto& [name, timing] : m_timings) {
        const auto peak = timing.counters.find("peak_MB");
        if (peak == timing.counters.end())
            continue;
        if (!memoryHeader) {
            out << "\n| memory probe | peak RSS (MB) | before the data (MB) |\n|---|---:|---:|\n";
            memoryHeader = true;
        }
        out << "| " << name << " | " << formatMs(peak->second) << " | "
            << formatMs(timing.counters.count("baseline_MB") ? timing.counters.at("baseline_MB")
                                                             : -1)
            << " |\n";
    }

    // Issue 6's targets, from this run's numbers.
    const auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
    const double k64 = ms("Core/r1080_k64"), cached = ms("Core/r1080_k64_cached");
    const double k5 = ms("Core/r1080_k5"), s4 = ms("Core/r1080_k5_s4");
    double peak = 0;
    for (const auto& [name, timing] : m_timings)
        if (const auto found = timing.counters.find("peak_MB"); found != timing.counters.end())
            peak = std::max(peak, found->second);
    char line[160];
    out << "\n| target | this run | |\n|---|---:|---|\n";
    std::snprintf(line, sizeof line, "| Core/OpenCV <= 1.0 in every case | %.2f (worst) | %s |\n",
                  worstRatio, verdict(worstRatio > 0 && worstRatio <= 1.0));
    out << line;
    std::snprintf(line, sizeof line, "| r1080_k64 <= 15 ms | %.1f ms | %s |\n", k64,
                  verdict(k64 >= 0 && k64 <= 15));
    out << line;
    std::snprintf(line, sizeof line, "| r1080_k64_cached <= 10 ms | %.1f ms | %s |\n", cached,
                  verdict(cached >= 0 && cached <= 10));
    out << line;
    std::snprintf(line, sizeof line, "| r1080_k5_s4 <= r1080_k5 / 8 | 1/%.1f | %s |\n",
                  s4 > 0 ? k5 / s4 : 0.0, verdict(s4 > 0 && k5 >= 8 * s4));
    out << line;
    std::snprintf(line, sizeof line, "| peak memory 4096x4096, 64x64 < 400 MB | %.0f MB | %s |\n",
                  peak, verdict(peak > 0 && peak < 400));
    out << line;
    out.flush();
}

} // namespace convlab::bench
