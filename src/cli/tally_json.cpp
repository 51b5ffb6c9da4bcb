#include "cli/tally_json.h"

namespace bosai::cli {

nlohmann::json tally_figures_json(const tally::TallyFigures& f) {
  return {{"households", f.households}, {"ok", f.ok},           {"sos", f.sos},
          {"no_sign", f.no_sign},       {"visited", f.visited}, {"posted", f.posted()},
          {"checked", f.checked()},     {"posted_rate", f.posted_rate()}, {"checked_rate", f.checked_rate()}};
}

nlohmann::json tally_result_json(const services::TallyResult& r) {
  const auto& s = r.summary;
  nlohmann::json j{{"tally", r.drill.id},
                   {"name", r.drill.name},
                   {"date", r.drill.date},
                   {"start", format_clock(r.drill.start)},
                   {"end", format_clock(r.drill.end)},
                   {"at", s.at ? nlohmann::json(format_clock(*s.at)) : nlohmann::json(nullptr)},
                   {"overall", tally_figures_json(s.overall)},
                   {"districts", nlohmann::json::object()},
                   {"dwellings", nlohmann::json::object()},
                   {"blocks", nlohmann::json::array()},
                   {"not_done", nlohmann::json::array()},
                   {"over_time", nlohmann::json::array()},
                   {"previous", nullptr}};
  for (const auto& [code, f] : s.districts) j["districts"][code] = tally_figures_json(f);
  for (const auto& [d, f] : s.dwellings) j["dwellings"][dwelling_code(d)] = tally_figures_json(f);
  for (const auto& b : s.blocks) {
    auto row = tally_figures_json(b.figures);
    row["block"] = b.block.id;
    row["name"] = b.block.name;
    row["district"] = b.block.district_code;
    row["association"] = b.block.association_code;
    row["type"] = dwelling_code(b.block.dwelling);
    row["status"] = b.status == tally::BlockStatus::kComplete ? "complete"
                    : b.status == tally::BlockStatus::kPartial ? "partial"
                                                                : "unchecked";
    row["time"] = b.last ? nlohmann::json(format_clock(b.last->time)) : nlohmann::json(nullptr);
    j["blocks"].push_back(row);
  }
  for (const auto* b : s.not_done()) j["not_done"].push_back(b->block.id);
  for (const auto& [t, f] : s.over_time) {
    j["over_time"].push_back({{"time", format_clock(t)}, {"posted_rate", f.posted_rate()}, {"checked_rate", f.checked_rate()}});
  }
  if (r.previous && r.comparison) {
    j["previous"] = {{"tally", r.previous->id}, {"name", r.previous->name}, {"date", r.previous->date},
                     {"overall", tally_figures_json(*r.comparison->overall.before)}};
  }
  return j;
}

}  // namespace bosai::cli
