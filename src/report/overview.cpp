#include "report/overview.h"

#include "report/html_escape.h"

#include "core/shelter_lifecycle.h"

#include <sstream>

namespace bosai::report {
namespace {

void table_row(std::ostringstream& html, const DistrictShelterSummary& d, bool total) {
  html << (total ? "<tr class=\"total\">" : "<tr>") << "<th>" << html_escape(d.name) << "</th>";
  for (long n : d.by_kind) html << "<td>" << n << "</td>";
  html << "<td>" << d.capacity();
  if (d.capacity_estimated > 0) html << " <small>(推計" << d.capacity_estimated << ")</small>";
  html << "</td><td>" << d.infection_control_capacity() << "</td><td>" << d.without_capacity << "</td></tr>\n";
}

}  // namespace

std::string overview_html(const ShelterSummary& summary, const std::vector<Shelter>& all_shelters,
                          const std::string& map_html) {
  std::vector<Shelter> shelters;
  for (const auto& s : all_shelters) {
    if (in_effect(s, summary.as_of)) shelters.push_back(s);
  }
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>避難所概況 — "
       << html_escape(summary.ward_name) << "</title>\n<style>\n"
       << "@page { size: A4; margin: 12mm; }\n"
          "body { font-family: 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; font-size: 9pt; margin: 0; }\n"
          "h1 { font-size: 15pt; margin: 0 0 2mm; } .meta { margin: 0 0 3mm; color: #333; }\n"
          "table { border-collapse: collapse; width: 100%; font-size: 8pt; } th, td { border: 1px solid #888; padding: 0.6mm 1.2mm; }\n"
          "td { text-align: right; } thead th { background: #eee; font-weight: normal; font-size: 8pt; }\n"
          "tr.total { font-weight: bold; background: #f4f4f4; }\n"
          ".map { margin-top: 3mm; page-break-inside: avoid; } .map svg { width: 100%; height: auto; }\n"
          ".note { font-size: 8pt; color: #333; }\n"
          "</style>\n</head>\n<body>\n";
  html << "<h1>避難所概況 — " << html_escape(summary.ward_name) << "</h1>\n<p class=\"meta\">"
       << html_escape(summary.as_of) << " 時点で有効な避難所 " << shelters.size() << " か所</p>\n";
  html << "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n<thead><tr><th>地区</th>";
  for (auto k : kAllShelterKinds) html << "<th>" << html_escape(std::string(shelter_kind_label(k))) << "</th>";
  html << "<th>収容人数</th><th>感染症対策時</th><th>収容人数<br>未設定</th></tr></thead>\n<tbody>\n";
  for (const auto& d : summary.districts) table_row(html, d, false);
  table_row(html, summary.total, true);
  html << "</tbody>\n</table>\n<p class=\"note\">収容人数は指定避難所・福祉避難所・予備避難所の合計（公表値・運営委員会の人数と、"
          "床面積÷3.3m²による推計を区別して表示）。感染症対策時はその約1/3。</p>\n<div class=\"map\">"
       << map_html << "</div>\n";
  html << "</body>\n</html>\n";
  return html.str();
}

}  // namespace bosai::report
