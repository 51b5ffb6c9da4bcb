#pragma once
#include "core/area.h"
#include "core/person.h"
#include "core/priority_weights.h"
#include "people/priority.h"
#include "people/session.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::people {

// What a call found out. reached / will_evacuate close the case; needs_transport and not_reached need action.
enum class CallOutcome { kReached, kWillEvacuate, kNeedsTransport, kNotReached };
const char* call_outcome_code(CallOutcome outcome);   // reached, will_evacuate, needs_transport, not_reached
const char* call_outcome_label(CallOutcome outcome);  // 連絡済, 避難予定, 移送が必要, 不通
std::optional<CallOutcome> parse_call_outcome(const std::string& text);

// The affected area of a forecast storm: 地区 codes, a polygon, or both (a person must be in both).
struct StormArea {
  std::vector<std::string> districts;
  std::optional<Area> polygon;
  std::string description;  // kept with the round, e.g. "districts=kinuta,seijo" or the polygon file name
};

struct CallListEntry {
  int rank = 0;
  Person person;
  Priority priority;
  std::string outcome;  // call_outcome_code, or empty when not called yet
  std::string note;
  std::string recorded_at;
};

struct CallList {
  long long round_id = 0;
  std::string opened_at;
  std::string area;
  std::vector<CallListEntry> entries;
  std::vector<long long> unlocated;  // in the 地区 selection but without a home position (polygon not applied)
};

// The 風水害 phone round of seed 000: when a storm is forecast, call everyone in the affected area in priority
// order, record each outcome, and see who still needs action.
class StormService {
 public:
  StormService(Session& session, PriorityWeights weights) : session_(session), weights_(std::move(weights)) {}

  // Opens a new round for the area and returns its list, highest priority first.
  CallList open_round(const StormArea& area);
  // Records an outcome for a person on the latest round's list.
  void record(long long person_id, CallOutcome outcome, const std::string& note);
  // The latest round's entries that still need action (not called, not reached, needs transport).
  CallList pending();

 private:
  Session& session_;
  PriorityWeights weights_;
};

}  // namespace bosai::people
