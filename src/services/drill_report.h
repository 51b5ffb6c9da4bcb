#pragma once
#include "core/area.h"
#include "store/corrective_action_repository.h"
#include "store/store.h"
#include "supply/supply_plan.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bosai::services {

// What the after-action report of a drill says (docs/drills.md, "After-action report"), gathered from the
// drill's stored events alone: nothing is solved again, so the report of a drill is the same every time it is
// made, and a drill replayed from the same log gives the same report. Names, not ids, wherever people read.
struct DrillReport {
  struct Participant {
    std::string name;
    std::string role;  // 参加者 (logged decisions) or 評価者 (observations, ratings)
    int entries = 0;
  };
  // One line of the timeline: an inject out, a re-plan, a decision, an observation or rating, the end.
  struct TimelineEntry {
    int minute = 0;
    std::string what;  // インジェクト（道路閉塞）, 再計画, 判断, 所見 …
    std::string text;
    std::string author;
  };
  // A measured fact: how long the room took to answer an inject that expected an answer.
  struct Response {
    std::string inject;
    std::string synopsis;
    int released_at = 0;
    std::optional<int> respond_by;
    std::optional<int> first_decision;  // when the first decision against it was logged
    bool contingency = false;           // released because the answer did not come in time
    bool late() const { return respond_by && (!first_decision || *first_decision > *respond_by); }
  };
  struct Finding {
    std::string as;  // strength | improvement | "" (a note)
    std::string text;
    std::string author;
    int minute = 0;
  };
  // A section the drill tested, in the version it pinned: 池尻東小学校 避難所運営マニュアル 第2版「被害確認」.
  struct Section {
    std::string ref;    // as the scenario wrote it
    std::string label;
    std::string kind;   // prose | card | checklist
  };
  struct Objective {
    std::string id;
    std::string title;
    std::vector<std::pair<std::string, std::string>> ratings;  // (P/S/M/U, evaluator), in the order logged
    std::vector<Finding> findings;
    std::vector<Section> sections;
    std::vector<Response> responses;
    std::string rating() const;  // the last rating logged, "" when none
  };
  struct Move {
    std::string from;  // shelter names, "（行き先なし）" for the unplaced
    std::string to;
    long count = 0;
  };
  // An assignment solved on the drill's world, and the world it was solved on.
  struct Assignment {
    int minute = 0;
    std::vector<std::string> after;     // the injects it answers (none: the baseline)
    long placed = 0;
    long unplaced = 0;
    double person_km = 0;
    std::vector<Move> moves;
    std::map<std::string, long> loads;  // 共通ID → people
    std::vector<Area> closed_areas;
    std::set<std::string> unusable;     // 共通ID of shelters damaged or closed by then
    std::set<std::string> full;         // 共通ID of shelters declared full by then (they keep whom they hold)
  };
  struct RouteChange {
    std::string vehicle;
    std::string change;  // 経路変更, 運行中止, 新たに出動
  };
  struct Supply {
    int minute = 0;
    std::vector<std::string> after;
    std::string at;  // the supply day's clock
    long deliveries = 0;
    long unserved_jobs = 0;
    long unserved_units = 0;
    std::vector<RouteChange> routes;
    std::vector<std::string> newly_unserved;  // "池尻南小学校（理由）"
    supply::SupplyPlan plan;
  };
  // A delivery the last plan brings later than the first plan did, or no longer brings.
  struct LateDelivery {
    std::string shelter;
    std::string planned;  // the baseline's arrival, HH:MM
    std::string now;      // the last plan's, or "" when it is no longer delivered
    int minutes_late = 0;
  };
  struct Decision {
    int minute = 0;
    std::string inject;
    std::string author;
    std::string text;
    std::string price;  // the solver's comparison, when the decision sent people
  };
  // A first-action card or checklist of a manual under test, and the objectives that exercised it.
  struct Material {
    std::string manual;  // 池尻東小学校 第2版
    std::string kind;    // カード | チェックリスト
    std::string title;
    std::vector<std::string> objectives;  // ids of objectives that name it and were evaluated
    bool exercised() const { return !objectives.empty(); }
  };
  // People at one shelter over the drill: the assignment's load plus those who arrived.
  struct Occupancy {
    std::vector<int> minutes;
    std::map<std::string, std::vector<long>> people;  // shelter name → one count per minute
  };

  long drill_id = 0;
  std::string name;
  std::string hazard;
  std::string start;  // 2026年12月10日 17:30
  int start_minute = 0;
  std::string weather;
  std::vector<std::string> districts;
  std::vector<std::string> open_shelters;
  std::vector<std::string> versions;  // the plans and manuals tested, as pinned
  int duration = 0;
  bool ended = false;
  std::vector<Participant> participants;
  std::vector<TimelineEntry> timeline;
  std::vector<Objective> objectives;
  std::vector<Assignment> assignments;
  std::vector<Supply> supplies;
  std::vector<LateDelivery> late_deliveries;
  std::vector<Decision> decisions;
  std::vector<Material> materials;
  Occupancy occupancy;
  std::vector<store::CorrectiveAction> actions_opened;  // from this drill's findings
  std::vector<store::CorrectiveAction> actions_closed;  // by this drill (their sections exercised)
  std::vector<store::CorrectiveAction> actions_open;    // from earlier drills, still open
  std::map<std::string, std::string> action_sections;   // an action's ref → its section as people know it
  std::map<std::string, std::string> shelter_names;     // 共通ID → name
  // What the maps are drawn from.
  std::string start_day;  // YYYY-MM-DD
  std::vector<std::string> district_codes;
  std::vector<std::string> open_shelter_ids;
  std::optional<std::filesystem::path> roads;

  std::string clock(int minute) const;  // 18:10（0:40）
};

// NotFoundError on field "drill" for an unknown id.
DrillReport drill_report(store::Store& store, long id);

}  // namespace bosai::services
