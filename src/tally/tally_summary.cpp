#include "tally/tally_summary.h"

#include <algorithm>
#include <set>

namespace bosai::tally {
namespace {

TallyFigures figures_of(const TallyCount& c) { return {c.households, c.ok, c.sos, c.no_sign, c.visited}; }

// Each block's last report up to `at`, by time and then by the order the reports were entered (a correction
// entered later for the same time wins).
std::map<std::string, const TallyCount*> last_reports(const std::vector<TallyCount>& counts, std::optional<Minutes> at) {
  std::map<std::string, const TallyCount*> last;
  for (const auto& c : counts) {
    if (at && c.time > *at) continue;
    auto& slot = last[c.block];
    if (!slot || c.time >= slot->time) slot = &c;
  }
  return last;
}

BlockResult result_of(const TallyBlock& block, const TallyCount* last) {
  BlockResult r;
  r.block = block;
  if (!last) {
    r.figures.households = block.households;
    return r;
  }
  r.last = *last;
  r.figures = figures_of(*last);
  r.status = r.figures.checked() >= r.figures.households ? BlockStatus::kComplete : BlockStatus::kPartial;
  return r;
}

TallyFigures area_at(const TallyDrill& drill, const std::vector<TallyCount>& counts, Minutes at) {
  const auto last = last_reports(counts, at);
  TallyFigures total;
  for (const auto& b : drill.blocks) {
    const auto it = last.find(b.id);
    total.add(result_of(b, it == last.end() ? nullptr : it->second).figures);
  }
  return total;
}

}  // namespace

double TallyFigures::posted_rate() const {
  return households > 0 ? static_cast<double>(posted()) / static_cast<double>(households) : 0;
}

double TallyFigures::checked_rate() const {
  return households > 0 ? static_cast<double>(checked()) / static_cast<double>(households) : 0;
}

void TallyFigures::add(const TallyFigures& o) {
  households += o.households;
  ok += o.ok;
  sos += o.sos;
  no_sign += o.no_sign;
  visited += o.visited;
}

const char* block_status_label(BlockStatus s) {
  switch (s) {
    case BlockStatus::kUnchecked: return "未確認";
    case BlockStatus::kPartial: return "一部確認";
    case BlockStatus::kComplete: return "確認済み";
  }
  return "";
}

std::vector<const BlockResult*> TallySummary::not_done() const {
  std::vector<const BlockResult*> out;
  for (const auto& b : blocks) {
    if (b.status != BlockStatus::kComplete) out.push_back(&b);
  }
  return out;
}

TallySummary summarise(const TallyDrill& drill, const std::vector<TallyCount>& counts, std::optional<Minutes> at) {
  TallySummary s;
  s.at = at;
  const auto last = last_reports(counts, at);
  for (const auto& b : drill.blocks) {
    const auto it = last.find(b.id);
    s.blocks.push_back(result_of(b, it == last.end() ? nullptr : it->second));
    const auto& f = s.blocks.back().figures;
    s.districts[b.district_code].add(f);
    s.dwellings[b.dwelling].add(f);
    s.overall.add(f);
  }
  std::set<Minutes> times = {drill.start};
  for (const auto& c : counts) {
    if (!at || c.time <= *at) times.insert(c.time);
  }
  for (const Minutes t : times) s.over_time.push_back({t, area_at(drill, counts, t)});
  return s;
}

Comparison compare(const TallySummary& now, const TallySummary& before) {
  Comparison c;
  std::set<std::string> districts;
  for (const auto& [code, f] : now.districts) districts.insert(code);
  for (const auto& [code, f] : before.districts) districts.insert(code);
  for (const auto& code : districts) {
    Comparison::Row row{code, {}, {}};
    if (const auto it = before.districts.find(code); it != before.districts.end()) row.before = it->second;
    if (const auto it = now.districts.find(code); it != now.districts.end()) row.now = it->second;
    c.districts.push_back(row);
  }
  for (const Dwelling d : {Dwelling::kDetached, Dwelling::kApartment}) {
    Comparison::Row row{dwelling_code(d), {}, {}};
    if (const auto it = before.dwellings.find(d); it != before.dwellings.end()) row.before = it->second;
    if (const auto it = now.dwellings.find(d); it != now.dwellings.end()) row.now = it->second;
    if (row.before || row.now) c.dwellings.push_back(row);
  }
  c.overall = {"", before.overall, now.overall};
  std::map<std::string, const BlockResult*> earlier;
  for (const auto& b : before.blocks) earlier[b.block.id] = &b;
  std::set<std::string> matched;
  for (const auto& b : now.blocks) {
    const auto it = earlier.find(b.block.id);
    if (it == earlier.end()) {
      c.only_now.push_back(b.block.id);
      continue;
    }
    matched.insert(b.block.id);
    c.blocks.push_back({b.block.id, it->second->figures, b.figures});
  }
  for (const auto& b : before.blocks) {
    if (!matched.count(b.block.id)) c.only_before.push_back(b.block.id);
  }
  return c;
}

}  // namespace bosai::tally
