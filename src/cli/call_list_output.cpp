#include "cli/call_list_output.h"

#include "core/clock.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void print_call_list(const Context& context, const people::CallList& list) {
  if (context.json) {
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& e : list.entries) {
      entries.push_back({{"rank", e.rank},
                         {"person_id", e.person.id},
                         {"name", e.person.details.name},
                         {"phone", e.person.details.phone},
                         {"district", e.person.profile.district_code},
                         {"score", e.priority.score},
                         {"why", people::explain(e.priority)},
                         {"outcome", e.outcome},
                         {"note", e.note},
                         {"recorded_at", e.recorded_at}});
    }
    std::cout << nlohmann::json{{"round", list.round_id},
                                {"opened_at", list.opened_at},
                                {"area", list.area},
                                {"calls", entries},
                                {"unlocated", list.unlocated}}
                     .dump()
              << "\n";
    return;
  }
  std::cout << "電話連絡リスト round " << list.round_id << " (" << list.area << ", " << jst_display(list.opened_at)
            << ")\n"
            << "順位\tID\t氏名\t電話番号\t地区\t優先度\t結果\n";
  for (const auto& e : list.entries) {
    std::cout << e.rank << "\t" << e.person.id << "\t" << e.person.details.name << "\t" << e.person.details.phone
              << "\t" << e.person.profile.district_code << "\t" << e.priority.score << "\t"
              << (e.outcome.empty() ? "未連絡" : e.outcome) << (e.note.empty() ? "" : " (" + e.note + ")") << "\n";
  }
  if (!list.unlocated.empty() && !context.quiet) {
    std::cerr << list.unlocated.size()
              << " people in the selected 地区 have no home position and could not be placed in the area; "
                 "check them by hand (ids:";
    for (auto id : list.unlocated) std::cerr << " " << id;
    std::cerr << ")\n";
  }
}

}  // namespace bosai::cli
