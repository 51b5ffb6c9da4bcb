// `bosai tally form ID --pdf OUT` (the block leaders' form) and `bosai tally report ID --pdf OUT` (the results:
// rates with last year's beside them, the blocks still out, the results map and charts).
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/stderr_progress.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "render/html_pdf.h"
#include "render/map_figure.h"
#include "report/tally_sheets.h"
#include "services/output_files.h"
#include "services/tally_drills.h"
#include "services/tally_maps.h"
#include "store/ward_repository.h"

#include <iostream>

namespace bosai::cli {
namespace {

// A figure across an A4 page, in CSS pixels.
constexpr double kWidth = 680, kMapHeight = 560, kChartHeight = 300;

std::map<std::string, std::string> district_names(const WardStructure& ward) {
  std::map<std::string, std::string> names;
  for (const auto& d : ward.districts) names[d.code] = d.name;
  return names;
}

render::Chart over_time_chart(const services::TallyResult& r) {
  render::Chart chart;
  chart.kind = r.summary.over_time.size() < 2 ? render::Chart::Kind::kBars : render::Chart::Kind::kLines;
  chart.title = "時刻ごとの掲出率と確認率（訓練区域全体）";
  chart.unit = "%";
  render::ChartSeries posted{"掲出率", {}}, checked{"確認率", {}};
  for (const auto& [t, f] : r.summary.over_time) {
    chart.categories.push_back(format_clock(t));
    posted.values.push_back(f.posted_rate() * 100);
    checked.values.push_back(f.checked_rate() * 100);
  }
  chart.series = {posted, checked};
  return chart;
}

std::optional<render::Chart> year_on_year_chart(const services::TallyResult& r, const WardStructure& ward) {
  if (!r.comparison) return std::nullopt;
  const auto& c = *r.comparison;
  render::Chart chart;
  chart.title = "掲出率 前回（" + r.previous->date + "）と今回";
  chart.unit = "%";
  render::ChartSeries before{"前回", {}}, now{"今回", {}};
  const auto add = [&](const std::string& label, const tally::Comparison::Row& row) {
    chart.categories.push_back(label);
    before.values.push_back(row.before ? row.before->posted_rate() * 100 : std::nan(""));
    now.values.push_back(row.now ? row.now->posted_rate() * 100 : std::nan(""));
  };
  add("全体", c.overall);
  const auto names = district_names(ward);
  for (const auto& row : c.districts) add(names.count(row.key) ? names.at(row.key) : row.key, row);
  for (const auto& row : c.dwellings) {
    add(dwelling_label(parse_dwelling(row.key).value_or(Dwelling::kDetached)), row);
  }
  chart.series = {before, now};
  return chart;
}

struct PrintOptions {
  long id = 0;
  std::filesystem::path pdf, html;
  std::string at;
  std::filesystem::path roads;
};

void require_output(const PrintOptions& o) {
  if (o.pdf.empty() && o.html.empty()) throw InputError("", 0, "--pdf", "--pdf OUT か --html OUT で出力先を指定してください");
}

// Both made before either is written: a failure leaves neither half-made.
void write_outputs(const Context& context, const std::vector<std::pair<std::filesystem::path, std::string>>& out) {
  for (const auto& [file, content] : out) services::write_file(file, content);
  if (!context.json) {
    for (const auto& [file, content] : out) std::cout << file.string() << "\n";
  }
}

}  // namespace

void add_tally_print_commands(CLI::App& app, Context& context) {
  auto fo = std::make_shared<PrintOptions>();
  auto* form = tally_group(app).add_subcommand("form", "The block leaders' form to print (A4, one page per 町会)");
  form->add_option("ID", fo->id, "Tally id")->required();
  form->add_option("--pdf", fo->pdf, "Write it as PDF");
  form->add_option("--html", fo->html, "Write it as HTML");
  form->callback([&context, fo] {
    require_output(*fo);
    auto store = open_store(context);
    const auto drill = services::find_tally_drill(*store, fo->id);
    std::map<std::string, std::string> associations;
    for (const auto& a : store->wards().load().associations) associations[a.code] = a.name;
    const auto html = report::tally_form_html(drill, associations);
    std::vector<std::pair<std::filesystem::path, std::string>> out;
    if (!fo->pdf.empty()) out.push_back({fo->pdf, render::html_to_pdf(html, "集計用紙 " + drill.name, {}, {})});
    if (!fo->html.empty()) out.push_back({fo->html, html});
    write_outputs(context, out);
  });

  auto ro = std::make_shared<PrintOptions>();
  auto* report = tally_group(app).add_subcommand("report", "The results: rates, year on year, blocks still out, map");
  report->add_option("ID", ro->id, "Tally id")->required();
  report->add_option("--pdf", ro->pdf, "Write it as PDF (A4)");
  report->add_option("--html", ro->html, "Write it as HTML (figures as inline SVG)");
  report->add_option("--at", ro->at, "Only the reports in by this time, HH:MM");
  report->add_option("--roads", ro->roads, "Draw these roads under the blocks (any GDAL line file)");
  report->callback([&context, ro] {
    require_output(*ro);
    std::optional<Minutes> at;
    if (!ro->at.empty()) {
      at = parse_clock(ro->at);
      if (*at < 0 || *at >= 24 * 60) throw InputError("", 0, "--at", "'" + ro->at + "' is not a time HH:MM (10:30)");
    }
    auto store = open_store(context);
    StderrProgress progress(context);
    const auto result = services::tally_result(*store, ro->id, at);
    const auto ward = store->wards().load();
    const auto scene = services::tally_results_map(
        *store, result, ro->roads.empty() ? std::nullopt : std::optional<std::filesystem::path>(ro->roads), progress);
    const auto over_time = over_time_chart(result);
    const auto year_on_year = year_on_year_chart(result, ward);
    const auto html = [&](render::SheetFigures* figures) {
      report::TallySheetFigures f;
      if (!scene.readings.empty()) f.map = render::sheet_figure_markup("map", scene, kWidth, kMapHeight, figures);
      f.over_time = render::sheet_figure_markup("over-time", over_time, kWidth, kChartHeight, figures);
      if (year_on_year) f.year_on_year = render::sheet_figure_markup("year-on-year", *year_on_year, kWidth, kChartHeight, figures);
      return report::tally_results_html(result, district_names(ward), f);
    };
    std::vector<std::pair<std::filesystem::path, std::string>> out;
    if (!ro->pdf.empty()) {
      render::SheetFigures figures;
      const auto text = html(&figures);
      out.push_back({ro->pdf, render::html_to_pdf(text, "集計結果 " + result.drill.name, {}, figures)});
    }
    if (!ro->html.empty()) out.push_back({ro->html, html(nullptr)});
    write_outputs(context, out);
  });
}

}  // namespace bosai::cli
