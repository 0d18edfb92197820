// SPDX-License-Identifier: MIT
#include "SummaryReporter.h"

#include <cstdio>
#include <ostream>
#include <utility>

namespace convlab::bench {
namespace {

double toMilliseconds(double value, benchmark::TimeUnit unit)
{
    switch (unit) {
    case benchmark::kNanosecond: return value / 1e6;
    case benchmark::kMicrosecond: return value / 1e3;
    case benchmark::kMillisecond: return value;
    case benchmark::kSecond: return value * 1e3;
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
    out << "\n| case | Core (ms) | Engine (ms) | OpenCV (ms) | Direct (ms) | Core/OpenCV | "
           "Engine/OpenCV |\n|---|---:|---:|---:|---:|---:|---:|\n";
    for (const std::string& name : m_caseOrder) {
        const double core = ms("Core/" + name), engine = ms("Engine/" + name);
        const double openCv = ms("OpenCV/" + name), direct = ms("Direct/" + name);
        const auto ratio = [openCv](double t) {
            if (t < 0 || openCv <= 0)
                return std::string("–");
            char text[16];
            std::snprintf(text, sizeof text, "%.2f", t / openCv);
            return std::string(text);
        };
        std::string openCvText = formatMs(openCv);
        if (const auto found = m_timings.find("OpenCV/" + name);
            found != m_timings.end() && !found->second.label.empty())
            openCvText += " (" + found->second.label + ")";
        out << "| " << name << " | " << formatMs(core) << " | " << formatMs(engine) << " | "
            << openCvText << " | " << formatMs(direct) << " | " << ratio(core) << " | "
            << ratio(engine) << " |\n";
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
            << formatMs(timing.counters.count("baseline_MB") ? timing.counters.at("baseline_MB") : -1)
            << " |\n";
    }
    out.flush();
}

} // namespace convlab::bench
