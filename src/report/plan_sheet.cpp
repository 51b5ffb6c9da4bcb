#include "report/plan_sheet.h"

#include "report/html_escape.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace bosai::report {
namespace {

constexpr const char* kStyle = R"css(
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 10.5pt; color: #000; }
h1 { font-size: 16pt; margin: 0 0 4mm; border-bottom: 2px solid #000; }
h2 { font-size: 12.5pt; margin: 5mm 0 2mm; background: #eee; padding: 1mm 2mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { border: 1px solid #444; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #f4f4f4; width: 28%; font-weight: normal; }
.sheet { page-break-after: always; }
.sheet:last-child { page-break-after: auto; }
.note { font-size: 9pt; border: 1px solid #000; padding: 2mm; margin-top: 4mm; }
.route-map { margin: 2mm 0; page-break-inside: avoid; } .route-map svg { width: 100%; height: auto; }
.confidential { float: right; margin: 0; border: 2px solid #000; padding: 0 2mm; font-weight: bold; }
)css";

// Tables also carry width/cellspacing attributes: the PDF path (QTextDocument) reads those, not the CSS.
std::string or_dash(const std::string& s) { return s.empty() ? "—" : html_escape(s); }

// What a reader of the sheet needs from a stored route: how far, on what kind of way, and where its map is.
// Routes made by `bosai plans route` carry distance and profile; others only say a map exists.
std::string route_summary(const std::string& route_geojson, bool map_below) {
  const std::string where = map_below ? "、経路図は下図" : "、経路図あり（別紙）";
  if (route_geojson.empty()) return "";
  const auto root = nlohmann::json::parse(route_geojson, nullptr, false);
  if (root.is_object() && root.contains("features") && root["features"].is_array()) {
    for (const auto& f : root["features"]) {
      const auto& props = f.value("properties", nlohmann::json::object());
      if (!props.is_object() || !props.contains("distance_m") || !props["distance_m"].is_number()) continue;
      const double metres = props["distance_m"].get<double>();
      const std::string profile = props.value("profile", "");
      std::ostringstream out;
      out << props.value("shelter_name", "避難先") << "まで約" << std::lround(metres / 10) * 10 << "m";
      if (profile == "wheelchair") out << "（段差を避ける経路）";
      if (profile == "walk") out << "（徒歩）";
      out << where;
      return out.str();
    }
  }
  return where.substr(std::string("、").size());
}

void row(std::ostringstream& html, const char* label, const std::string& value) {
  html << "<tr><th width=\"28%\">" << label << "</th><td>" << or_dash(value) << "</td></tr>\n";
}

void head(std::ostringstream& html, const std::string& title) {
  html << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << html_escape(title)
       << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
}

void plan_section(std::ostringstream& html, const EvacuationPlan& p, const std::string& route_map) {
  html << "<h2>" << plan_hazard_label(p.hazard) << "のときの計画（" << plan_status_label(p.status) << "・第" << p.revision
       << "版）</h2>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n";
  row(html, "避難先", std::string(destination_label(p.destination.kind)) +
                          (p.destination.name.empty() ? "" : "：" + p.destination.name) +
                          (p.destination.address.empty() ? "" : "（" + p.destination.address + "）"));
  row(html, "避難経路", route_summary(p.route_geojson, !route_map.empty()));
  row(html, "歩行・移動", p.care.mobility);
  row(html, "介助の方法", p.care.assistance);
  row(html, "医療的ケア", p.care.medical);
  std::string carry;
  for (const auto& item : p.care.carry) carry += (carry.empty() ? "" : "、") + item;
  row(html, "持ち出す物", carry);
  row(html, "安否確認の方法", p.safety_confirmation);
  row(html, "在宅避難の備え", p.home_preparation);
  html << "</table>\n";
  if (!p.timeline.empty()) {
    html << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th width=\"28%\">いつ（警戒レベル）</th><td><b>何をするか</b></td></tr></thead>\n<tbody>\n";
    for (const auto& t : p.timeline) html << "<tr><th width=\"28%\">" << or_dash(t.level) << "</th><td>" << or_dash(t.action) << "</td></tr>\n";
    html << "</tbody></table>\n";
  }
  html << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th width=\"28%\">避難支援等実施者</th><td><b>続柄・関係／連絡先／対応できる時間</b></td></tr></thead>\n<tbody>\n";
  if (p.supporters.empty()) html << "<tr><th width=\"28%\">—</th><td>支援者が決まっていません</td></tr>\n";
  for (const auto& s : p.supporters) {
    html << "<tr><th width=\"28%\">" << or_dash(s.name) << "</th><td>" << or_dash(s.relation) << "／" << or_dash(s.contact) << "／"
         << or_dash(s.availability) << "</td></tr>\n";
  }
  html << "</tbody></table>\n";
  if (!route_map.empty()) html << "<div class=\"route-map\">" << route_map << "</div>\n";
  html << "<p>作成日 " << or_dash(p.created_on) << "　最終確認日 " << or_dash(p.last_checked_on)
       << "　次回見直し日 " << or_dash(p.next_review_on) << "　作成者 " << plan_author_label(p.author) << "</p>\n";
}

}  // namespace

std::string plan_sheet_html(const Person& person, const std::vector<EvacuationPlan>& plans,
                            const std::string& ward_name, const std::vector<std::string>& route_maps) {
  const auto& d = person.details;
  std::ostringstream html;
  head(html, "個別避難計画 " + d.name);
  html << "<section class=\"sheet\">\n<p class=\"confidential\" align=\"right\">取扱注意</p>\n<h1>個別避難計画</h1>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n";
  row(html, "氏名", d.name + (d.name_kana.empty() ? "" : "（" + d.name_kana + "）"));
  row(html, "生年月日・性別", d.birth_date + "　" + d.sex);
  row(html, "住所", d.address);
  row(html, "電話番号", d.phone);
  row(html, "支援が必要な理由", d.support_reason);
  row(html, "医療機器", d.medical_devices);
  row(html, "言語", d.language);
  html << "</table>\n";
  if (plans.empty()) html << "<p>この方の個別避難計画はまだ作成されていません。</p>\n";
  for (std::size_t i = 0; i < plans.size(); ++i) plan_section(html, plans[i], i < route_maps.size() ? route_maps[i] : "");
  html << "<p class=\"note\">この計画は本人の同意を得て作成し、本人と避難支援等実施者が共有するものです。"
          "避難支援等実施者は法的な義務を負うものではなく、この計画は災害時の避難や支援を保証するものではありません。"
          "ご自身とご家族の安全を第一にしてください。" << html_escape(ward_name) << "</p>\n</section>\n</body>\n</html>\n";
  return html.str();
}

std::string roster_html(const Association& association, const std::vector<Person>& people, const std::string& today) {
  std::ostringstream html;
  head(html, "避難行動要支援者名簿 " + association.name);
  html << "<section class=\"sheet\">\n<p class=\"confidential\" align=\"right\">取扱注意</p>\n<h1>避難行動要支援者名簿（同意者）"
       << "</h1>\n<p>" << html_escape(association.name) << "　作成日 " << html_escape(today) << "　" << people.size()
       << "名</p>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><td>氏名</td><td>住所</td><td>電話番号</td><td>生年月日・性別</td>"
          "<td>支援が必要な理由</td><td>世帯</td></tr></thead>\n<tbody>\n";
  for (const auto& p : people) {
    const auto& d = p.details;
    html << "<tr><td>" << or_dash(d.name) << "</td><td>" << or_dash(d.address) << "</td><td nowrap>" << or_dash(d.phone)
         << "</td><td nowrap>" << or_dash(d.birth_date) << " " << or_dash(d.sex) << "</td><td>" << or_dash(d.support_reason)
         << "</td><td>" << household_label(p.profile.household) << "</td></tr>\n";
  }
  html << "</tbody></table>\n<p class=\"note\">この名簿は、名簿提供に同意した方のみを掲載し、協定に基づき名簿管理責任者に"
          "提供するものです。施錠できる場所に保管し、複写・目的外利用をしないでください。</p>\n</section>\n</body>\n</html>\n";
  return html.str();
}

}  // namespace bosai::report
