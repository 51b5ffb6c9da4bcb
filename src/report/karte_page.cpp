#include "report/karte_page.h"

#include "core/clock.h"
#include "core/shelter_kind.h"
#include "report/html_escape.h"
#include "report/sheet_style.h"

#include <cstdio>
#include <sstream>

namespace bosai::report {
namespace {

std::string ratio_text(const std::optional<double>& v, int decimals, const char* unit) {
  if (!v) return "不明";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f%s", decimals, *v, unit);
  return buf;
}

void row(std::ostringstream& h, const std::string& label, const std::string& value, const std::string& note = "") {
  h << "<tr><th width=\"34%\">" << html_escape(label) << "</th><td>" << html_escape(value) << "</td><td width=\"34%\">"
    << html_escape(note) << "</td></tr>\n";
}

}  // namespace

std::string karte_section_html(const KarteProfile& p) {
  std::ostringstream h;
  h << "<h1>防災カルテ " << html_escape(p.district.name) << "地区";
  if (p.karte) h << "（版 " << html_escape(p.karte->edition) << "）";
  h << "</h1>\n";
  if (!p.karte) {
    h << "<p>この地区の防災カルテはまだ取り込まれていません（bosai karte import）。</p>\n";
  } else {
    const auto& k = *p.karte;
    h << "<p>取込: " << html_escape(k.source_file) << "、" << html_escape(jst_display(k.imported_at)) << "</p>\n";
    h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n"
      << "<tr><th width=\"12%\">区分</th><th width=\"22%\">項目</th><th width=\"11%\">値</th><th width=\"43%\">出典</th>"
      << "<th width=\"12%\">時点</th></tr>\n";
    for (const auto& spec : karte_figure_specs()) {
      h << "<tr><td>" << html_escape(spec.group) << "</td><td>" << html_escape(spec.label) << "</td>";
      if (const auto* f = k.find(spec.key)) {
        h << "<td align=\"right\">" << html_escape(format_karte_value(spec.kind, f->value)) << "</td><td>"
          << html_escape(f->source) << "</td><td>" << html_escape(f->as_of) << "</td></tr>\n";
      } else {
        h << "<td align=\"right\">不明</td><td></td><td></td></tr>\n";
      }
    }
    h << "</table>\n";
  }
  h << "<h2>避難所・要支援者（避難所台帳と名簿からその都度集計）</h2>\n"
    << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n";
  std::string kinds;
  for (std::size_t i = 0; i < kAllShelterKinds.size(); ++i) {
    if (p.shelters.by_kind[i] == 0) continue;
    kinds += (kinds.empty() ? "" : "、") + std::string(shelter_kind_label(kAllShelterKinds[i])) + " " +
             std::to_string(p.shelters.by_kind[i]);
  }
  row(h, "避難所", kinds.empty() ? "なし" : kinds);
  row(h, "収容人数", std::to_string(p.shelters.capacity()) + " 人",
      "うち推計 " + std::to_string(p.shelters.capacity_estimated) + "、人数未設定 " +
          std::to_string(p.shelters.without_capacity) + " か所");
  if (p.support) {
    const auto& s = *p.support;
    row(h, "要支援者（登録）", std::to_string(s.registered) + " 人", "名簿提供同意 " + std::to_string(s.consented_register));
    row(h, "個別避難計画", "計画あり " + std::to_string(s.with_plan) + " 人",
        "合意済 " + std::to_string(s.plans_agreed) + "、見直し超過 " + std::to_string(s.plans_overdue));
    row(h, "優先度の高い人", std::to_string(s.high_priority) + " 人",
        "うち計画あり " + std::to_string(s.high_priority_with_plan));
  } else {
    row(h, "要支援者", "（名簿の件数は --role を付けて印刷すると載ります）");
  }
  h << "</table>\n";
  const auto r = karte_ratios(p);
  h << "<h2>比率</h2>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n";
  row(h, "高齢化率（65歳以上）", ratio_text(r.aging_rate, 1, " %"));
  row(h, "75歳以上の割合", ratio_text(r.late_elderly_rate, 1, " %"));
  row(h, "人口密度", ratio_text(r.density, 0, " 人/km²"));
  row(h, "要支援者（人口千人あたり）", ratio_text(r.support_per_1000, 1, ""));
  row(h, "避難所収容人数（住民1人あたり）", ratio_text(r.capacity_per_resident, 2, " 人"));
  h << "</table>\n";
  return h.str();
}

std::string karte_page_html(const KarteProfile& p) {
  return sheet_head("防災カルテ " + p.district.name + "地区") + karte_section_html(p) + "</body>\n</html>\n";
}

}  // namespace bosai::report
