#include "report/route_sheets.h"

#include "core/calendar_date.h"
#include "report/html_escape.h"

#include <cstdio>
#include <sstream>

namespace bosai::report {
namespace {

using supply::format_clock;

std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string item_label(const supply::SupplyPlan& plan, const std::string& code) {
  for (const auto& item : plan.items) {
    if (item.code == code) return item.name;
  }
  return code;
}

std::string item_unit(const supply::SupplyPlan& plan, const std::string& code) {
  for (const auto& item : plan.items) {
    if (item.code == code) return item.unit;
  }
  return "";
}

std::string quantities(const supply::SupplyPlan& plan, const std::map<std::string, long>& q) {
  std::string out;
  for (const auto& [code, units] : q) {
    if (units <= 0) continue;
    if (!out.empty()) out += "、";
    out += html_escape(item_label(plan, code)) + " " + std::to_string(units) + html_escape(item_unit(plan, code));
  }
  return out.empty() ? "—" : out;
}

// Times, windows and weights stay on one line in a browser; on paper QTextDocument breaks lines where the
// column is too narrow whatever the CSS says, so the columns are sized for them too.
std::string unbroken(const std::string& text) { return "<span class=\"unbroken\">" + text + "</span>"; }

// One sheet a page; the break is inline (before every sheet but the first) so browsers and the PDF path
// (QTextDocument, which knows neither <section> nor :last-of-type) both page the same, without a blank last page.
void open_sheet(std::ostringstream& html, bool first) {
  html << (first ? "<div class=\"sheet\">\n" : "<div class=\"sheet\" style=\"page-break-before: always\">\n");
}

// The day the sheet is for; a blank to fill in by hand when the scenario names none.
std::string day(const supply::SupplyPlan& plan) {
  return plan.date.empty() ? "　　　　年　　月　　日" : japanese_date(plan.date);
}

// Every vehicle on one page for the dispatcher: who drives where, and who stands by (待機) with nothing to
// deliver, so no driver is left without word. The driver column is filled in by hand when crews are assigned.
void summary(std::ostringstream& html, const supply::SupplyPlan& plan) {
  open_sheet(html, true);
  html << "<h1>配車一覧 — " << html_escape(plan.scenario) << "</h1>\n<p class=\"meta\">実施日 " << day(plan)
       << "｜計画 " << format_clock(plan.planned_at) << " 時点｜配送 " << plan.routes.size() << " 台・待機 "
       << plan.idle.size() << " 台｜総走行距離 " << fixed(plan.total_distance_m / 1000.0, 1) << " km</p>\n"
       << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n<thead><tr><th width=\"20%\">車両</th>"
          "<th width=\"22%\">出発拠点</th><th width=\"12%\">任務</th><th width=\"14%\">時間</th>"
          "<th>運転者（氏名・携帯電話）</th></tr></thead>\n<tbody>\n";
  auto row = [&](const supply::DriverRoute& r, const std::string& task) {
    html << "<tr><td>" << html_escape(r.vehicle_name) << "<br><small>" << html_escape(r.vehicle_id) << "（"
         << html_escape(r.vehicle_kind) << "）</small></td><td>" << html_escape(r.start_depot_name) << "</td><td>"
         << task << "</td><td>" << unbroken(format_clock(r.start) + "–" + format_clock(r.end)) << "</td><td></td></tr>\n";
  };
  for (const auto& r : plan.routes) row(r, "配送 " + std::to_string(r.stops.size()) + " か所");
  for (const auto& r : plan.idle) row(r, "<b>待機</b>");
  html << "</tbody>\n</table>\n";
  if (!plan.unserved.empty()) {
    html << "<p><b>未配送 " << plan.unserved.size() << " 件</b>（最後のページ、本部で対応）</p>\n";
  }
  html << "<p class=\"note\">待機の車両は出発拠点で本部からの指示を待ってください。</p>\n</div>\n";
}

// Who drives, written in by hand on the day: a driver is called on this number if the plan changes.
void driver_field(std::ostringstream& html) {
  html << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\">\n<tr><th class=\"write\" width=\"14%\">運転者氏名</th>"
          "<td class=\"write\" width=\"40%\"></td><th class=\"write\" width=\"14%\">携帯電話</th><td class=\"write\"></td></tr>\n"
          "</table>\n";
}

void sheet(std::ostringstream& html, const supply::SupplyPlan& plan, const supply::DriverRoute& route,
           const std::string& route_map) {
  std::map<std::string, long> load;
  double weight = 0, volume = 0;
  for (const auto& stop : route.stops) {
    for (const auto& [code, units] : stop.unload) load[code] += units;
    weight += stop.weight_kg;
    volume += stop.volume_l;
  }
  open_sheet(html, false);
  html << "<h1>配送ルート表 — " << html_escape(route.vehicle_name) << "</h1>\n"
       << "<p class=\"meta\">実施日 " << day(plan) << "｜" << html_escape(plan.scenario) << "｜車両 "
       << html_escape(route.vehicle_id) << " (" << html_escape(route.vehicle_kind) << ")｜走行距離 "
       << fixed(route.distance_m / 1000.0, 1) << " km</p>\n";
  driver_field(html);
  html << "<p><b>出発</b> " << html_escape(route.start_depot_name) << " " << format_clock(route.start)
       << "　→　<b>帰着</b> " << html_escape(route.end_depot_name) << " " << format_clock(route.end) << "</p>\n"
       << "<p class=\"load\"><b>積込み（出発時）:</b> " << quantities(plan, load) << "（計 " << fixed(weight, 0)
       << " kg / " << fixed(volume, 0) << " L）</p>\n"
       << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th width=\"4%\">順</th><th width=\"26%\">避難所・住所</th>"
          "<th width=\"9%\">到着予定</th><th width=\"15%\">受入時間帯</th><th width=\"28%\">荷下ろし品目</th>"
          "<th width=\"9%\">重量</th><th width=\"9%\">受領印</th></tr></thead>\n<tbody>\n";
  int n = 0;
  for (const auto& stop : route.stops) {
    html << "<tr><td>" << ++n << "</td><td><b>" << html_escape(stop.name) << "</b><br>"
         << (stop.address.empty() ? "" : "<span class=\"address\">" + html_escape(stop.address) + "</span><br>")
         << "<small>" << html_escape(stop.shelter_id) << "</small></td><td>" << unbroken(format_clock(stop.arrival))
         << "</td><td>" << unbroken(format_clock(stop.window_from) + "–" + format_clock(stop.window_until))
         << "</td><td class=\"items\">" << quantities(plan, stop.unload) << "</td><td>"
         << unbroken(fixed(stop.weight_kg, 0) + " kg") << "</td><td></td></tr>\n";
  }
  html << "</tbody>\n</table>\n<p class=\"note\">道路の閉塞・避難所の状況変化があれば本部へ連絡し、指示を受けてください。"
          "到着予定は計画値です。</p>\n</div>\n";
  // The map gets a page of its own after the stops: big enough to drive by, whatever the number of stops.
  if (route_map.empty()) return;
  open_sheet(html, false);
  html << "<h1>ルート図 — " << html_escape(route.vehicle_name) << "</h1>\n<p class=\"meta\">番号は配送ルート表の順。出発 "
       << html_escape(route.start_depot_name) << "</p>\n<div class=\"route-map\">" << route_map << "</div>\n</div>\n";
}

}  // namespace

std::string route_sheets_html(const supply::SupplyPlan& plan, const std::vector<std::string>& route_maps) {
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>配送ルート表 — "
       << html_escape(plan.scenario)
       << "</title>\n<style>\n@page { size: A4; margin: 14mm; }\n"
          "body { font-family: 'Noto Sans CJK JP', 'IPAexGothic', sans-serif; font-size: 10.5pt; }\n"
          "h1 { font-size: 15pt; border-bottom: 2px solid #333; }\n"
          "table { width: 100%; border-collapse: collapse; }\n"
          "th, td { border: 1px solid #555; padding: 4px; vertical-align: top; }\n"
          "th { background: #eee; }\n th.write, td.write { padding: 12px 6px; }\n"
          ".unbroken { white-space: nowrap; }\n.address { white-space: nowrap; font-size: 9.5pt; }\n td.items { font-size: 9pt; }\n.note { font-size: 9pt; color: #333; }\n"
          ".route-map { margin: 2mm 0; page-break-inside: avoid; } .route-map svg { width: 100%; height: auto; }\n"
          "</style>\n</head>\n<body>\n";
  summary(html, plan);
  for (std::size_t r = 0; r < plan.routes.size(); ++r) {
    sheet(html, plan, plan.routes[r], r < route_maps.size() ? route_maps[r] : std::string());
  }
  if (!plan.unserved.empty()) {
    open_sheet(html, false);
    html << "<h1>未配送（対応が必要）</h1>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th>避難所</th>"
            "<th>不足品目</th><th>理由</th></tr></thead>\n<tbody>\n";
    for (const auto& u : plan.unserved) {
      html << "<tr><td>" << html_escape(u.name) << "</td><td>" << quantities(plan, u.quantity) << "</td><td>"
           << html_escape(u.reason) << "</td></tr>\n";
    }
    html << "</tbody>\n</table>\n</div>\n";
  }
  html << "</body>\n</html>\n";
  return html.str();
}

}  // namespace bosai::report
