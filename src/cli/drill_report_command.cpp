// `bosai drill report ID --pdf OUT [--html OUT]`: the after-action report of a drill (docs/drills.md), made from
// its stored events alone, with the occupancy chart and the maps before and after each forced re-plan.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/stderr_progress.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "drills/drill_scenario.h"
#include "render/html_pdf.h"
#include "render/map_figure.h"
#include "report/drill_report_html.h"
#include "services/drill_report.h"
#include "services/drill_report_maps.h"
#include "services/output_files.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {

// Two maps a page (182 × 115 mm each of an A4 page), the chart across the page, in CSS pixels.
constexpr double kMapWidth = 680, kMapHeight = 430, kChartHeight = 340;

std::optional<render::Chart> occupancy_chart(const services::DrillReport& r) {
  const auto& o = r.occupancy;
  if (o.minutes.empty() || o.people.empty()) return std::nullopt;
  render::Chart chart;
  chart.kind = o.minutes.size() < 2 ? render::Chart::Kind::kBars : render::Chart::Kind::kLines;
  chart.title = "避難所ごとの人数（計算した避難先と到着した人）";
  chart.unit = "人";
  for (const int m : o.minutes) chart.categories.push_back(drills::drill_time_text((r.start_minute + m) % (24 * 60)));
  for (const auto& [name, counts] : o.people) {
    render::ChartSeries s{name, {}};
    for (const long n : counts) s.values.push_back(static_cast<double>(n));
    chart.series.push_back(std::move(s));
  }
  return chart;
}

// The report's HTML: with `pdf_figures`, figures as <img> the PDF draws; without, as inline SVG.
std::string report_html(const services::DrillReport& r, const std::optional<render::Chart>& chart,
                        const std::vector<services::DrillChangeMaps>& maps, render::SheetFigures* pdf_figures) {
  report::DrillReportFigures f;
  if (chart) f.occupancy = render::sheet_figure_markup("occupancy", *chart, kMapWidth, kChartHeight, pdf_figures);
  for (const auto& m : maps) {
    const std::string n = std::to_string(m.assignment);
    f.changes[m.assignment] = {render::sheet_figure_markup("before-" + n, m.before, kMapWidth, kMapHeight, pdf_figures),
                               render::sheet_figure_markup("after-" + n, m.after, kMapWidth, kMapHeight, pdf_figures)};
  }
  return report::drill_report_html(r, f);
}

}  // namespace

void add_drill_report_command(CLI::App& app, Context& context) {
  struct Options {
    long id = 0;
    std::filesystem::path pdf, html;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = drill_group(app).add_subcommand("report", "The after-action report of a drill (PDF and/or HTML, Japanese)");
  cmd->add_option("ID", o->id, "Drill id (bosai drill list)")->required();
  cmd->add_option("--pdf", o->pdf, "Write the report as PDF (A4)");
  cmd->add_option("--html", o->html, "Write the report as HTML (figures as inline SVG)");
  cmd->callback([&context, o] {
    if (o->pdf.empty() && o->html.empty()) throw InputError("", 0, "--pdf", "--pdf OUT か --html OUT で出力先を指定してください");
    auto store = open_store(context);
    StderrProgress progress(context);
    const auto r = services::drill_report(*store, o->id);
    const auto chart = occupancy_chart(r);
    const auto maps = services::drill_change_maps(*store, r, progress);
    // Both made before either is written: a failure leaves neither half-made.
    std::vector<std::pair<std::filesystem::path, std::string>> out;
    if (!o->pdf.empty()) {
      render::SheetFigures figures;
      const auto html = report_html(r, chart, maps, &figures);
      out.push_back({o->pdf, render::html_to_pdf(html, "事後検証報告書 " + r.name, {}, figures)});
    }
    if (!o->html.empty()) out.push_back({o->html, report_html(r, chart, maps, nullptr)});
    for (const auto& [file, content] : out) services::write_file(file, content);
    if (context.json) {
      std::cout << nlohmann::json{{"drill", o->id}, {"maps", maps.size() * 2}, {"chart", chart.has_value()}}.dump() << "\n";
    } else {
      for (const auto& [file, content] : out) std::cout << file.string() << "\n";
    }
  });
}

}  // namespace bosai::cli
