#include "report/drill_report_html.h"

#include "report/html_escape.h"
#include "report/sheet_style.h"

#include <cstdio>
#include <sstream>

namespace bosai::report {
namespace {

using services::DrillReport;

constexpr const char* kCss = R"css(
.rating { font-weight: bold; }
.muted { color: #555; }
.figure { margin: 2mm 0 4mm; }
)css";

std::string e(const std::string& text) { return html_escape(text); }

std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

const char* rating_label(const std::string& r) {
  if (r == "P") return "P（できた）";
  if (r == "S") return "S（一部に課題）";
  if (r == "M") return "M（大きな課題）";
  if (r == "U") return "U（できなかった）";
  return "未評価";
}

std::string joined(const std::vector<std::string>& items, const char* sep = "、") {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
  return out;
}

// `widths`: percent of the page per column, where one column carries long text (the rest share what is left).
void open_table(std::ostringstream& h, const std::vector<std::string>& heads, const std::vector<int>& widths = {}) {
  h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr>";
  for (std::size_t k = 0; k < heads.size(); ++k) {
    h << "<th";
    if (k < widths.size()) h << " width=\"" << widths[k] << "%\"";
    h << ">" << e(heads[k]) << "</th>";
  }
  h << "</tr>\n";
}

void row(std::ostringstream& h, const std::vector<std::string>& cells_html) {
  h << "<tr>";
  for (const auto& c : cells_html) h << "<td>" << c << "</td>";
  h << "</tr>\n";
}

void overview(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>1. 概要</h2>\n";
  open_table(h, {"項目", "内容"});
  row(h, {"訓練", e(r.name) + "（訓練 " + std::to_string(r.drill_id) + "）"});
  row(h, {"災害", e(r.hazard)});
  row(h, {"想定の日時", e(r.start)});
  if (!r.weather.empty()) row(h, {"天候", e(r.weather)});
  row(h, {"地区", e(joined(r.districts))});
  row(h, {"開設した避難所", e(joined(r.open_shelters))});
  row(h, {"検証した計画・マニュアル", r.versions.empty() ? "—" : e(joined(r.versions))});
  row(h, {"訓練時間", e(r.clock(0) + " 〜 " + r.clock(r.duration)) + (r.ended ? "" : "（途中）")});
  h << "</table>\n<h3>参加者</h3>\n";
  if (r.participants.empty()) {
    h << "<p class=\"muted\">記録した人はいません。</p>\n";
    return;
  }
  open_table(h, {"名前・班", "役割", "記録"});
  for (const auto& p : r.participants) row(h, {e(p.name), e(p.role), std::to_string(p.entries) + " 件"});
  h << "</table>\n";
}

void objectives(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>2. 目標と評価</h2>\n";
  open_table(h, {"目標", "評価", "検証した節"});
  for (const auto& o : r.objectives) {
    std::vector<std::string> sections;
    for (const auto& s : o.sections) sections.push_back(e(s.label));
    row(h, {"<b>" + e(o.id) + "</b> " + e(o.title), "<span class=\"rating\">" + e(rating_label(o.rating())) + "</span>",
            joined(sections, "<br>")});
  }
  h << "</table>\n";
}

void timeline(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>3. 時系列</h2>\n";
  open_table(h, {"時刻（訓練時間）", "種類", "内容", "記録者"});
  for (const auto& t : r.timeline) row(h, {e(r.clock(t.minute)), e(t.what), e(t.text), e(t.author)});
  h << "</table>\n";
}

std::string response_result(const DrillReport::Response& x) {
  if (!x.first_decision) return "応答なし";
  return *x.first_decision <= *x.respond_by ? "期限内" : "期限超過";
}

void measured(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>4. 計測した事実</h2>\n<h3>インジェクトから最初の判断まで</h3>\n";
  bool any = false;
  for (const auto& o : r.objectives) any = any || !o.responses.empty();
  if (!any) {
    h << "<p class=\"muted\">応答の期限があるインジェクトは出ていません。</p>\n";
  } else {
    open_table(h, {"インジェクト", "目標", "出た時刻", "期限", "最初の判断", "かかった時間", "結果"});
    for (const auto& o : r.objectives) {
      for (const auto& x : o.responses) {
        const std::string took = x.first_decision ? std::to_string(*x.first_decision - x.released_at) + " 分" : "—";
        row(h, {e(x.inject), e(o.id), e(r.clock(x.released_at)), e(r.clock(*x.respond_by)),
                x.first_decision ? e(r.clock(*x.first_decision)) : "—", took,
                e(response_result(x)) + (x.contingency ? "（追加インジェクトを出した）" : "")});
      }
    }
    h << "</table>\n";
  }
  if (!r.decisions.empty()) {
    h << "<h3>判断と最適解の比較</h3>\n";
    open_table(h, {"時刻", "インジェクト", "判断した人", "判断", "最適解との比較"});
    for (const auto& d : r.decisions) {
      row(h, {e(r.clock(d.minute)), e(d.inject), e(d.author), e(d.text), d.price.empty() ? "—" : e(d.price)});
    }
    h << "</table>\n";
  }
}

void assignments(std::ostringstream& h, const DrillReport& r, const DrillReportFigures& f) {
  h << "<h2>5. 避難先の再計画</h2>\n";
  if (r.assignments.empty()) {
    h << "<p class=\"muted\">この訓練は避難先を計算していません（population と roads がありません）。</p>\n";
    return;
  }
  h << "<p>インジェクトが道路や避難所を変えるたびに、最適な避難先を計算し直した結果です（人数は計算の値）。</p>\n";
  open_table(h, {"時刻", "きっかけ", "避難先あり", "行き先なし", "延べ距離", "移動"}, {13, 14, 10, 10, 13, 40});
  for (const auto& a : r.assignments) {
    std::vector<std::string> moves;
    for (const auto& m : a.moves) moves.push_back(e(m.from + " → " + m.to + " " + std::to_string(m.count) + " 人"));
    row(h, {e(r.clock(a.minute)), a.after.empty() ? "基準（インジェクト前）" : e(joined(a.after)),
            std::to_string(a.placed) + " 人", std::to_string(a.unplaced) + " 人", fixed(a.person_km, 1) + " 人・km",
            moves.empty() ? "—" : joined(moves, "<br>")});
  }
  h << "</table>\n";
  if (!f.occupancy.empty()) h << "<h3>避難所ごとの人数の移り変わり</h3>\n<div class=\"figure\">" << f.occupancy << "</div>\n";
  for (const auto& [index, maps] : f.changes) {
    const auto& a = r.assignments[index];
    h << "<h3 style=\"page-break-before: always\">" << e(r.clock(a.minute) + " " + joined(a.after) + " の前と後")
      << "</h3>\n<div class=\"figure\">" << maps.first << "</div>\n<div class=\"figure\">" << maps.second << "</div>\n";
  }
}

void supplies(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>6. 物資の輸送</h2>\n";
  if (r.supplies.empty()) {
    h << "<p class=\"muted\">この訓練は物資の輸送を計画していません（supply がありません）。</p>\n";
    return;
  }
  open_table(h, {"時刻", "きっかけ", "物資の日の時刻", "これからの配送", "未配送", "変わったこと"}, {13, 14, 9, 9, 15, 40});
  for (const auto& s : r.supplies) {
    std::vector<std::string> changes;
    for (const auto& rc : s.routes) changes.push_back(e(rc.vehicle + " " + rc.change));
    for (const auto& u : s.newly_unserved) changes.push_back(e("未配送になった: " + u));
    row(h, {e(r.clock(s.minute)), s.after.empty() ? "計画（インジェクト前）" : e(joined(s.after)), e(s.at),
            std::to_string(s.deliveries) + " 件",
            std::to_string(s.unserved_jobs) + " 件（" + std::to_string(s.unserved_units) + " 単位）",
            changes.empty() ? "—" : joined(changes, "<br>")});
  }
  h << "</table>\n<h3>計画より遅れた・届かなくなった配送</h3>\n";
  if (r.late_deliveries.empty()) {
    h << "<p>最初の計画より遅れた配送はありません。</p>\n";
    return;
  }
  open_table(h, {"避難所", "最初の計画", "最後の計画", "遅れ"});
  for (const auto& l : r.late_deliveries) {
    row(h, {e(l.shelter), e(l.planned), l.now.empty() ? "届かない" : e(l.now),
            l.now.empty() ? "—" : std::to_string(l.minutes_late) + " 分"});
  }
  h << "</table>\n";
}

void materials(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>7. ファーストアクションカードとチェックリスト</h2>\n";
  if (r.materials.empty()) {
    h << "<p class=\"muted\">検証したマニュアルがありません。</p>\n";
    return;
  }
  h << "<p>評価（所見・評価）のあった目標が扱ったものを「演習した」、それ以外を「演習していない」としています。</p>\n";
  open_table(h, {"マニュアル", "種類", "名前", "この訓練で"});
  for (const auto& m : r.materials) {
    row(h, {e(m.manual), e(m.kind), e(m.title),
            m.exercised() ? e("演習した（目標 " + joined(m.objectives) + "）") : "<b>演習していない</b>"});
  }
  h << "</table>\n";
}

void findings(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>8. 目標ごとのよかった点・改善点</h2>\n";
  for (const auto& o : r.objectives) {
    h << "<h3>" << e(o.id + "　" + o.title) << "</h3>\n<p>評価: <span class=\"rating\">" << e(rating_label(o.rating()))
      << "</span>";
    for (const auto& [rating, by] : o.ratings) h << "　" << e(by + " " + rating);
    h << "<br>関連する節: ";
    std::vector<std::string> sections;
    for (const auto& s : o.sections) sections.push_back(e(s.label) + " <span class=\"muted\">" + e(s.ref) + "</span>");
    h << joined(sections, "、") << "</p>\n";
    if (o.findings.empty()) {
      h << "<p class=\"muted\">所見の記録はありません。</p>\n";
      continue;
    }
    open_table(h, {"区分", "所見", "記録者", "時刻"});
    for (const char* as : {"strength", "improvement", ""}) {
      for (const auto& x : o.findings) {
        if (x.as != as) continue;
        const char* label = x.as == "strength" ? "よかった点" : x.as == "improvement" ? "改善点" : "所見";
        row(h, {label, e(x.text), e(x.author), e(r.clock(x.minute))});
      }
    }
    h << "</table>\n";
  }
}

void action_rows(std::ostringstream& h, const DrillReport& r, const std::vector<store::CorrectiveAction>& actions,
                 bool closed) {
  open_table(h, closed ? std::vector<std::string>{"番号", "節", "改善策", "担当", "完了日", "完了の記録"}
                       : std::vector<std::string>{"番号", "節", "所見", "改善策", "担当", "期限"});
  for (const auto& a : actions) {
    const auto label = r.action_sections.find(a.ref);
    const std::string section = label == r.action_sections.end()
                                    ? e(a.ref)
                                    : e(label->second) + "<br><span class=\"muted\">" + e(a.ref) + "</span>";
    if (closed) {
      row(h, {std::to_string(a.id), section, e(a.action), e(a.owner), e(a.closed_on), e(a.closing_note)});
    } else {
      row(h, {std::to_string(a.id), section, e(a.finding), e(a.action), e(a.owner), e(a.due_on)});
    }
  }
  h << "</table>\n";
}

void improvement_plan(std::ostringstream& h, const DrillReport& r) {
  h << "<h2>9. 改善計画</h2>\n<h3>この訓練の所見から決めた改善策</h3>\n";
  if (r.actions_opened.empty()) {
    h << "<p class=\"muted\">まだありません（bosai drill actions add）。</p>\n";
  } else {
    action_rows(h, r, r.actions_opened, false);
  }
  h << "<h3>この訓練で完了した改善策（前の訓練から）</h3>\n";
  if (r.actions_closed.empty()) {
    h << "<p class=\"muted\">ありません。</p>\n";
  } else {
    action_rows(h, r, r.actions_closed, true);
  }
  h << "<h3>前の訓練から続いている改善策</h3>\n";
  if (r.actions_open.empty()) {
    h << "<p class=\"muted\">ありません。</p>\n";
  } else {
    action_rows(h, r, r.actions_open, false);
  }
}

}  // namespace

std::string drill_report_html(const DrillReport& r, const DrillReportFigures& figures) {
  std::ostringstream h;
  const std::string title = "事後検証報告書 " + r.name;
  h << sheet_head(title, kCss);
  h << "<h1>訓練の事後検証報告書（AAR）</h1>\n<p>" << e(r.name) << "</p>\n";
  overview(h, r);
  objectives(h, r);
  timeline(h, r);
  measured(h, r);
  assignments(h, r, figures);
  supplies(h, r);
  materials(h, r);
  findings(h, r);
  improvement_plan(h, r);
  h << "</body>\n</html>\n";
  return h.str();
}

}  // namespace bosai::report
