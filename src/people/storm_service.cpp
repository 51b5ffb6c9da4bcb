#include "people/storm_service.h"

#include "core/clock.h"
#include "core/enum_names.h"
#include "core/error.h"
#include "people/person_codec.h"
#include "store/people_repository.h"
#include "store/storm_call_repository.h"
#include "store/ward_repository.h"

#include <algorithm>

namespace bosai::people {
namespace {

constexpr EnumName<CallOutcome> kOutcomes[] = {{CallOutcome::kReached, "reached", "連絡済"},
                                               {CallOutcome::kWillEvacuate, "will_evacuate", "避難予定"},
                                               {CallOutcome::kNeedsTransport, "needs_transport", "移送が必要"},
                                               {CallOutcome::kNotReached, "not_reached", "不通"}};

std::string note_context(long long round_id, long long person_id) {
  return "call|" + std::to_string(round_id) + "|" + std::to_string(person_id);
}

bool needs_action(const std::string& outcome) {
  return outcome.empty() || outcome == call_outcome_code(CallOutcome::kNotReached) ||
         outcome == call_outcome_code(CallOutcome::kNeedsTransport);
}

}  // namespace

const char* call_outcome_code(CallOutcome o) { return enum_name(kOutcomes, o).code; }
const char* call_outcome_label(CallOutcome o) { return enum_name(kOutcomes, o).label; }
std::optional<CallOutcome> parse_call_outcome(const std::string& text) { return parse_enum(kOutcomes, text); }

CallList StormService::open_round(const StormArea& area) {
  session_.require(Permission::kStormCalls, "storm-calls", area.description);
  auto& store = session_.store();
  std::vector<store::StoredPerson> candidates;
  if (area.districts.empty()) {
    candidates = store.people().list({});
  } else {
    for (const auto& d : area.districts) {
      if (!store.wards().find_district(d)) throw NotFoundError("", 0, "district", "unknown 地区 '" + d + "'");
      auto in_district = store.people().list({d, ""});
      candidates.insert(candidates.end(), in_district.begin(), in_district.end());
    }
  }
  CallList list;
  for (const auto& stored : candidates) {
    Person person = open_person(stored, session_.keys());
    if (area.polygon) {
      if (!person.details.home) {
        list.unlocated.push_back(person.id);
        continue;
      }
      if (!area.polygon->contains(*person.details.home)) continue;
    }
    list.entries.push_back(CallListEntry{0, std::move(person), priority_of(stored.profile, weights_), "", "", ""});
  }
  std::stable_sort(list.entries.begin(), list.entries.end(), [](const CallListEntry& a, const CallListEntry& b) {
    if (a.priority.score != b.priority.score) return a.priority.score > b.priority.score;
    return a.person.id < b.person.id;
  });
  std::vector<store::StormCallEntry> calls;
  for (std::size_t i = 0; i < list.entries.size(); ++i) {
    list.entries[i].rank = static_cast<int>(i + 1);
    calls.push_back(store::StormCallEntry{list.entries[i].person.id, list.entries[i].rank,
                                          list.entries[i].priority.score, "", "", ""});
  }
  list.opened_at = utc_timestamp();
  list.area = area.description;
  store.atomically([&] {
    list.round_id = store.storm_calls().open_round(
        store::StormRound{0, list.opened_at, role_code(session_.role()), area.description}, calls);
    session_.audit().record(session_.role(), "storm-calls", "round:" + std::to_string(list.round_id),
                            area.description + ": " + std::to_string(calls.size()) + " people listed");
  });
  return list;
}

void StormService::record(long long person_id, CallOutcome outcome, const std::string& note) {
  const std::string subject = "person:" + std::to_string(person_id);
  session_.require(Permission::kStormCalls, "storm-record", subject);
  auto& store = session_.store();
  const auto round = store.storm_calls().latest_round();
  if (!round) throw InputError("storm", 0, "no call round yet: run `bosai storm calls` first");
  store.atomically([&] {
    const std::string sealed = note.empty() ? "" : session_.keys().seal(note, note_context(round->id, person_id));
    if (!store.storm_calls().record(round->id, person_id, call_outcome_code(outcome), sealed, utc_timestamp(),
                                    role_code(session_.role()))) {
      throw NotFoundError("ID", 0, "person " + std::to_string(person_id) + " is not on the call list of round " +
                                       std::to_string(round->id));
    }
    session_.audit().record(session_.role(), "storm-record", subject,
                            "round " + std::to_string(round->id) + ": " + call_outcome_code(outcome));
  });
}

CallList StormService::pending() {
  session_.require(Permission::kStormCalls, "storm-pending", "latest round");
  auto& store = session_.store();
  const auto round = store.storm_calls().latest_round();
  if (!round) throw InputError("storm", 0, "no call round yet: run `bosai storm calls` first");
  CallList list{round->id, round->opened_at, round->area, {}, {}};
  for (const auto& call : store.storm_calls().calls(round->id)) {
    if (!needs_action(call.outcome)) continue;
    const auto stored = store.people().find(call.person_id);
    if (!stored) continue;
    const std::string note =
        call.sealed_note.empty() ? "" : session_.keys().open(call.sealed_note, note_context(round->id, call.person_id));
    list.entries.push_back(CallListEntry{call.rank, open_person(*stored, session_.keys()),
                                         priority_of(stored->profile, weights_), call.outcome, note,
                                         call.recorded_at});
  }
  session_.log("storm-pending", "round:" + std::to_string(round->id),
               std::to_string(list.entries.size()) + " people needing action read");
  return list;
}

}  // namespace bosai::people
