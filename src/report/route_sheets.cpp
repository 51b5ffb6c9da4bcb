#include "report/route_sheets.h"

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

// One sheet a page; the break is inline (before every sheet but the first) so browsers and the PDF path
// (QTextDocument, which knows neither <section> nor :last-of-type) both page the same, without a blank last page.
void open_sheet(std::ostringstream& html, bool first) {
  html << (first ? "<div class=\"sheet\">\n" : "<div class=\"sheet\" style=\"page-break-before: always\">\n");
}

void sheet(std::ostringstream& html, const supply::SupplyPlan& plan, const supply::DriverRoute& route, bool first) {
  std::map<std::string, long> load;
  double weight = 0, volume = 0;
  for (const auto& stop : route.stops) {
    for (const auto& [code, units] : stop.unload) load[code] += units;
    weight += stop.weight_kg;
    volume += stop.volume_l;
  }
  open_sheet(html, first);
  html << "<h1>配送ルート表 — " << html_escape(route.vehicle_name) << "</h1>\n"
       << "<p class=\"meta\">" << html_escape(plan.scenario) << "｜車両 " << html_escape(route.vehicle_id) << " ("
       << html_escape(route.vehicle_kind) << ")｜出発 " << html_escape(route.start_depot) << " "
       << format_clock(route.start) << "｜帰着 " << html_escape(route.end_depot) << " " << format_clock(route.end)
       << "｜走行距離 " << fixed(route.distance_m / 1000.0, 1) << " km</p>\n"
       << "<p class=\"load\"><b>積込み（出発時）:</b> " << quantities(plan, load) << "（計 " << fixed(weight, 0)
       << " kg / " << fixed(volume, 0) << " L）</p>\n"
       << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th>順</th><th>避難所</th><th>到着予定</th><th>受入時間帯</th><th>荷下ろし品目</th>"
          "<th>重量</th><th>受領印</th></tr></thead>\n<tbody>\n";
  int n = 0;
  for (const auto& stop : route.stops) {
    html << "<tr><td>" << ++n << "</td><td>" << html_escape(stop.name) << "<br><small>"
         << html_escape(stop.shelter_id) << "</small></td><td nowrap>" << format_clock(stop.arrival) << "</td><td nowrap>"
         << format_clock(stop.window_from) << "–" << format_clock(stop.window_until) << "</td><td>"
         << quantities(plan, stop.unload) << "</td><td>" << fixed(stop.weight_kg, 0)
         << " kg</td><td class=\"sign\" width=\"60\"></td></tr>\n";
  }
  if (route.stops.empty()) html << "<tr><td colspan=\"7\">配送なし（待機）</td></tr>\n";
  html << "</tbody>\n</table>\n<p class=\"note\">道路の閉塞・避難所の状況変化があれば本部へ連絡し、指示を受けてください。"
          "到着予定は計画値です。</p>\n</div>\n";
}

}  // namespace

std::string route_sheets_html(const supply::SupplyPlan& plan) {
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>配送ルート表 — "
       << html_escape(plan.scenario)
       << "</title>\n<style>\n@page { size: A4; margin: 14mm; }\n"
          "body { font-family: 'Noto Sans CJK JP', 'IPAexGothic', sans-serif; font-size: 10.5pt; }\n"
          "h1 { font-size: 15pt; border-bottom: 2px solid #333; }\n"
          "table { width: 100%; border-collapse: collapse; }\n"
          "th, td { border: 1px solid #555; padding: 4px; vertical-align: top; }\n"
          "th { background: #eee; }\n td.sign { width: 18mm; }\n.note { font-size: 9pt; color: #333; }\n"
          "</style>\n</head>\n<body>\n";
  for (std::size_t r = 0; r < plan.routes.size(); ++r) sheet(html, plan, plan.routes[r], r == 0);
  if (!plan.unserved.empty()) {
    open_sheet(html, plan.routes.empty());
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
