#pragma once
#include "services/drill_report.h"

#include <map>
#include <string>
#include <utility>

namespace bosai::report {

// The figures of the report as the sheet carries them (render::sheet_figure_markup: inline SVG for a
// browser, an <img> the PDF draws): the occupancy chart, and per re-plan (index into the report's
// assignments) the map before and after it. Empty strings: the figure is left out.
struct DrillReportFigures {
  std::string occupancy;
  std::map<std::size_t, std::pair<std::string, std::string>> changes;
};

// The after-action report of a drill as one A4 HTML document, in Japanese: overview and participants, the
// objectives with their ratings, the timeline, the measured facts (time to the first decision, people placed,
// deliveries later than planned, decisions against the optimum), the maps and chart, the cards and checklists
// exercised or missed, strengths and areas for improvement per objective with the sections they are about, and
// the improvement plan (actions opened, closed by this drill, still open).
std::string drill_report_html(const services::DrillReport& report, const DrillReportFigures& figures);

}  // namespace bosai::report
