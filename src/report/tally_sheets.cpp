#include "report/tally_sheets.h"

#include "core/calendar_date.h"
#include "report/html_escape.h"
#include "report/sheet_style.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>

namespace bosai::report {
namespace {

using tally::TallyFigures;

std::string e(const std::string& text) { return html_escape(text); }

std::string percent(double rate) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", rate * 100);
  return buf;
}

// "62.9%（1,420/2,259）": the rate and what it is made of, so a reader can check it by hand.
std::string posted(const TallyFigures& f) {
  return percent(f.posted_rate()) + "（" + std::to_string(f.posted()) + "/" + std::to_string(f.households) + "）";
}

std::string change(const std::optional<TallyFigures>& before, const std::optional<TallyFigures>& now) {
  if (!before || !now || before->households == 0 || now->households == 0) return "—";
  const double points = (now->posted_rate() - before->posted_rate()) * 100;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f ポイント", points);
  return buf;
}

std::string name_of(const std::map<std::string, std::string>& names, const std::string& code) {
  const auto it = names.find(code);
  return it == names.end() ? code : it->second;
}

constexpr const char* kFormCss = R"css(
.form td { height: 8mm; }
.note { font-size: 9pt; }
)css";

constexpr const char* kResultsCss = R"css(
.muted { color: #555; }
.figure { margin: 2mm 0 4mm; }
)css";

void figure_rows(std::ostringstream& h, const std::string& label, const TallyFigures& f,
                 const std::optional<TallyFigures>& before) {
  h << "<tr><td>" << e(label) << "</td><td>" << f.households << "</td><td>" << f.ok << "</td><td>" << f.sos
    << "</td><td>" << f.no_sign << "</td><td>" << posted(f) << "</td><td>" << percent(f.checked_rate()) << "</td><td>"
    << (before ? percent(before->posted_rate()) : "—") << "</td><td>" << change(before, f) << "</td></tr>\n";
}

}  // namespace

std::string tally_form_html(const TallyDrill& drill, const std::map<std::string, std::string>& association_names) {
  std::ostringstream h;
  h << sheet_head("集計用紙 " + drill.name, kFormCss);
  // One page per 町会: each leader takes their own sheet on the round.
  std::vector<std::string> order;
  for (const auto& b : drill.blocks) {
    if (std::find(order.begin(), order.end(), b.association_code) == order.end()) order.push_back(b.association_code);
  }
  bool first = true;
  for (const auto& association : order) {
    h << "<h1" << (first ? "" : " style=\"page-break-before: always\"") << ">安否確認標識 集計用紙</h1>\n";
    first = false;
    h << "<p>" << e(drill.name) << "　" << e(japanese_date(drill.date)) << " " << format_clock(drill.start) << "〜"
      << format_clock(drill.end) << "　町会: "
      << e(association.empty() ? "（町会なし）" : name_of(association_names, association)) << "</p>\n";
    h << "<p class=\"note\">班の世帯を回り、玄関の標識を数えます。「無事です（OK）」と SOS の標識、標識のない世帯を"
         "それぞれ数え、標識のない世帯と SOS の世帯には声をかけます（訪問）。SOS はすぐ本部へ伝えてください。"
         "数は回った時刻までの累計で書き、書き直すときは新しい行に時刻と数を書きます。</p>\n";
    // Two rows a block: a leader usually reports twice on the round (a count, then the houses called at).
    h << "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr>"
         "<th width=\"12%\">班</th><th width=\"14%\">名前</th><th width=\"9%\">種別</th><th width=\"9%\">世帯数<br>（名簿）</th>"
         "<th width=\"8%\">時刻</th><th width=\"8%\">世帯数<br>（確認）</th><th width=\"7%\">OK</th><th width=\"7%\">SOS</th>"
         "<th width=\"9%\">標識なし</th><th width=\"7%\">訪問</th><th width=\"10%\">記入者</th></tr>\n";
    for (const auto& b : drill.blocks) {
      if (b.association_code != association) continue;
      h << "<tr><td rowspan=\"2\">" << e(b.id) << "</td><td rowspan=\"2\">" << e(b.name) << "</td><td rowspan=\"2\">"
        << dwelling_label(b.dwelling) << "</td><td rowspan=\"2\">" << b.households << "</td>";
      for (int k = 0; k < 7; ++k) h << "<td></td>";
      h << "</tr>\n<tr>";
      for (int k = 0; k < 7; ++k) h << "<td></td>";
      h << "</tr>\n";
    }
    h << "</table>\n<p class=\"note\">OK + SOS + 標識なし は世帯数を超えません。入力: bosai tally import "
      << drill.id << " 用紙.csv（列 block,time,households,ok,sos,no_sign,visited）</p>\n";
  }
  h << "</body>\n</html>\n";
  return h.str();
}

std::string tally_results_html(const services::TallyResult& r, const std::map<std::string, std::string>& district_names,
                               const TallySheetFigures& figures) {
  const auto& s = r.summary;
  const auto& c = r.comparison;
  std::ostringstream h;
  h << sheet_head("集計結果 " + r.drill.name, kResultsCss);
  h << "<h1>安否確認標識掲出訓練 集計結果</h1>\n<p>" << e(r.drill.name) << "　" << e(japanese_date(r.drill.date)) << " "
    << format_clock(r.drill.start) << "〜" << format_clock(r.drill.end)
    << (s.at ? "（" + format_clock(*s.at) + " までの報告）" : "") << "</p>\n";
  h << "<p class=\"muted\">掲出率 = OK と SOS の標識を出した世帯 ÷ 世帯数、確認率 = 班長が確かめた世帯 ÷ 世帯数。"
       "班ごとの率の平均ではなく、世帯の合計で割っています。報告のない班は世帯数だけを数えます。"
    << (r.previous ? "前回: " + e(r.previous->name) + "（" + e(japanese_date(r.previous->date)) + "）。" : "前回の訓練はありません。")
    << "</p>\n";

  h << "<h2>1. 地区・住宅の種別ごと</h2>\n";
  h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr><th>区分</th><th>世帯数</th>"
       "<th>OK</th><th>SOS</th><th>標識なし</th><th>掲出率</th><th>確認率</th><th>前回の掲出率</th><th>前回との差</th></tr>\n";
  figure_rows(h, "全体", s.overall, c ? c->overall.before : std::nullopt);
  for (const auto& [code, f] : s.districts) {
    std::optional<TallyFigures> before;
    if (c) {
      for (const auto& row : c->districts) {
        if (row.key == code) before = row.before;
      }
    }
    figure_rows(h, name_of(district_names, code), f, before);
  }
  for (const auto& [dwelling, f] : s.dwellings) {
    std::optional<TallyFigures> before;
    if (c) {
      for (const auto& row : c->dwellings) {
        if (row.key == dwelling_code(dwelling)) before = row.before;
      }
    }
    figure_rows(h, dwelling_label(dwelling), f, before);
  }
  h << "</table>\n";
  if (!figures.over_time.empty()) h << "<div class=\"figure\">" << figures.over_time << "</div>\n";
  if (!figures.year_on_year.empty()) h << "<div class=\"figure\">" << figures.year_on_year << "</div>\n";

  h << "<h2>2. まだ確認が終わっていない班</h2>\n";
  const auto open = s.not_done();
  if (open.empty()) {
    h << "<p>すべての班で全世帯を確認しました。</p>\n";
  } else {
    h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr><th>班</th><th>名前</th>"
         "<th>地区</th><th>状況</th><th>未確認の世帯</th><th>最後の報告</th></tr>\n";
    for (const auto* b : open) {
      h << "<tr><td>" << e(b->block.id) << "</td><td>" << e(b->block.name) << "</td><td>"
        << e(name_of(district_names, b->block.district_code)) << "</td><td>" << block_status_label(b->status)
        << "</td><td>" << b->figures.unchecked() << "</td><td>" << (b->last ? format_clock(b->last->time) : "—")
        << "</td></tr>\n";
    }
    h << "</table>\n";
  }
  if (!figures.map.empty()) h << "<h2>3. 班ごとの掲出率</h2>\n<div class=\"figure\">" << figures.map << "</div>\n";

  h << "<h2>" << (figures.map.empty() ? "3" : "4") << ". 班ごとの最後の報告</h2>\n";
  h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr><th>班</th><th>名前</th>"
       "<th>種別</th><th>時刻</th><th>世帯数</th><th>OK</th><th>SOS</th><th>標識なし</th><th>訪問</th><th>掲出率</th>"
       "<th>前回</th></tr>\n";
  std::map<std::string, TallyFigures> before;
  if (c) {
    for (const auto& row : c->blocks) {
      if (row.before) before[row.key] = *row.before;
    }
  }
  for (const auto& b : s.blocks) {
    const auto& f = b.figures;
    const auto prev = before.find(b.block.id);
    h << "<tr><td>" << e(b.block.id) << "</td><td>" << e(b.block.name) << "</td><td>" << dwelling_label(b.block.dwelling)
      << "</td><td>" << (b.last ? format_clock(b.last->time) : "報告なし") << "</td><td>" << f.households << "</td><td>"
      << f.ok << "</td><td>" << f.sos << "</td><td>" << f.no_sign << "</td><td>" << f.visited << "</td><td>"
      << (b.last ? percent(f.posted_rate()) : "—") << "</td><td>"
      << (prev == before.end() ? "—" : percent(prev->second.posted_rate())) << "</td></tr>\n";
  }
  h << "</table>\n</body>\n</html>\n";
  return h.str();
}

}  // namespace bosai::report
